"""Asking the buyer for a review or a rating ("please leave a positive review", "déjame 5
estrellas", "rate me 5 stars"), or trading something for one ("leave 5 stars and get a free
revision", "5-star feedback gets 10% off your next order").

A request is a verb of giving or rating addressed to the buyer: an imperative (the first
word of its part of the clause after "please", "don't forget to", "and" ...), or after
"you" or "please"; never after the seller ("I will leave a review for your app" is
another rule's, if anything). A plain mention is not a request: "I have 500 five-star
reviews", "read my reviews", "reviews are important to me" (a count or "my" before the
noun makes it the seller's tally). A trade is a review noun and a reward tied together in
one clause ("for", "gets", "in exchange"). Words are data: `[vocab.reviews]`.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from gigcheck.detectors.clauses import Word, WordSeqs, clauses, is_count
from gigcheck.detectors.conduct import ConductVocab, negated

__all__ = ["ReviewAsk", "ReviewVocab", "review_asks"]

_VERB_REACH = 5  # words between a verb and its noun ("leave me a quick 5-star review")
_RATING_REACH = 3  # words between a rating word and its noun
_ASKER_REACH = 3  # words between "you" or "please" and the verb ("would you please leave")
_TIE_GAP = 4  # words between a review and its reward ("5-star feedback gets 10% off")
_TOP_STARS = ("5", "five", "cinco", "fünf", "cinq", "cinque", "пять")  # the stars asked for


@dataclass(frozen=True, slots=True)
class ReviewAsk:
    start: int
    end: int
    form: str  # "request" or "trade"


class ReviewVocab:
    """The `[vocab.reviews]` table, compiled."""

    def __init__(self, table: Mapping[str, Any]) -> None:
        self.nouns = WordSeqs(table.get("nouns", ()))
        self.weak_nouns = WordSeqs(table.get("weak_nouns", ()))
        self.star_nouns = WordSeqs(table.get("star_nouns", ()))
        self.rating_words = WordSeqs(table.get("rating_words", ()))
        self.request_verbs = WordSeqs(table.get("request_verbs", ()))
        self.rate_verbs = WordSeqs(table.get("rate_verbs", ()))
        self.rate_objects = WordSeqs(table.get("rate_objects", ()))
        self.fillers = WordSeqs(table.get("fillers", ()))
        self.please = WordSeqs(table.get("please_words", ()))
        self.segment_words = frozenset(table.get("segment_words", ()))
        self.you = frozenset(table.get("you_words", ()))
        self.seller = frozenset(table.get("seller_words", ()))
        self.others = frozenset(table.get("other_words", ()))
        self.appeals = WordSeqs(table.get("appeal_words", ()))
        self.rewards = WordSeqs(table.get("rewards", ()))
        self.ties = WordSeqs(table.get("ties", ()))
        self.verb_marks = frozenset(table.get("verb_marks", ()))


@dataclass(frozen=True, slots=True)
class _Noun:
    start: int  # word indexes
    end: int
    rated: bool  # a rating word or a star count with it
    lead: int  # where its rating words start ("5-star feedback")


def review_asks(text: str, rv: ReviewVocab, cv: ConductVocab) -> list[ReviewAsk]:
    """Every request for a review and every trade for one in `text`, in order."""
    out: list[ReviewAsk] = []
    for words in clauses(text):
        out.extend(_in_clause(words, rv, cv))
    return out


def _in_clause(words: Sequence[Word], rv: ReviewVocab, cv: ConductVocab) -> list[ReviewAsk]:
    nouns = _nouns(words, rv, cv)
    asks: list[tuple[int, int]] = []  # word spans of requests
    for noun in nouns:
        start = _asked(words, noun, rv, cv)
        if start is not None:
            asks.append((start, noun.end))
    for start, end in _rate_requests(words, rv, cv):
        asks.append((start, end))
    rewards = list(rv.rewards.find(words))
    traded: list[tuple[int, int]] = []
    for noun in nouns:
        for ra, rb in rewards:
            gap = (noun.end, ra) if noun.end <= ra else (rb, noun.start)
            if gap[0] > gap[1] or gap[1] - gap[0] > _TIE_GAP or not _tied(words, *gap, rv):
                continue
            lo = min([noun.lead, ra, *(a for a, b in asks if a <= noun.start < b)])
            if not negated(words, lo, cv.negations, cv.negation_reach):
                hi = max(noun.end, rb)
                if hi == rb and rb < len(words) and words[rb].text not in rv.segment_words:
                    hi += 1  # the reward's noun: "a free revision", "10% off"
                traded.append((lo, hi))
            break
    out = []
    for a, b in traded:
        out.append(ReviewAsk(words[a].start, words[b - 1].end, "trade"))
    for a, b in asks:
        if not any(x <= a < y for x, y in traded):
            out.append(ReviewAsk(words[a].start, words[b - 1].end, "request"))
    out.sort(key=lambda r: r.start)
    return out


def _nouns(words: Sequence[Word], rv: ReviewVocab, cv: ConductVocab) -> list[_Noun]:
    """Review nouns that are not the seller's tally ("500 reviews", "my reviews"); weak
    ones ("feedback") only when rated."""
    out = []
    for i in range(len(words)):
        if any(n.start <= i < n.end for n in out):
            continue
        star = rv.star_nouns.match(words, i)
        strong = star or rv.nouns.match(words, i)
        weak = 0 if strong else rv.weak_nouns.match(words, i)
        n = strong or weak
        if not n:
            continue
        j = i  # back over rating words to what stands before them
        rated = False
        while True:
            r = rv.rating_words.ending_at(words, j, _RATING_REACH)
            if r is None:
                break
            rated, j = True, r
        before = words[j - 1].text if j > 0 else ""
        if not star and before in rv.verb_marks:
            continue  # "I will review your code": the verb
        if star and before in _TOP_STARS:
            rated, j = True, j - 1  # "5 stars"
        elif star and not rated:
            continue  # "add stars around him", "1 star"
        elif is_count(before, cv.quantity_words) or before in cv.seller_own:
            continue  # "500 five-star reviews", "my reviews": the seller's tally
        if weak and not rated:
            continue
        out.append(_Noun(i, i + n, rated, j))
    return out


def _asked(words: Sequence[Word], noun: _Noun, rv: ReviewVocab, cv: ConductVocab) -> int | None:
    """Where the request for `noun` starts (a verb asking for it, or an appeal), or None."""
    for j in range(noun.start - 1, max(-1, noun.start - _VERB_REACH - 2), -1):
        if words[j].text in cv.breaks:
            break
        if rv.request_verbs.match(words, j) and _addressed(words, j, rv, cv):
            return j
    lo = _segment_start(words, noun.start, rv)
    for j in range(lo, len(words)):
        if j >= noun.end and words[j].text in rv.segment_words:
            break
        if rv.appeals.match(words, j):
            return min(j, noun.start)
    return None


def _rate_requests(words: Sequence[Word], rv: ReviewVocab, cv: ConductVocab) -> list[tuple[int, int]]:
    """"Rate me 5 stars", "please rate!", "avalie meu trabalho": a rate verb addressed to
    the buyer, with what it rates or at the end of its clause."""
    out = []
    for i in range(len(words)):
        n = rv.rate_verbs.match(words, i)
        if not n or not _addressed(words, i, rv, cv):
            continue
        k = i + n
        m = rv.rate_objects.match(words, k) or rv.rating_words.match(words, k)
        if m:
            m += rv.rating_words.match(words, k + m)  # "rate me 5 stars"
            out.append((i, k + m))
        elif (k == len(words) or words[k].text in rv.segment_words) and _pleaded(words, i, rv):
            out.append((i, k))  # "please rate!", not the label "Rate: $20 an hour"
    return out


def _pleaded(words: Sequence[Word], v: int, rv: ReviewVocab) -> bool:
    return any(rv.please.match(words, k) or words[k].text in rv.you for k in range(_segment_start(words, v, rv), v))


def _segment_start(words: Sequence[Word], i: int, rv: ReviewVocab) -> int:
    for j in range(i - 1, -1, -1):
        if words[j].text in rv.segment_words:
            return j + 1
    return 0


def _addressed(words: Sequence[Word], v: int, rv: ReviewVocab, cv: ConductVocab) -> bool:
    """Whether the verb at `v` asks the buyer: an imperative (first in its part of the
    clause after fillers), or after "you" or "please", and not after the seller."""
    seg = _segment_start(words, v, rv)
    j = v
    while j > seg:
        f = rv.fillers.ending_at(words, j, 4)
        if f is None or f < seg:
            break
        j = f
    if j <= seg:
        return not negated(words, seg, cv.negations, cv.negation_reach)
    for k in range(v - 1, max(seg, v - _ASKER_REACH) - 1, -1):
        w = words[k].text
        if w in rv.seller or w in rv.others:
            return False
        if w in rv.you or rv.please.match(words, k):
            return True
    return False


def _tied(words: Sequence[Word], a: int, b: int, rv: ReviewVocab) -> bool:
    """Whether a tie ("for", "gets", "in exchange") stands in words [a, b)."""
    return any(rv.ties.match(words, k) for k in range(a, b))
