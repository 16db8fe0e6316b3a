"""Asking the buyer for a review or a rating ("please leave a positive review", "déjame 5
estrellas", "rate me 5 stars"), or trading something for one ("leave 5 stars and get a free
revision", "5-star feedback gets 10% off your next order").

A request is a verb of giving or rating addressed to the buyer: an imperative (the first
word of its part of the clause after "please", "don't forget to", "and" ...), or after
"you" or "please"; never after the seller ("I will leave a review for your app" is
another rule's, if anything). A plain mention is not a request: "I have 500 five-star
reviews", "read my reviews", "reviews are important to me" (a count or "my" before the
noun makes it the seller's tally). A trade is a review noun and a reward tied together in
one clause ("for", "gets", "in exchange"), or a request with a reward anywhere in its
clause ("leave honest feedback on the order page and unlock a free mockup").

Requests also come after "please" anywhere before them in their part ("kindly mark the
order as complete and leave a good rating"), after "if" ("si dejas tu valoración"), as a
condition on the buyer ("for buyers who leave a 5★ rating"), with the verb after the
noun where the language puts it there ("5 star rating zaroor dena", "評価をいただけると",
"리뷰 남겨주시면"), and as "please" with a rated noun alone ("please 5 stars"). A
compound names its noun last ("5-Sterne-Bewertung"); star signs are stars ("5★", "⭐⭐⭐⭐⭐").
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from gigcheck.detectors.clauses import FirstWords, Word, Words, WordSeqs, clauses, is_count, tail, word_set
from gigcheck.detectors.conduct import ConductVocab, negated
from gigcheck.detectors.review_gates import GateVocab, changed, gated

__all__ = ["ReviewAsk", "ReviewVocab", "review_asks"]

_VERB_REACH = 5  # words between a verb and its noun ("leave me a quick 5-star review")
_RATING_REACH = 3  # words between a rating word and its noun
_ASKER_REACH = 3  # words between "you" or "please" and the verb ("would you please leave")
_TIE_GAP = 4  # words between a review and its reward ("5-star feedback gets 10% off")
_REWARD_REACH = 8  # between a tie and its reward ("gets the editable source file as a bonus")
_ASKED_REACH = 12  # between a request and a reward in its clause
_AFTER_REACH = 2  # between a noun and a verb after it ("5 star rating zaroor dena")
_TIE_BEFORE = 4  # between a tie opening the trade and its rated noun ("За отзыв на 5 звёзд")


@dataclass(frozen=True, slots=True)
class ReviewAsk:
    start: int
    end: int
    form: str  # "request", "trade" or "gate" (review_gates.py)


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
        self.rate_withs = word_set(table.get("rate_withs", ()))
        self.rate_only = word_set(table.get("rate_only", ()))  # "bewerte nur mit 5 Sternen"
        self.fillers = WordSeqs(table.get("fillers", ()))
        self.please = WordSeqs(table.get("please_words", ()))
        self.segment_words = word_set(table.get("segment_words", ()))
        self.you = word_set(table.get("you_words", ()))
        self.seller = word_set(table.get("seller_words", ()))
        self.appeals = WordSeqs(table.get("appeal_words", ()))
        # appeals that ask only for a rated review ("a 5-star review would help me a lot",
        # not "the rating would help me getting clients": a seller's remark)
        self.rated_appeals = WordSeqs(table.get("rated_appeal_words", ()))
        self.rewards = WordSeqs(table.get("rewards", ()))
        self.ties = WordSeqs(table.get("ties", ()))
        self.ties_before = WordSeqs(table.get("ties_before", ()))  # conN: "За отзыв на 5 звёзд ..."
        self.verb_marks = word_set(table.get("verb_marks", ()))
        self.top_stars = word_set(table.get("top_stars", ()))
        self.verbs_after = WordSeqs(table.get("request_verbs_after", ()))
        self.particles_after = WordSeqs(table.get("request_particles_after", ()))
        self.if_words = word_set(table.get("if_words", ()))
        self.relatives = word_set(table.get("relative_words", ()))
        self.your = word_set(table.get("your_words", ()))
        # an honest review asked with no rating, and independence from the review
        # ("whether or not you leave a review"): no manipulation
        self.honest = WordSeqs(table.get("honest_words", ()))
        self.regardless = WordSeqs(table.get("regardless_words", ()))
        # review gating (review_gates.py): its rating acts are the review nouns, the
        # rate verbs and the infinitives of rating ("antes de calificar")
        acts = ("nouns", "weak_nouns", "star_nouns", "rate_verbs", "gate_acts")
        self.gates = GateVocab(table, WordSeqs(entry for key in acts for entry in table.get(key, ())))
        # A clause asks for nothing without a review noun (also as a compound's last
        # part, `_Clause._rated_compound`) or a rate verb: one look-up of its words.
        self._askable = FirstWords(
            [((self.star_nouns, self.nouns, self.weak_nouns, self.rate_verbs), (self.nouns,))]
        )

    def may_ask(self, words: Words) -> bool:
        """Whether the clause holds a word a request for a review could be made of."""
        return bool(self._askable.groups_in(words))


@dataclass(frozen=True, slots=True)
class _Noun:
    start: int  # word indexes
    end: int
    rated: bool  # a rating word or a star count with it
    lead: int  # where its rating words start ("5-star feedback")
    weak: bool = False  # "feedback": counted only rated, or asked for with a reward


def review_asks(text: str, rv: ReviewVocab, cv: ConductVocab) -> list[ReviewAsk]:
    """Every request for a review and every trade for one in `text`, in order."""
    out: list[ReviewAsk] = []
    for words in clauses(text):
        asks = _Clause(words, rv, cv).asks() if rv.may_ask(words) else []
        out.extend(asks)
        if asks:
            continue
        gate = gated(words, rv.gates)
        if gate is not None:
            out.append(ReviewAsk(words[gate[0]].start, words[gate[1] - 1].end, "gate"))
            continue
        change = changed(words, rv.gates, cv.seller_own)  # "change your review to 5 stars": a request for the rating
        if change is not None:
            out.append(ReviewAsk(words[change[0]].start, words[change[1] - 1].end, "request"))
    return out


class _Clause:
    """One clause's words, where each part of it starts, and what is asked in it. Every
    look-around is bounded (or read from a table made in one pass): linear in the clause."""

    def __init__(self, words: Sequence[Word], rv: ReviewVocab, cv: ConductVocab) -> None:
        self.words, self.rv, self.cv = words, rv, cv
        self.seg: list[int] = []  # where the part holding each word starts
        self.appeal: dict[int, tuple[int, int]] = {}  # part start -> its first appeal ("would appreciate")
        self.rated_appeal: dict[int, tuple[int, int]] = {}  # ... and its first `rated_appeals`
        # whether "please" stands before each word in its part, with no seller after it
        self.pleased: list[bool] = []
        start = 0
        pleased = False
        for i, w in enumerate(words):
            self.seg.append(start)
            self.pleased.append(pleased)
            if w.text in rv.segment_words:
                start = i + 1
                pleased = False
                continue
            if w.text in rv.seller or w.text in cv.others:
                pleased = False
            elif rv.please.match(words, i):
                pleased = True
            for found, seqs in ((self.appeal, rv.appeals), (self.rated_appeal, rv.rated_appeals)):
                if start not in found:
                    n = seqs.match(words, i)
                    if n:
                        found[start] = (i, i + n)

    def asks(self) -> list[ReviewAsk]:
        words, rv, cv = self.words, self.rv, self.cv
        if rv.regardless.occurs(Words(words)):
            return []  # "Free revisions for every buyer, whether or not you leave a review"
        nouns = self._nouns()
        asked: dict[int, int] = {}  # noun start -> where its request starts
        spans: list[tuple[int, int]] = []  # requests, as word spans
        for noun in nouns:
            span = self._asked(noun)
            if span is not None:
                asked[noun.start] = span[0]
                # (an honest review asked with no rating is the buyer's free judgement: "N'hésitez
                # pas à laisser un avis honnête", "agradecería una reseña sincera")
                if (not noun.weak or noun.rated) and not (not noun.rated and self._honest(noun)):
                    spans.append(span)
        spans.extend(self._rate_requests())
        rewards = list(rv.rewards.find(words))
        firsts = [a for a, _ in rewards]
        traded: list[tuple[int, int]] = []
        for noun in nouns:
            if noun.weak and not noun.rated and noun.start not in asked:
                continue  # "I give detailed feedback for free": the work
            reward = self._reward_of(noun, rewards, firsts, noun.start in asked)
            if reward is None:
                continue
            ra, rb = reward
            lo = min(noun.lead, ra, asked.get(noun.start, noun.lead))
            if not negated(words, lo, cv.negations, cv.negation_reach):
                hi = max(noun.end, rb)
                if hi == rb and rb < len(words) and words[rb].text not in rv.segment_words:
                    hi += 1  # the reward's noun: "a free revision", "10% off"
                traded.append((lo, hi))
        found = [(a, b, "trade") for a, b in traded] + [(a, b, "request") for a, b in spans]
        found.sort(key=lambda f: (f[0], -f[1], f[2] != "trade"))
        out: list[ReviewAsk] = []
        last = -1
        for a, b, form in found:  # overlapping asks are one: "déjame una reseña de 5 estrellas"
            if a >= last:
                out.append(ReviewAsk(words[a].start, words[b - 1].end, form))
                last = b
        return out

    def _honest(self, noun: _Noun) -> bool:
        """Whether an honesty word stands right before or after the noun ("honest review",
        "avis honnête", "reseña sincera", "ehrliche Bewertung")."""
        words, honest = self.words, self.rv.honest
        return any(honest.match(words, k) for k in range(max(0, noun.lead - 2), min(len(words), noun.end + 2)))

    def _reward_of(
        self, noun: _Noun, rewards: list[tuple[int, int]], firsts: list[int], asked: bool
    ) -> tuple[int, int] | None:
        """The reward traded for `noun`: tied to it a few words on or before it ("5-star
        feedback gets 10% off", "a free revision for a 5-star rating"), after a tie right
        after it ("who reviews this gig gets the source file as a bonus"), or anywhere on
        in its clause when the noun is asked for; or None."""
        words, rv = self.words, self.rv
        tie_at = None
        if noun.rated and any(
            rv.ties_before.match(words, k) for k in range(max(self.seg[noun.lead], noun.lead - _TIE_BEFORE), noun.lead)
        ):
            tie_at = noun.end  # "За отзыв на 5 звёзд верну часть оплаты", "For a 5-star review, 10% off"
        for k in range(noun.end, min(len(words), noun.end + _TIE_GAP + 1) if tie_at is None else noun.end):
            if words[k].text in rv.seller or words[k].text in self.cv.others:
                break  # "a 1 star rating if I didn't receive a refund": the seller's own deal
            if rv.ties.match(words, k):
                tie_at = k
                break
        for r in range(bisect_left(firsts, noun.start - _TIE_GAP - 4), len(rewards)):
            ra, rb = rewards[r]
            if asked and noun.end <= ra <= noun.end + _ASKED_REACH:
                return ra, rb
            if tie_at is not None and tie_at <= ra <= tie_at + _REWARD_REACH:
                return ra, rb
            if ra > noun.end + max(_TIE_GAP, _ASKED_REACH * asked, _REWARD_REACH * (tie_at is not None)):
                break
            # a reward before the review may bring its noun: "a free revision for a 5-star rating"
            gap = (noun.end, ra) if noun.end <= ra else (rb, noun.lead)
            reach = _TIE_GAP + (gap[0] == rb)
            if gap[0] <= gap[1] and gap[1] - gap[0] <= reach and _tied(words, *gap, rv):
                return ra, rb
        return None

    def _nouns(self) -> list[_Noun]:
        """Review nouns that are not the seller's tally ("500 reviews", "my reviews"); weak
        ones ("feedback") and stars only when rated."""
        words, rv, cv = self.words, self.rv, self.cv
        out = []
        i = 0
        while i < len(words):
            star = rv.star_nouns.match(words, i)
            named = rv.nouns.match(words, i)
            if named > star:
                star = 0  # the longer noun: "별점" (a star rating) is no "별" (star)
            strong = star or named
            weak = 0 if strong else rv.weak_nouns.match(words, i)
            n = strong or weak
            # "★★★★★"; a noun that is a rating itself ("별점 5점": a five-point star rating)
            rated = bool(star and rv.rating_words.match(words, i) or named and rv.rating_words.match(words, i) >= named)
            if not n:
                compound = self._rated_compound(words[i].text)
                if compound is None:
                    i += 1
                    continue
                rated, strong, n = compound, 1, 1  # "5-Sterne-Bewertung", "Google-Bewertung"
            j = i  # back over rating words to what stands before them
            for _ in range(_RATING_REACH):
                r = rv.rating_words.ending_at(words, j, _RATING_REACH)
                if r is None:
                    break
                rated, j = True, r
            before = words[j - 1].text if j > 0 else ""
            keep = True
            if not star and before in rv.verb_marks:
                keep = False  # "I will review your code": the verb
            elif star and before in rv.top_stars:
                rated, j = True, j - 1  # "5 stars"
            elif star and not rated:
                keep = False  # "add stars around him", "1 star"
            elif is_count(before, cv.quantity_words) or before in cv.seller_own:
                keep = False  # "500 five-star reviews", "my reviews": the seller's tally
            elif j > 1 and rv.star_nouns.match(words, j - 1) and _low_count(words[j - 2].text, rv, cv):
                keep = False  # "a 1 star rating": a complaint, not what is asked
            after = rv.rating_words.match(words, i + n)  # "una reseña positiva", "un avis positif"
            if keep:
                out.append(_Noun(i, i + n + after, rated or bool(after), j, weak=not strong))
            i += n
        return out

    def _rated_compound(self, word: str) -> bool | None:
        """A compound ending in a review noun: whether its head rates it ("5-sterne-
        bewertung": True), or None when it is no such compound."""
        last = tail(word)
        if not last or not self.rv.nouns.match([Word(last, 0, 0)], 0):
            return None
        parts = word.split("-")[:-1]
        return any(p in self.rv.top_stars or self.rv.rating_words.match([Word(p, 0, 0)], 0) for p in parts)

    def _asked(self, noun: _Noun) -> tuple[int, int] | None:
        """The words that ask for `noun` (from a verb asking for it to the noun, or the
        noun and an appeal in its part of the clause), or None."""
        words, rv = self.words, self.rv
        for j in range(noun.start - 1, max(-1, noun.start - _VERB_REACH - 2), -1):
            if words[j].text in self.cv.breaks or words[j].text in rv.segment_words:
                break
            if rv.request_verbs.match(words, j) and self._addressed(j):
                return j, noun.end
        n = rv.particles_after.match(words, noun.end)  # "een review achter", "レビューをお願いします"
        if n:
            return noun.lead, noun.end + n
        for k in range(noun.end, min(len(words), noun.end + _AFTER_REACH + 1) if noun.rated else noun.end):
            n = rv.verbs_after.match(words, k)  # "5 star rating zaroor dena", "評価をいただけると"
            if n:
                return noun.lead, k + n
            if words[k].text in rv.segment_words or words[k].text in rv.seller:
                break
        if noun.rated and self.pleased[noun.lead]:
            return noun.lead, noun.end  # "please 5 star rating"
        appeal = self.appeal.get(self.seg[noun.start])
        if appeal is None and noun.rated:
            appeal = self.rated_appeal.get(self.seg[noun.start])
        return None if appeal is None else (min(appeal[0], noun.lead), max(appeal[1], noun.end))

    def _rate_requests(self) -> list[tuple[int, int]]:
        """"Rate me 5 stars", "please rate!", "avalie meu trabalho": a rate verb addressed
        to the buyer, with what it rates or at the end of its part of the clause."""
        words, rv = self.words, self.rv
        out = []
        for i in range(len(words)):
            n = rv.rate_verbs.match(words, i)
            if not n or i > 0 and words[i - 1].text in self.cv.seller_own or not self._addressed(i):
                continue  # "my response rate": a noun
            k = i + n
            if k < len(words) and words[k].text in rv.you:
                k += 1  # "bewerten Sie mich", "notez-vous"
            if k + 1 < len(words) and words[k].text in rv.rate_only and (
                rv.rating_words.match(words, k + 1) or words[k + 1].text in rv.rate_withs
            ):
                k += 1  # "rate only 5 stars", "bewerte nur mit 5 Sternen": the rating after "only"
            if k + 1 < len(words) and words[k].text in rv.rate_withs and rv.rating_words.match(words, k + 1):
                k += 1  # "avalie com 5 estrelas": the rating after "with"
            m = rv.rate_objects.match(words, k) or rv.rating_words.match(words, k)
            if m:
                m += rv.rating_words.match(words, k + m)  # "rate me 5 stars"
                out.append((i, k + m))
            elif (k == len(words) or words[k].text in rv.segment_words) and (
                (lead := self._rating_before(i)) is not None
            ):
                out.append((lead, k))  # "Bitte nur mit 5 Sternen bewerten": the verb last
            elif (k == len(words) or words[k].text in rv.segment_words) and self._asker_before(i, wide=False):
                out.append((i, k))  # "please rate!", not the label "Rate: $20 an hour"
        return out

    def _rating_before(self, v: int) -> int | None:
        """Where a rating asked for starts, right before the rate verb at `v` that ends its
        part, in the languages that put the verb last ("mit 5 Sternen bewerten", "met 5
        sterren beoordelen"), with its "with" and "only" before it, when the rating is
        addressed to the buyer ("Bitte ..."); or None ("Kunden können mit 5 Sternen
        bewerten": the customers' choice)."""
        words, rv = self.words, self.rv
        start = rv.rating_words.ending_at(words, v, 4)
        if start is None:
            return None
        if start > 0 and words[start - 1].text in rv.rate_withs:
            start -= 1
        if start > 0 and words[start - 1].text in rv.rate_only:
            start -= 1
        asked = self._addressed(start) if start > self.seg[v] else self.pleased[v]
        return start if asked else None

    def _asker_before(self, v: int, wide: bool = True) -> bool:
        """Whether "you", "if" or "please" stands just before the verb at `v` in its part,
        "please" anywhere before it (`wide`), or "who" after the buyers ("buyers who
        leave")."""
        words, rv = self.words, self.rv
        if v > 0 and words[v - 1].text in rv.relatives and self.seg[v] < v:
            # "for buyers who leave", not "so your customers who leave"
            return not any(words[k].text in rv.your for k in range(max(self.seg[v], v - 4), v - 1))
        for k in range(v - 1, max(self.seg[v], v - _ASKER_REACH) - 1, -1):
            w = words[k].text
            if w in rv.seller or w in self.cv.others:
                return False
            if w in rv.you or w in rv.if_words or rv.please.match(words, k):
                return True
        return wide and self.pleased[v]

    def _addressed(self, v: int) -> bool:
        """Whether the verb at `v` asks the buyer: an imperative (first in its part of
        the clause after fillers), or after "you" or "please", and not after the seller."""
        words, rv = self.words, self.rv
        seg = self.seg[v]
        j = v
        while j > seg:
            f = rv.fillers.ending_at(words, j, 4)
            if f is None or f < seg:
                break
            j = f
        if j <= seg:
            return not negated(words, seg, self.cv.negations, self.cv.negation_reach)
        return self._asker_before(v)


def _low_count(word: str, rv: ReviewVocab, cv: ConductVocab) -> bool:
    """A count of stars that is not the top one ("1" in "a 1 star rating")."""
    return is_count(word, cv.quantity_words) and word not in rv.top_stars


def _tied(words: Sequence[Word], a: int, b: int, rv: ReviewVocab) -> bool:
    """Whether a tie ("for", "gets", "in exchange") stands in words [a, b)."""
    return any(rv.ties.match(words, k) for k in range(a, b))
