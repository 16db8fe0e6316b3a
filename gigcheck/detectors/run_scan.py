"""What the channel and payment lexicons (triggers.py) find in one run: its triggers,
with the sentence, clause and context words around each, computed lazily.

`scan/channels.run_scans` scans a gig once and keeps the `RunScan`s, so the handle,
invitation, mention and payment rules share one pass. Offsets are in the run's "leet"
view, which has the same length and indexes as its "words" view (deleet maps one
character to one).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Protocol

from gigcheck.detectors.lexicon import Match
from gigcheck.detectors.triggers import (
    CHEAPER,
    ELSEWHERE,
    LEAVE,
    MIDDLEMAN,
    NAME_POINTER,
    OFF,
    POINTER,
    REFUSAL,
    ChannelVocab,
)
from gigcheck.records import TextRun
from gigcheck.regex_cache import cached_regex
from gigcheck.text.letters import LETTER_RUN, SPACED_MARKS
from gigcheck.text.normalized import Normalized

__all__ = ["RunScan", "has", "kinds", "phrase_word", "refused", "words_apart", "words_between"]

# Sentence ends: line breaks, "!?;", CJK full stops, and "." before a space or the end
# (so "t.me", "sam.42" and "e.g." inside a sentence do not split it). A line break inside
# a paragraph ends a sentence only where the next line starts one (`_line_goes_on`).
_SENTENCE_END = cached_regex(r"\n|[!?;。！？]+|\.(?=\s|$)")
# A spaced dash goes on with its sentence ("Same @ everywhere — Insta, TikTok"), but parts
# it separates are asides of their own for what a finding covers (`part`).
_DASH = cached_regex(r"\s[—–]\s")
# The last word of a line, and what a wrapped line may end with ("Pay-", "A,", "(").
_LAST_WORD = cached_regex(rf"({LETTER_RUN})[ \t]*$|[,(&/+\-:][ \t]*$")
# A line starting with these is a new item (a field, a list-like line), not a wrapped one.
_ITEM_START = frozenset("-*#>|•·–—")
# Clause ends besides: commas, dashes, brackets.
_CLAUSE_END = cached_regex(r"[,，、()\[\]—–]|\s-\s")


@dataclass(slots=True)
class RunScan:
    """The triggers of one run, with lazily computed sentence bounds and context."""

    run: TextRun
    leet: Normalized
    words: Normalized
    triggers: list[Match]
    # Words after which a line break goes on with the sentence ("Ping me on⏎Discord",
    # "Detaylar için bana⏎Instagram'dan yazın"): folded, from the pack.
    joiners: frozenset[str] = frozenset()
    _ends: list[int] | None = None
    _clauses: list[int] | None = None
    _context: dict[tuple[int, int], list[Match]] = field(default_factory=dict)
    _by_start: list[Match] | None = None
    _starts: list[int] | None = None
    _longest: int | None = None
    # What the rules derive per sentence (the channels named in it), computed once: many
    # triggers can share one sentence.
    memo: dict[tuple[Any, ...], object] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.leet.text

    def sentence(self, i: int) -> tuple[int, int]:
        """The sentence around view offset `i`: [start, end)."""
        if self._ends is None:
            self._ends = [m.end() for m in _SENTENCE_END.finditer(self.text) if not self._line_goes_on(m)]
        return _bounds(self._ends, i, len(self.text))

    def _line_goes_on(self, end: re.Match[str]) -> bool:
        """Whether line break `end` (a soft break of a paragraph) wraps a sentence: the
        next line starts in lower case, in a script without case, or with a digit or a
        symbol, or the line ends with a word that cannot end a sentence ("on", "me",
        "the") or with a comma, a hyphen, an opening bracket. "Price: $40⏎Delivery: +1
        day⏎Ping me on⏎Discord first" is three sentences."""
        if end.group() != "\n":
            return False
        text = self.text
        i = end.end()
        while i < len(text) and text[i] in " \t":
            i += 1
        if i >= len(text) or text[i] == "\n" or text[i] in _ITEM_START:
            return False
        first = self.words.original(i, i + 1)
        if not first.isupper():
            return True  # lower case, caseless scripts, digits, "@", "+"
        last = _LAST_WORD.search(text, max(0, end.start() - 40), end.start())
        if last is None:
            return False
        return last.group(1) is None or last.group(1) in self.joiners

    def part(self, i: int) -> tuple[int, int]:
        """The part of the sentence around `i` between spaced dashes: "email me at x@y.z —
        or message me on WhatsApp" holds two requests, each reported."""
        s0, s1 = self.sentence(i)
        a, b = s0, s1
        for m in _DASH.finditer(self.text, s0, s1):
            if m.end() <= i:
                a = m.end()
            elif m.start() >= i:
                b = m.start()
                break
        return a, b

    def clause(self, i: int) -> tuple[int, int]:
        if self._clauses is None:
            self.sentence(0)
            ends = set(self._ends or ())
            ends.update(m.end() for m in _CLAUSE_END.finditer(self.text))
            self._clauses = sorted(ends)
        return _bounds(self._clauses, i, len(self.text))

    def triggers_in(self, a: int, b: int) -> list[Match]:
        """The triggers starting in [a, b), in text order: found by bisection, so that a
        question asked per trigger stays bounded on a run with thousands of them."""
        if self._by_start is None or self._starts is None:
            self._by_start = sorted(self.triggers, key=lambda m: m.start)
            self._starts = [m.start for m in self._by_start]
        i = bisect.bisect_left(self._starts, a)
        j = bisect.bisect_left(self._starts, b, i)
        return self._by_start[i:j]

    @property
    def longest(self) -> int:
        """The length of the longest trigger (for a look-up of those around an offset)."""
        if self._longest is None:
            self._longest = max((m.end - m.start for m in self.triggers), default=0)
        return self._longest

    def covering(self, i: int) -> bool:
        """Whether a trigger covers view offset `i`."""
        return any(m.start <= i < m.end for m in self.triggers_in(i - self.longest + 1, i + 1))

    def context(self, cv: ChannelVocab, a: int, b: int) -> list[Match]:
        """Context words in view text [a, b) (cached per span)."""
        key = (a, b)
        got = self._context.get(key)
        if got is None:
            got = self._context[key] = cv.context.scan(self.text[a:b], at=a) if b > a else []
        return got


# How far a sentence reaches from a trigger: text without sentence ends (hostile input,
# a run-on list) is read in windows, so that the work per trigger stays bounded.
_REACH = 300


def _bounds(ends: list[int], i: int, n: int) -> tuple[int, int]:
    k = bisect.bisect_right(ends, i)
    start = ends[k - 1] if k else 0
    end = ends[k] if k < len(ends) else n
    start = max(start, i - _REACH)
    end = min(end, i + _REACH)
    return start, end


def kinds(m: Match) -> frozenset[str]:
    """The kinds of a lexicon match (its payloads' first elements, or the payloads)."""
    found = m.kinds_seen
    if found is None:
        found = m.kinds_seen = _kinds_of(m.payloads)
    return found


@lru_cache(maxsize=4096)
def _kinds_of(payloads: tuple[Any, ...]) -> frozenset[str]:
    # Payload tuples come from a fixed vocabulary: a few hundred distinct ones, asked
    # about hundreds of thousands of times on long gigs.
    return frozenset(p[0] if isinstance(p, tuple) else p for p in payloads)


def has(matches: list[Match], kind: str) -> list[Match]:
    return [m for m in matches if kind in kinds(m)]


# A word with its vowel signs and viramas, which `\w` leaves out: "নম্বরে" is one word,
# not two. why (audit: "বিকাশ নম্বরে টাকা পাঠিয়ে দিন" read a service two words from its
# pay verb). Not Thai's marks: Thai parts no words by spaces, and the pieces its marks cut a
# run into are what the distances tuned on Thai count (rt37 "ไอดีไลน์ของผมอยู่ในส่วน bio").
# One class repeated: linear.
_WORD = cached_regex(rf"[^\W_](?:[^\W_]|[{SPACED_MARKS}])*")


def refused(scan: RunScan, cv: ChannelVocab, end: int) -> bool:
    """A refusal or warning after `end` in its sentence, within eight words ("payment
    outside of Fiverr would be a violation", "… is against the TOS")."""
    _, s1 = scan.sentence(end)
    text = scan.text
    return any(
        REFUSAL in kinds(m) and words_between(text, end, m.start) <= 8
        for m in scan.context(cv, end, s1)
    )


# Phrases whose own "without"/"sin"/"без" negates nothing around them ("my shop name
# without the hyphen", "without Fiverr and save the fees", "sin intermediarios").
_PHRASES = frozenset({OFF, LEAVE, POINTER, NAME_POINTER, MIDDLEMAN, CHEAPER, ELSEWHERE})


def phrase_word(scan: RunScan, m: Match) -> bool:
    """Context word `m` (a negation) is a word of a phrase of leaving or pointing."""
    # A phrase holding `m` starts at most a phrase's length before it.
    return any(o.start <= m.start < o.end and kinds(o) & _PHRASES for o in scan.triggers_in(m.start - 80, m.start + 1))


def words_between(text: str, a: int, b: int) -> int:
    """How many words stand in text[a:b]."""
    if b <= a:
        return 0
    return len(_WORD.findall(text, a, b))


class _Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


def words_apart(text: str, a: _Span, b: _Span) -> int:
    """How many words stand between spans `a` and `b`, in either order (0 when they touch
    or overlap)."""
    return words_between(text, min(a.end, b.end), max(a.start, b.start))
