"""Another or a better way of reaching the seller, said right beside the contact verb: "Some of my
long-term clients prefer to reach me another way", "There are easier ways to reach me than this
inbox", "Hay otras formas de contactarme": the seller says a way off the marketplace exists and
names none, a hint (a warning; an error with a channel named in the sentence).

Read on a contact trigger (`reach me`, `contact me`, `escríbeme`) only: a way word (`way_words`)
with another (`other_words`) or a comparative (`comparatives`) right beside it, after the verb
("reach me another way", "contactarme de otra forma") or before it with at most one word between
("easier ways to reach me", "otras formas de contactarme"). Not a way of doing the work ("Tell me
if you'd like the logo done another way": the way is not next to the verb), not negated, and not
the marketplace named as the way ("another way to reach me here on Fiverr"), nor the buyer's
customers' ways ("Your customers get other ways to get in touch on your site").
"""
from __future__ import annotations

from gigcheck.detectors.invitation_match import InvitationMatch
from gigcheck.detectors.leave_shared import buyers_near, label_of, negated_after, words_in
from gigcheck.detectors.lexicon import Match
from gigcheck.detectors.run_scan import RunScan, kinds
from gigcheck.detectors.sentence_channels import Channel
from gigcheck.detectors.triggers import BOOK, CONTACT, CONV, ELSEWHERE, OUTREACH, WORK, ChannelVocab

__all__ = ["reached_another_way", "regulars_way"]

# Words after the verb within which "another way" must stand ("reach me in some other way").
_AFTER_REACH = 4
# Words before the verb the way may end ("easier ways to reach me": "to" between).
_BEFORE_GAP = 1
# Words before the verb within which the buyer's possessive makes the ways the work's.
_BUYERS_REACH = 6
# Words after it where the buyer's possessive does too ("I add other ways to get in touch to your website").
_BUYERS_AFTER = 2
# Characters read on either side (bounded: linear however long the sentence).
_CHARS = 60


def reached_another_way(
    scan: RunScan, cv: ChannelVocab, t: Match, channels: list[Channel]
) -> InvitationMatch | None:
    """Contact trigger `t` with another or a better way of reaching the seller beside it, or None."""
    if CONTACT not in kinds(t) or negated_after(scan, cv, t.end, t.start):
        return None
    s0, s1 = scan.sentence(t.start)
    if cv.marketplace_means.search(scan.text, s0, s1):
        return None  # "another way to reach me here on Fiverr"
    after = words_in(scan.text, t.end, min(s1, t.end + _CHARS))[:_AFTER_REACH]
    theirs = buyers_near(scan, cv, s0, _BUYERS_REACH, before=t.start) or any(
        w in cv.our_subjects for w in after[:_BUYERS_AFTER]
    )
    if theirs or any(OUTREACH in kinds(m) for m in scan.context(cv, s0, t.start)):
        # "Your customers get other ways to get in touch on your site", "… to your website footer": the work
        return None
    before = words_in(scan.text, max(s0, t.start - _CHARS), t.start)
    # (after the verb only places, articles and counts may lead to the way: "reach me in some other
    # way"; not "message me about other ways to structure the project", a topic)
    lead = 0
    while lead < len(after) and _leads(cv, after[lead]):
        lead += 1
    if not (_other_way(cv, after[:lead + 2], 2) or _other_way(cv, before, _BEFORE_GAP + 1)):
        return None
    label = label_of(channels)
    return InvitationMatch(t.start, t.end, ELSEWHERE, label, vague=label is None)


def regulars_way(scan: RunScan, cv: ChannelVocab, t: Match, channels: list[Channel]) -> InvitationMatch | None:
    """The regulars or the orders to come (`t`: "단골 고객님", "clienti storici", "depois do primeiro
    trabalho") with another or a more convenient way in the sentence and nothing else said
    ("단골 고객님들은 아시겠지만 더 편한 방법도 있어요", "Alcuni clienti storici hanno trovato modi più
    comodi per lavorare con me", "Tem gente que prefere outros caminhos depois do primeiro
    trabalho"): a way off the marketplace hinted at for those who know, a hint (a warning).
    Not "Regulars know I answer fast here" (no way), a booking's way ("Repeat clients get a
    faster way to reorder": a booking word), nor the marketplace named as the way (the caller's).
    why (issue 12, rt56 leaving)."""
    s0, s1 = scan.sentence(t.start)
    if negated_after(scan, cv, t.end, t.start) or any(BOOK in kinds(o) for o in scan.triggers_in(s0, s1)):
        return None
    words = words_in(scan.text, s0, s1)
    if not _other_way(cv, words, len(words)) or _way_of_a_task(scan, cv, words, s0, s1):
        return None
    label = label_of(channels)
    return InvitationMatch(t.start, t.end, ELSEWHERE, label, vague=label is None)


def _way_of_a_task(scan: RunScan, cv: ChannelVocab, words: list[str], s0: int, s1: int) -> bool:
    """The way is a way of doing a thing: "to" (`purpose_words`, `for_marks`) after the way and
    its comparatives, then a word that is no verb of working with, talking to or reaching the
    seller ("easier ways to structure your sheets", "modi più comodi di organizzare i file",
    "a faster way to reorder"); "easier ways to work with me", "modi più comodi per lavorare
    con me" are the seller's."""
    said = scan.context(cv, s0, s1) + scan.triggers_in(s0, s1)  # ("per contattarmi": a contact trigger)
    dealing = {scan.text[m.start:m.end].casefold().split()[0] for m in said if kinds(m) & {WORK, CONV, CONTACT}}
    for i, w in enumerate(words):
        if w not in cv.way_words:
            continue
        j = i + 1
        while j < len(words) and (words[j] in cv.comparatives or words[j] in cv.other_words):
            j += 1  # "modi più comodi di …"
        if j + 1 < len(words) and (words[j] in cv.purpose_words or words[j] in cv.for_marks):
            return words[j + 1] not in dealing
    return False


def _leads(cv: ChannelVocab, w: str) -> bool:
    """`w` may stand between the verb and its way: an article, a place word or a count."""
    return w in cv.articles or w in cv.other_ties or w in cv.other_counts


def _other_way(cv: ChannelVocab, words: list[str], last: int) -> bool:
    """A way word among the `last` words of `words` with another or a comparative right before
    or after it ("another way", "easier ways", "formas más fáciles", "modi più comodi")."""
    for i in range(max(0, len(words) - last), len(words)):
        if words[i] not in cv.way_words:
            continue
        near = words[max(0, i - 1):i] + words[i + 1:i + 2]
        if any(n in cv.other_words or n in cv.comparatives for n in near):
            return True
    return False
