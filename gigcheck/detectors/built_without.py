""""Without this platform" said of the work's own platform: "Can your shop work without this
platform's plugin?", "Я сделаю сайт без этой платформы, на чистом коде", "Wir bauen den Shop
ohne diese Plattform, direkt in WordPress", "Sem essa plataforma, seu site fica mais leve".

A site, shop or app being built (or the builder it is built on, `built_things`) is what goes
without that platform there, not the buyer and the seller: no request to leave. The sentence
must say nothing else of leaving, talking, paying or dealing ("Let's continue without this
platform", "your site without this platform, pay me directly" stay requests). Pure function
over a run's trigger scan (run_scan.py).
"""
from __future__ import annotations

from gigcheck.detectors.leave_shared import LETTER_WORDS
from gigcheck.detectors.lexicon import Match
from gigcheck.detectors.run_scan import RunScan, kinds
from gigcheck.detectors.triggers import CHEAPER, CUE_BEFORE, DEAL, FEE_SKIP, LEAVE, PRIVATE, SETTLING, ChannelVocab

__all__ = ["built_by_verb", "built_moved", "built_without"]

# Context words that make the sentence about the two of them, not the work.
_DEALING = frozenset({DEAL, SETTLING, CHEAPER, FEE_SKIP})


def built_without(scan: RunScan, cv: ChannelVocab, t: Match) -> bool:
    """Leave phrase `t` is a "without" phrase ("without this platform", "без этой платформы")
    in a sentence that names a thing built (`built_things`, outside the phrase) and holds no
    other trigger nor a word of dealing, settling, fees or a better price."""
    said = LETTER_WORDS.findall(scan.text, t.start, t.end)
    if not said or not ({said[0], said[-1]} & cv.without_words):
        return False
    s0, s1 = scan.sentence(t.start)
    others = [o for o in scan.triggers_in(s0, s1) if not (t.start <= o.start and o.end <= t.end)]
    if any(not _built_directly(scan, cv, o, s1) for o in others):
        return False  # "Let's continue without this platform": a verb of its own
    if any(kinds(m) & _DEALING for m in scan.context(cv, s0, s1)):
        return False
    words = [*LETTER_WORDS.findall(scan.text, s0, t.start), *LETTER_WORDS.findall(scan.text, t.end, s1)]
    return any(w in cv.built_things for w in words)


# Words after "directly" where the builder may stand ("direkt in WordPress", "langsung di WordPress").
_BUILT_REACH = 3


def _built_directly(scan: RunScan, cv: ChannelVocab, o: Match, s1: int) -> bool:
    """Trigger `o` is a word of directness with a built thing a few words after it ("direto no
    Shopify", "langsung di WordPress"): where the work is built, not a way to deal."""
    if kinds(o) != {PRIVATE}:
        return False
    after = LETTER_WORDS.findall(scan.text, o.end, s1)[:_BUILT_REACH]
    return any(w in cv.built_things for w in after)


# Words after a verb where the thing it makes may stand ("zrobić sklep", "make your shop").
_OBJECT_REACH = 2


def built_by_verb(scan: RunScan, cv: ChannelVocab, verb_at: int, s1: int) -> bool:
    """The verb at view offset `verb_at` has a built thing for its object, a word or two after it
    ("Mogę zrobić sklep bez tej platformy": "zrobić" also pays in "zrób przelew", but here it
    makes the shop), and the sentence's "without this platform" is the shop's (`built_without`).
    why (the brief's Polish false alarm, GC301)."""
    verb = LETTER_WORDS.search(scan.text, verb_at, s1)
    if verb is None:
        return False
    after = LETTER_WORDS.findall(scan.text, verb.end(), s1)[:_OBJECT_REACH]
    if not any(w in cv.built_things for w in after):
        return False
    s0, _ = scan.sentence(verb_at)
    return any(LEAVE in kinds(o) and built_without(scan, cv, o) for o in scan.triggers_in(s0, s1))


def built_moved(scan: RunScan, cv: ChannelVocab, a: int, b: int) -> bool:
    """The buyer's built thing between a verb ending at `a` and the place it goes at `b` ("Let's
    move your website somewhere else, to a faster host", "Movamos tu tienda a otro lado"): the
    work goes elsewhere, nobody leaves. why (a new "somewhere more convenient" read it too)."""
    words = list(LETTER_WORDS.finditer(scan.text, a, b))[:_MOVED_REACH]
    return any(w.group().casefold() in cv.built_things for w in words) and any(
        CUE_BEFORE in kinds(m) for m in scan.context(cv, a, words[-1].end())
    ) if words else False


_MOVED_REACH = 4  # words between the verb and the place ("let's move your online store somewhere else")
