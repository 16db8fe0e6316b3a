"""Clauses and word sequences, as the conduct detectors read a text (conduct.py,
reviews.py, marketplaces.py): a text cut into clauses, each a list of lower-case words with
their offsets, and word lists from the vocabulary matched as sequences of whole words.

Pure functions over strings; every regular expression is a plain class run, so hostile
text stays linear.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

from gigcheck.text.fold import fold

__all__ = ["Clause", "Word", "WordSeqs", "clauses", "folded_words", "is_count", "word_set", "words_of"]

# A word: a number with separators ("1,000", "1.5k"), letters and digits joined by an
# apostrophe, a dot, a hyphen or a slash ("don't", "freelancer.com", "5-star", "10/10"), or
# one of the marks the vocabulary uses ("%", "=", ",", ":").
_WORD = re.compile(r"\d+(?:[.,]\d+)+[kKmM]?\+?|[^\W_]+(?:['’.\-/][^\W_]+)*\+?|[%=→,:–—]")
# Where a clause ends: sentence punctuation before white space or the end, a line break,
# a bullet.
_CLAUSE_END = re.compile(r"[.!?;](?=\s|$)|[\n•|·]")
_COUNT = re.compile(r"\d[\d.,]*[km]?\+?")


@dataclass(frozen=True, slots=True)
class Word:
    text: str  # lower case, straight apostrophes
    start: int
    end: int


def words_of(text: str, offset: int = 0) -> list[Word]:
    return [Word(m.group().lower().replace("’", "'"), offset + m.start(), offset + m.end())
            for m in _WORD.finditer(text)]


class Clause(list[Word]):
    """A clause's words, and the set of their texts: a word list of the vocabulary first
    checks, at C speed, whether any of its entries can start in the clause (the conduct
    detectors try a few dozen lists on every clause, and most clauses hold none)."""

    @cached_property
    def texts(self) -> frozenset[str]:
        return frozenset(w.text for w in self)


@lru_cache(maxsize=512)
def clauses(text: str) -> tuple[Clause, ...]:
    """The clauses of `text`, each as its words (offsets into `text`); empty ones skipped.
    Kept for the last few hundred texts: the conduct, review and marketplace detectors
    each read the same runs of a gig. Read-only to callers."""
    return tuple(_clauses(text))


def _clauses(text: str) -> Iterator[Clause]:
    start = 0
    for m in _CLAUSE_END.finditer(text):
        words = words_of(text[start:m.start()], start)
        if words:
            yield Clause(words)
        start = m.end()
    words = words_of(text[start:], start)
    if words:
        yield Clause(words)


def is_count(word: str, quantity_words: frozenset[str]) -> bool:
    """A number ("1000", "10k", "1,500+") or a word for many ("thousands")."""
    return bool(_COUNT.fullmatch(word)) or word in quantity_words


def folded_words(entry: str) -> tuple[str, ...]:
    """The words of a vocabulary entry, folded like the text."""
    return tuple(w.text for w in words_of(_folded(entry)))


def _folded(entry: str) -> str:
    """A vocabulary entry as the text it is compared with reads (the "lines" view of a
    run: accents, look-alikes and case folded), so "reseña" matches what "Reseña" became."""
    return fold(entry).text


def word_set(entries: Iterable[str]) -> frozenset[str]:
    """One-word entries, folded like the text."""
    return frozenset(w.text for e in entries for w in words_of(_folded(e)))


class WordSeqs:
    """Entries of a word list, each a sequence of words, matched at a position of a clause
    (longest first)."""

    def __init__(self, entries: Iterable[str]) -> None:
        index: dict[str, list[tuple[str, ...]]] = {}
        for entry in entries:
            seq = tuple(w.text for w in words_of(_folded(entry)))
            if seq:
                index.setdefault(seq[0], []).append(seq)
        for seqs in index.values():
            seqs.sort(key=len, reverse=True)
        self._index = index
        self._firsts = frozenset(index)

    def __bool__(self) -> bool:
        return bool(self._index)

    def match(self, words: Sequence[Word], i: int) -> int:
        """How many words from `i` on make an entry (0: none)."""
        if i < 0 or i >= len(words):
            return 0
        for seq in self._index.get(words[i].text, ()):
            n = len(seq)
            if i + n <= len(words) and all(words[i + k].text == seq[k] for k in range(1, n)):
                return n
        return 0

    def ending_at(self, words: Sequence[Word], end: int, reach: int) -> int | None:
        """The start of an entry that ends at `end` (exclusive) and starts at most `reach`
        words before it, or None."""
        for i in range(end - 1, max(-1, end - reach - 1), -1):
            n = self.match(words, i)
            if n and i + n == end:
                return i
        return None

    def find(self, words: Sequence[Word]) -> Iterator[tuple[int, int]]:
        """Every (start, end) word span of an entry, longest at each start; no overlaps."""
        if isinstance(words, Clause) and self._firsts.isdisjoint(words.texts):
            return
        index = self._index
        i = 0
        while i < len(words):
            n = self.match(words, i) if words[i].text in index else 0
            if n:
                yield i, i + n
                i += n
            else:
                i += 1
