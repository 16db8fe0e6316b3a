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
from typing import Any

from gigcheck.detectors.lexicon import Match
from gigcheck.detectors.triggers import REFUSAL, ChannelVocab
from gigcheck.records import TextRun
from gigcheck.text.normalized import Normalized

__all__ = ["RunScan", "has", "kinds", "refused", "words_between"]

# Sentence ends: line breaks, "!?;", CJK full stops, and "." before a space or the end
# (so "t.me", "sam.42" and "e.g." inside a sentence do not split it).
_SENTENCE_END = re.compile(r"\n|[!?;。！？]+|\.(?=\s|$)|\s[—–]\s")
# Clause ends besides: commas, dashes, brackets.
_CLAUSE_END = re.compile(r"[,，、()\[\]—–]|\s-\s")


@dataclass(slots=True)
class RunScan:
    """The triggers of one run, with lazily computed sentence bounds and context."""

    run: TextRun
    leet: Normalized
    words: Normalized
    triggers: list[Match]
    _ends: list[int] | None = None
    _clauses: list[int] | None = None
    _context: dict[tuple[int, int], list[Match]] = field(default_factory=dict)
    # What the rules derive per sentence (the channels named in it), computed once: many
    # triggers can share one sentence.
    memo: dict[tuple[Any, ...], object] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.leet.text

    def sentence(self, i: int) -> tuple[int, int]:
        """The sentence around view offset `i`: [start, end)."""
        if self._ends is None:
            self._ends = [m.end() for m in _SENTENCE_END.finditer(self.text)]
        return _bounds(self._ends, i, len(self.text))

    def clause(self, i: int) -> tuple[int, int]:
        if self._clauses is None:
            ends = {m.end() for m in _SENTENCE_END.finditer(self.text)}
            ends.update(m.end() for m in _CLAUSE_END.finditer(self.text))
            self._clauses = sorted(ends)
        return _bounds(self._clauses, i, len(self.text))

    def context(self, cv: ChannelVocab, a: int, b: int) -> list[Match]:
        """Context words in view text [a, b) (cached per span)."""
        key = (a, b)
        got = self._context.get(key)
        if got is None:
            got = [
                Match(m.start + a, m.end + a, m.text, m.payloads, m.fuzzy)
                for m in cv.context.scan(self.text[a:b], 200)
            ]
            self._context[key] = got
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
    return _kinds_of(m.payloads)


@lru_cache(maxsize=4096)
def _kinds_of(payloads: tuple[Any, ...]) -> frozenset[str]:
    # Payload tuples come from a fixed vocabulary: a few hundred distinct ones, asked
    # about hundreds of thousands of times on long gigs.
    return frozenset(p[0] if isinstance(p, tuple) else p for p in payloads)


def has(matches: list[Match], kind: str) -> list[Match]:
    return [m for m in matches if kind in kinds(m)]


_WORD = re.compile(r"[^\W_]+")


def refused(scan: RunScan, cv: ChannelVocab, end: int) -> bool:
    """A refusal or warning after `end` in its sentence, within eight words ("payment
    outside of Fiverr would be a violation", "… is against the TOS")."""
    _, s1 = scan.sentence(end)
    text = scan.text
    return any(
        REFUSAL in kinds(m) and words_between(text, end, m.start) <= 8
        for m in scan.context(cv, end, s1)
    )


def words_between(text: str, a: int, b: int) -> int:
    """How many words stand in text[a:b]."""
    if b <= a:
        return 0
    return len(_WORD.findall(text, a, b))
