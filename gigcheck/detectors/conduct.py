"""Services a marketplace's standards prohibit, offered in a gig's words: fake followers,
likes, views and reviews, doing a student's exams and graded work, services that break
another platform's terms (account sales, ban evasion, captcha and KYC bypass), adult
content, dangerous goods, fake documents.

Each standard is data (`[vocab.conduct.standards.<name>]`): phrases that are the service
outright, and the nouns it is about with the markers and verbs that make a clause offer
it. The logic here is what a phrase list cannot say: that "no fake followers" and "remove
bot traffic" are the opposite of an offer (a negation or counter-action just before);
that a count must stand between the verb and the followers for a sale of followers ("give
you 1000 real followers", but not "promote your music to real listeners" nor "shout you
out to my 14,000 subscribers": the seller's own audience); that "for", "on", "to" end what
a verb offers ("write a study guide for your exam"); that the word after a noun may make
it a topic ("exam prep", "cannabis dispensary website"); and that a seller who helps
("help you take your exam with confidence") is not the one taking it.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from gigcheck.detectors.clauses import Word, WordSeqs, clauses, is_count, word_set

__all__ = ["ConductVocab", "Offence", "Standard", "prohibited", "negated"]

_SUBJECT_REACH = 6  # words between the seller and the verb ("I can also quickly post ...")


@dataclass(frozen=True, slots=True)
class Offence:
    start: int
    end: int
    label: str  # the standard, as messages name it ("fake engagement")
    entry: str  # the vocabulary entry that matched


class Standard:
    """One `[vocab.conduct.standards.<name>]` entry, compiled."""

    def __init__(self, name: str, table: Mapping[str, Any]) -> None:
        self.name = name
        self.label = str(table.get("label") or name)
        self.advice = str(table.get("advice") or "")
        self.phrases = WordSeqs(table.get("phrases", ()))
        self.exceptions = WordSeqs(table.get("exceptions", ()))
        self.things = WordSeqs(table.get("things", ()))
        self.markers = WordSeqs(table.get("markers", ()))
        self.markers_after = WordSeqs(table.get("markers_after", ()))
        self.verbs = WordSeqs(table.get("verbs", ()))
        self.subjects = word_set(table.get("subjects", ()))
        self.not_after = word_set(table.get("not_after", ()))
        self.quantity = bool(table.get("quantity", False))


class ConductVocab:
    """The `[vocab.conduct]` table, compiled."""

    def __init__(self, table: Mapping[str, Any]) -> None:
        self.negations = WordSeqs(table.get("negations", ()))
        self.negation_reach = int(table.get("negation_reach", 3))
        self.breaks = word_set(table.get("breaks", ()))
        self.seller_own = word_set(table.get("seller_own", ()))
        self.quantity_words = word_set(table.get("quantity_words", ()))
        self.verb_reach = int(table.get("verb_reach", 5))
        self.marker_reach = int(table.get("marker_reach", 3))
        self.helpers = word_set(table.get("helpers", ()))
        self.others = word_set(table.get("other_words", ()))
        standards = table.get("standards", {})
        self.standards = [Standard(name, entry) for name, entry in standards.items() if isinstance(entry, Mapping)]


def negated(words: Sequence[Word], i: int, negations: WordSeqs, reach: int) -> bool:
    """Whether a negation (or counter-action) ends at most `reach` words before word `i`."""
    for j in range(max(0, i - reach - 2), i):
        n = negations.match(words, j)
        if n and j + n <= i and i - (j + n) < reach:
            return True
    return False


def prohibited(text: str, cv: ConductVocab) -> list[Offence]:
    """Every offer of a prohibited service in `text`, in order, without overlaps."""
    found: list[Offence] = []
    for words in clauses(text):
        offences = [o for st in cv.standards for o in _in_clause(words, st, cv)]
        offences.sort(key=lambda o: (o.start, -o.end))
        labels: set[str] = set()  # one finding per standard and clause, the first
        for o in offences:
            if o.label not in labels and not (found and o.start < found[-1].end):
                labels.add(o.label)
                found.append(o)
    return found


def _in_clause(words: Sequence[Word], st: Standard, cv: ConductVocab) -> list[Offence]:
    out = []
    spared = [False] * (len(words) + 1)  # words inside an exception
    for a, b in st.exceptions.find(words):
        spared[a:b] = [True] * (b - a)
    for a, b in st.phrases.find(words):
        if spared[a] and spared[b - 1]:
            continue
        if not negated(words, a, cv.negations, cv.negation_reach):
            out.append(Offence(words[a].start, words[b - 1].end, st.label, st.name))
    if not st.things:
        return out
    for a, b in st.things.find(words):
        if b < len(words) and words[b].text.removesuffix("'s") in st.not_after:
            continue
        first = _offer_start(words, a, b, st, cv)
        # a negation before the offer or inside it: "ich verkaufe keine Follower"
        if first is None or any(negated(words, k, cv.negations, cv.negation_reach) for k in {first, a}):
            continue
        if spared[first] and spared[b - 1]:
            continue
        out.append(Offence(words[first].start, words[b - 1].end, st.label, st.name))
    return out


def _offer_start(words: Sequence[Word], a: int, b: int, st: Standard, cv: ConductVocab) -> int | None:
    """Where the clause starts offering the thing at [a, b) by `st`'s conditions, or None."""
    marker = _marker_before(words, a, st, cv) if st.markers else None
    if st.markers_after and st.markers_after.match(words, b):
        return a if marker is None else marker  # "guns for sale", "seguidores falsos"
    verb = _verb_before(words, a, st, cv) if st.verbs else None
    if st.markers and marker is None or st.verbs and verb is None or not (st.markers or st.verbs):
        return None
    return min(i for i in (marker, verb) if i is not None)


def _marker_before(words: Sequence[Word], a: int, st: Standard, cv: ConductVocab) -> int | None:
    """The first of the markers within reach before the thing ("buy cheap likes")."""
    first = None
    for j in range(a - 1, max(-1, a - cv.marker_reach - 3), -1):
        if words[j].text in cv.breaks:
            break
        n = st.markers.match(words, j)
        if n and j + n <= a and a - (j + n) <= cv.marker_reach:
            first = j
    return first


def _by_seller(words: Sequence[Word], j: int, st: Standard, cv: ConductVocab) -> bool:
    """Whether the nearest doer before the verb at `j` is the seller ("I will post ...",
    not "so real customers leave Google reviews")."""
    for k in range(j - 1, max(-1, j - _SUBJECT_REACH - 1), -1):
        w = words[k].text
        if w in st.subjects:
            return True
        if w in cv.others:
            return False
    return False


def _verb_before(words: Sequence[Word], a: int, st: Standard, cv: ConductVocab) -> int | None:
    counted = False
    for j in range(a - 1, max(-1, a - cv.verb_reach - 2), -1):
        w = words[j].text
        if w in cv.breaks:
            return None
        if st.quantity and w in cv.seller_own:
            return None  # "to my 14,000 subscribers": the seller's audience
        counted = counted or is_count(w, cv.quantity_words)
        n = st.verbs.match(words, j)
        if not n or j + n > a:
            continue
        if st.quantity and not counted:
            return None
        if any(words[k].text in cv.helpers for k in range(max(0, j - 3), j)):
            return None  # "help you take your exam", "prepare you to sit your exam"
        if st.subjects and not _by_seller(words, j, st, cv):
            return None
        return j
    return None
