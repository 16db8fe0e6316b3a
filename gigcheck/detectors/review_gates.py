"""Review gating: steering which buyers rate, rather than asking all of them ("Message me
before leaving a rating", "only happy customers are asked to leave a review", "please don't
leave negative feedback, contact me"). Fiverr's Community Standards count it as feedback
manipulation, as asking for a positive review is (reviews.py).

A gate is read in one clause, in three shapes:

- **before**: a word meaning "before" or "instead of" with the buyer's rating act right
  after it (a review noun or a rate verb, within `_ACT_REACH` words: "before leaving a
  rating", "antes de calificar", "avant de laisser une note", "bevor Sie bewerten"), or
  where the language puts it after the act ("değerlendirmeden önce", "評価する前に"), and
  the buyer asked to contact the seller anywhere in the clause ("message me", "escríbeme");
- **only**: "only" before a word of satisfaction tied to the buyers ("only happy
  customers", "solo ... clientes satisfechos") with a review noun in the clause;
- **low**: a low review ("negative review", "mala reseña") denied by the seller's plea
  ("don't leave", "no dejes") with the contact asked in the clause.

Not a gate: the buyer's own customers or a named review site (reputation work: "I build
flows that ask your happy customers for Google reviews"), contact asked before ordering
("Message me before ordering"), a plain promise ("If you are not satisfied, message me").
Words are data: the `gate_*` lists of `[vocab.reviews]`.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from gigcheck.detectors.clauses import Word, Words, WordSeqs, word_set

__all__ = ["GateVocab", "changed", "gated"]

_ACT_REACH = 3  # words between "before" and the rating act ("before you leave a rating")
_ONLY_REACH = 6  # between "only" and the satisfaction ("solo pido reseña a los clientes satisfechos")
_TIED_REACH = 2  # between the satisfaction and the buyers ("customers who are happy")
_LOW_REACH = 3  # between the plea and the low review ("don't leave me a negative review")
_CHANGE_REACH = 5  # between a verb of changing and the review ("Bewertung auf 5 Sterne ändern")


class GateVocab:
    """The `gate_*` lists of `[vocab.reviews]`, with the review words they act on."""

    def __init__(self, table: Mapping[str, Any], acts: WordSeqs) -> None:
        self.acts = acts  # review nouns and rate verbs: the buyer's rating act
        self.before = WordSeqs(table.get("gate_before", ()))
        self.before_after = WordSeqs(table.get("gate_before_after", ()))
        self.contacts = WordSeqs(table.get("gate_contacts", ()))
        self.only = WordSeqs(table.get("gate_only", ()))
        self.satisfied = word_set(table.get("gate_satisfied", ()))
        self.customers = word_set(table.get("gate_customers", ()))
        self.low = WordSeqs(table.get("gate_low", ()))
        self.pleas = WordSeqs(table.get("gate_pleas", ()))
        # the buyer's own customers or a review site: reputation work, not this marketplace's reviews
        self.elsewhere = WordSeqs(table.get("gate_elsewhere", ()))
        # a review changed to the rating wanted ("change your review to 5 stars")
        self.changes = WordSeqs(table.get("gate_changes", ()))
        self.top = WordSeqs(table.get("gate_top", ()))
        self.sellers = word_set(table.get("seller_words", ()))  # "I change the star rating icons": the seller's work


def gated(words: Words, gv: GateVocab) -> tuple[int, int] | None:
    """The first and last word (exclusive) of a gate in the clause, or None."""
    if not gv.acts.occurs(words) or gv.elsewhere.occurs(words):
        return None
    contact = next(iter(gv.contacts.find(words)), None)
    if contact is not None:
        act = _act_before(words, gv) or _low_denied(words, gv)
        if act is not None:
            return min(act[0], contact[0]), max(act[1], contact[1])
    return _only_satisfied(words, gv)


def changed(words: Words, gv: GateVocab, mine: frozenset[str]) -> tuple[int, int] | None:
    """A review the buyer is asked to change to the rating wanted ("change your review to 5
    stars", "Wenn Sie Ihre Bewertung auf 5 Sterne ändern", "cambia tu reseña a 5 estrellas"):
    a verb of changing within `_CHANGE_REACH` words of the review, either side, and the top
    rating in the clause; the span of both, or None. Not a review site's (`gate_elsewhere`),
    nor the seller's own work ("I change the star rating icons to 5 colors"), nor the
    writer's own review (`mine` before it: a buyer's "change or remove my 5 star review")."""
    if not gv.acts.occurs(words) or not gv.top.occurs(words) or gv.elsewhere.occurs(words):
        return None
    for a, b in gv.acts.find(words):
        if any(words[j].text in mine for j in range(max(0, a - 3), a)):
            continue
        for k in range(max(0, a - _CHANGE_REACH), min(len(words), b + _CHANGE_REACH)):
            n = gv.changes.match(words, k)
            if n and not any(words[j].text in gv.sellers for j in range(max(0, k - 2), k)):
                return min(a, k), max(b, k + n)
    return None


def _act_before(words: Sequence[Word], gv: GateVocab) -> tuple[int, int] | None:
    """A "before" (or "instead of") with the rating act right after it, or after the act
    where the language puts it there; the span of both."""
    for i in range(len(words)):
        n = gv.before.match(words, i)
        if n:
            for k in range(i + n, min(len(words), i + n + _ACT_REACH + 1)):
                m = gv.acts.match(words, k)
                if m:
                    return i, k + m
        m = gv.acts.match(words, i)
        if m:
            for k in range(i + m, min(len(words), i + m + 2)):
                n = gv.before_after.match(words, k)
                if n:
                    return i, k + n
    return None


def _low_denied(words: Sequence[Word], gv: GateVocab) -> tuple[int, int] | None:
    """A low review after the seller's plea not to give it ("don't leave a negative
    review", "no dejes una reseña negativa"); the span of both."""
    for i in range(len(words)):
        if not gv.low.match(words, i):
            continue
        act = gv.acts.ending_at(words, i, 2)  # "una reseña negativa"
        if act is None and not gv.acts.match(words, i + 1):
            continue
        lead = i if act is None else act
        plea = next((j for j in range(max(0, lead - _LOW_REACH - 2), lead) if gv.pleas.match(words, j)), None)
        if plea is not None:
            return plea, i + 1 + (act is None)
    return None


def _only_satisfied(words: Sequence[Word], gv: GateVocab) -> tuple[int, int] | None:
    """"Only" before a satisfaction tied to the buyers ("only happy customers are asked",
    "solo pido reseña a los clientes satisfechos"); the span from "only" to the buyers."""
    for i in range(len(words)):
        n = gv.only.match(words, i)
        for k in range(i + n, min(len(words), i + n + _ONLY_REACH + 1) if n else i):
            if words[k].text not in gv.satisfied:
                continue
            tied = [j for j in range(max(0, k - _TIED_REACH), min(len(words), k + _TIED_REACH + 1))
                    if words[j].text in gv.customers]
            if tied:
                return i, max(k, *tied) + 1
    return None
