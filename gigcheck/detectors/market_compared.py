"""The marketplace's way compared with the seller's own, the marketplace's the worse one:
"Ordering here costs you 20% more than ordering from me personally", "Directamente conmigo
sale más barato que aquí", "Hier zu bestellen kostet 20% mehr als direkt bei mir", "在这里下单
比直接找我贵20%", "ここで注文すると直接私に頼むより高くなります", "Let's sort out the details
somewhere quieter than this inbox". A request to leave (an error): the buyer is told the
way off the marketplace pays, with no channel needed.

Called (invitations._by_kind, outside_prices.cheaper_outside) for a comparative (`t`): a
dearer one (`dearer_words`: "costs more", "más caro", "дороже") or a better one
(`cheaper_words`, `better_words`: "cheaper", "faster", "quieter").
A comparison marker (`than_words`, `compared_words`: "than", "que", "чем", "比", "compared
to") sets its object right after it; a postposition (`than_before_words`: "より", "से",
"보다") or a Turkish ablative ending before "daha" sets it right before. The object is one
of the two sides, and the other side stands elsewhere in the sentence (before a "than"):

* the marketplace's way: "here", "this site", "the inbox", "the order page", the platform,
  its fees, its name (context kinds MARKET, HERE, TIE);
* the seller's own way: "directly", "personally", "privately", "one to one" (DIRECT),
  "somewhere quieter" (AWAY), the seller's own site ("my personal site": OTHER_CHANNEL
  with the seller's possessive).

Leaving when the marketplace is the subject of a dearer word or the seller's own way the
subject of a better one. Not the other way round ("Ordering here is faster than paying me
directly": the marketplace the better), not two other things ("costs 20% more than the
basic", "cheaper to host on Netlify than on Heroku"), not asked, negated or the seller's past.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from gigcheck.detectors.invitation_match import InvitationMatch
from gigcheck.detectors.leave_shared import LETTER_WORDS, history_by, negated_after, words_in, work_after
from gigcheck.detectors.lexicon import Match
from gigcheck.detectors.run_scan import RunScan, kinds, words_between
from gigcheck.detectors.sentence_channels import negated
from gigcheck.detectors.triggers import (
    AWAY,
    BETTER,
    BOOK,
    CHANNEL,
    CHEAPER,
    CONTACT,
    DEAL,
    DEARER,
    DIRECT,
    HERE,
    LATER,
    LEAVE,
    MARK,
    MARKET,
    OFF,
    OTHER_CHANNEL,
    PLATFORM,
    TALK,
    TIE,
    TOGETHER,
    WAY_TO_TALK,
    ChannelVocab,
)
from gigcheck.regex_cache import cached_regex
from gigcheck.text.fold import fold
from gigcheck.text.letters import word_bounded
from gigcheck.text.questions import is_asked
from gigcheck.text.trie import alternation, glued

__all__ = ["compared_elsewhere", "market_compared", "market_favoured"]

# Words between a comparison marker and its object ("than ordering from me personally": three).
_OBJECT_REACH = 3
# How far before a side the seller's possessive of a site may stand ("my own personal website").
_MINE_CHARS = 30


class _Side(NamedTuple):
    start: int
    end: int
    market: bool  # the marketplace's way, else the seller's own
    unnamed: bool = False  # a place away, unnamed ("somewhere quieter", "easier ways to talk")
    channel: bool = False  # a channel said as the means ("by mail"): a side only in the comparative's clause


class _Marker(NamedTuple):
    start: int
    end: int
    before: bool  # its object stands before it (a postposition)


def market_compared(scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match]) -> InvitationMatch | None:
    """Comparative `t` sets the marketplace's way against the seller's own, the marketplace's
    the worse (see the module's docstring)."""
    s0, s1 = scan.sentence(t.start)
    text = scan.text
    if is_asked(text[s0:s1]) or negated_after(scan, cv, t.end, t.start) or history_by(scan, cv, t):
        return None
    clause = scan.clause(t.start)
    # ("Je ne communique ni par e-mail : tout se passe ici, c'est plus simple": the channel refused
    # in a clause of its own, the comparative said of the marketplace in another)
    sides = [s for s in _sides(scan, cv, ctx) if not s.channel or scan.clause(s.start) == clause]
    dearer = DEARER in kinds(t)
    if len({s.market for s in sides}) < 2:
        # one way only: nothing compared with the marketplace, unless what is dearer there is
        # followed by the seller's own way
        return _dearer_then_direct(scan, cv, t, sides) if dearer else None
    for mk in _markers(scan, cv, t, s0, s1):
        obj = _object(text, sides, mk)
        if obj is None or _others_compared(cv, text, mk, obj):
            continue
        # the subject: the other way, before a "than" (after it is the object's own phrase); a
        # postposition or "compared to" may stand before the subject or after it
        subject = [
            s for s in sides if s.market != obj.market and not mk.start <= s.start < mk.end
            and (mk.before or s.end <= mk.start or _fronted(cv, text, mk))
        ]
        own = obj if subject and subject[0].market else (subject[0] if subject else None)
        if own is not None and own.unnamed and not any(TOGETHER in kinds(m) for m in ctx):
            # an unnamed place said better, not asked for ("There are quicker ways to talk than
            # this inbox"): a hint, market_swaps.better_way's; "Let's ... somewhere quieter" asks
            continue
        if subject and subject[0].market == dearer:
            a = min(t.start, subject[0].start, obj.start)
            b = max(t.end, subject[0].end, obj.end)
            return InvitationMatch(a, b, LEAVE, None)
    return _dearer_then_direct(scan, cv, t, sides) if dearer else None


# What makes the seller's own way, named after the marketplace is said dearer, an offer to the
# buyer: a verb of contact, talk or booking, the orders to come, an off-platform phrase ("contact
# me directly", "from the second job work directly with me"), or "we" / a deal.
_OFFER_TRIGGERS = frozenset({CONTACT, TALK, BOOK, LATER, OFF})
_OFFER_CONTEXT = frozenset({TOGETHER, DEAL})


def _dearer_then_direct(scan: RunScan, cv: ChannelVocab, t: Match, sides: list[_Side]) -> InvitationMatch | None:
    """The marketplace said dearer with no object ("Ordering from here costs more because of
    the site's fee") and the seller's own way offered after it, in the sentence or the next one
    ("..., contact me directly and we both save", "Buradan sipariş vermek daha pahalı ...
    İkinci işten sonra doğrudan benimle çalışabilirsiniz"). why (rt48 leaving)."""
    if not any(s.market and s.end <= t.start for s in sides) or any(not s.market and s.end <= t.start for s in sides):
        return None  # the marketplace not its subject, or the seller's own way before it (compared there)
    text = scan.text
    s0, s1 = scan.sentence(t.start)
    if compared_elsewhere(scan, cv, t, scan.context(cv, s0, s1)):
        return None  # "Ordering here costs more than a template": compared with another thing
    spans = [(t.end, s1)]
    if s1 < len(text):
        spans.append(scan.sentence(s1 + 1 if text[s1:s1 + 1].isspace() else s1))
    for a, b in spans:
        if cv.marketplace_means.search(text, a, b):
            continue  # "You get the files directly in the order page": the marketplace's way
        ctx = scan.context(cv, a, b)
        own = [s for s in _sides(scan, cv, ctx) if not s.market and s.start >= a and not work_after(text, cv, s.end)]
        if not own:
            continue
        c0, c1 = scan.sentence(own[0].start)
        offered = any(kinds(o) & _OFFER_TRIGGERS for o in scan.triggers_in(max(a, c0), c1)) or any(
            kinds(m) & _OFFER_CONTEXT for m in scan.context(cv, max(a, c0), c1)
        )
        if offered:
            return InvitationMatch(t.start, own[0].end, LEAVE, None)
    return None


def market_favoured(scan: RunScan, cv: ChannelVocab, a: int, b: int) -> bool:
    """Span [a, b) (a way off the marketplace: "paying me directly") is the object of a comparison
    the marketplace's way wins: a better word (`BETTER`, `CHEAPER`) before the marker, the
    marketplace's way its subject ("Ordering here is faster than paying me directly", "Pedir
    aquí es más rápido que pagarme directamente"). The seller recommends the marketplace, the
    off-platform way only the thing it beats. why (issue 12: the payment rules read "paying me
    directly" as an offer there). Not a dearer word ("Ordering here costs more than paying me
    directly") nor the marketplace the object ("Paying me directly is cheaper than ordering here")."""
    s0, s1 = scan.sentence(a)
    text = scan.text
    if is_asked(text[s0:s1]):
        return False
    comparatives = [o for o in scan.triggers_in(s0, s1) if kinds(o) & {BETTER, CHEAPER} and DEARER not in kinds(o)]
    if not comparatives:
        return False
    markets = [s for s in _sides(scan, cv, scan.context(cv, s0, s1)) if s.market]
    for mk in _markers(scan, cv, comparatives[0], s0, s1):
        if mk.before or mk.end > a or words_between(text, mk.end, a) > _OBJECT_REACH:
            continue
        if any(c.end <= mk.start for c in comparatives) and any(s.end <= mk.start for s in markets) and not any(
            mk.end <= s.start < a for s in markets
        ):
            return True
    return False


def compared_elsewhere(scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match]) -> bool:
    """A better price `t` compared with something besides the marketplace: a "than" after it
    in the sentence with no way of the marketplace as its object ("My site is cheaper to host
    on Netlify than on Heroku": the work's hosts, not the seller's prices)."""
    s0, s1 = scan.sentence(t.start)
    sides = [s for s in _sides(scan, cv, ctx) if s.market]
    return any(
        _object(scan.text, sides, mk) is None
        for mk in _markers(scan, cv, t, s0, s1) if not mk.before and mk.start >= t.end
    )


def _sides(scan: RunScan, cv: ChannelVocab, ctx: list[Match]) -> list[_Side]:
    """The marketplace's way and the seller's own named in the sentence, in order."""
    text = scan.text
    out = []
    for m in ctx:
        ks = kinds(m)
        if ks & {MARKET, HERE, TIE}:
            out.append(_Side(m.start, m.end, True))
        elif ks & {DIRECT, AWAY} and not negated_after(scan, cv, m.end, m.start):
            out.append(_Side(m.start, m.end, False, unnamed=DIRECT not in ks))
        elif OTHER_CHANNEL in ks and (
            cv.sellers.search(text, max(0, m.start - _MINE_CHARS), m.start) or m.text.split()[0] in cv.mine_before
        ):
            out.append(_Side(m.start, m.end, False))  # "my personal site", "mi propia web"
        elif CHANNEL in ks and _by_means(text, ctx, m) and not (
            negated(scan, cv, m.start) or negated_after(scan, cv, m.end, m.start)
        ):
            # a channel said as the means, no address ("I reply faster by mail than here", "por correo"):
            # the seller's way as a channel named is (why: issue 12)
            out.append(_Side(m.start, m.end, False, channel=True))
    if ctx:
        s0, s1 = scan.sentence(ctx[0].start)
        out += _platforms_by_means(scan, cv, ctx, s0, s1)
    if ctx:
        # another place to talk, unnamed ("irgendwo", "somewhere": `ways_to_talk`), is the seller's
        s0, s1 = scan.sentence(ctx[0].start)
        out += [_Side(o.start, o.end, False, unnamed=True) for o in scan.triggers_in(s0, s1) if WAY_TO_TALK in kinds(o)]
    return sorted(set(out))


def _platforms_by_means(scan: RunScan, cv: ChannelVocab, ctx: list[Match], s0: int, s1: int) -> list[_Side]:
    """A platform's name right after a mark of the means, not the work ("DMs on IG get answered
    faster than here", "on Telegram I answer quicker than here"): the seller's way, as a channel
    word by means is; "IG marketing", "on IG ads" are the work. why (rt57 handle-verb)."""
    text = scan.text
    return [
        _Side(o.start, o.end, False, channel=True)
        for o in scan.triggers_in(s0, s1)
        if PLATFORM in kinds(o) and _by_means(text, ctx, o) and not work_after(text, cv, o.end)
        and not (negated(scan, cv, o.start) or negated_after(scan, cv, o.end, o.start))
    ]


def _by_means(text: str, ctx: list[Match], m: Match) -> bool:
    """Channel word `m` right after a mark of the means ("by mail", "por correo", "per E-Mail")."""
    return any(MARK in kinds(k) and k.end <= m.start and words_between(text, k.end, m.start) == 0 for k in ctx)


def _object(text: str, sides: list[_Side], mk: _Marker) -> _Side | None:
    """The side a comparison marker sets as its object: the first within `_OBJECT_REACH`
    words after it, or (a postposition) the last within that reach before it."""
    if mk.before:
        near = [s for s in sides if s.end <= mk.start and words_between(text, s.end, mk.start) <= _OBJECT_REACH]
        return near[-1] if near else None
    return next((s for s in sides if s.start >= mk.end and words_between(text, mk.end, s.start) <= _OBJECT_REACH), None)


def _others_compared(cv: ChannelVocab, text: str, mk: _Marker, obj: _Side) -> bool:
    """A word of other people (`other_people_words`: "most", "other", "la plupart") between the
    marker and its object: the object is the marketplace's other sellers ("faster by email than
    most sellers here"), the way of dealing the same on both sides. why (issue 12 false alarms)."""
    a, b = (obj.end, mk.start) if mk.before else (mk.end, obj.start)
    others = _words(cv, "other_people_words")
    return any(w in others for w in words_in(text, a, b))


def _fronted(cv: ChannelVocab, text: str, mk: _Marker) -> bool:
    """The marker is "compared to" (`compared_words`), which may open the sentence with its
    object ("Compared to ordering here, ordering directly is cheaper"), not "than"."""
    return text[mk.start:mk.end].casefold() not in cv.than_words


def _markers(scan: RunScan, cv: ChannelVocab, t: Match, s0: int, s1: int) -> Iterator[_Marker]:
    """The comparison markers of sentence [s0, s1): "than" and "compared to" (object after),
    the postpositions and, right before a Turkish "daha" comparative `t`, an ablative ending."""
    text = scan.text
    after, before = _patterns(cv)
    for m in after.finditer(text, s0, s1):
        yield _Marker(m.start(), m.end(), before=False)
    for m in before.finditer(text, s0, s1):
        yield _Marker(m.start(), m.end(), before=True)
    first = t.text.split()[0] if t.text.split() else ""
    if first in _words(cv, "ablative_comparatives"):
        prev = [w for w in LETTER_WORDS.finditer(text, s0, t.start)][-1:]
        if prev and prev[0].group().casefold().endswith(tuple(_words(cv, "ablative_endings"))):
            yield _Marker(prev[0].end(), prev[0].end(), before=True)  # "benden almaktan daha pahalı"


@lru_cache(maxsize=8)
def _patterns(cv: ChannelVocab) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The markers with their object after them and those with it before, as regexes: whole
    words, or anywhere in a run of text for the scripts written without spaces."""
    post = set(_words(cv, "than_before_words"))
    pre = (set(cv.than_words) | set(_words(cv, "compared_words"))) - post
    return _words_regex(pre), _words_regex(post)


@lru_cache(maxsize=32)
def _words(cv: ChannelVocab, key: str) -> frozenset[str]:
    """The pack's `[vocab.invitation]` list `key`, folded as the text is."""
    return frozenset(fold(w).text for w in cv.invitation.get(key, ()) if isinstance(w, str) and w.strip())


def _words_regex(words: set[str]) -> re.Pattern[str]:
    """`words` as one regex: spaced entries as whole words (a space any run of spaces), the
    unspaced ones ("比", "より") anywhere."""
    spaced = [w for w in words if not glued(w, spaces=True)]
    unspaced = [w for w in words if glued(w, spaces=True)]
    parts = [word_bounded(alternation(spaced, space=r"\s+"))] if spaced else []
    if unspaced:
        parts.append(f"(?:{alternation(unspaced)})")
    return cached_regex("|".join(parts) or "(?!)")
