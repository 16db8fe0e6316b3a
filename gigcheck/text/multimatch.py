"""Many literal words found in a text in one pass: an Aho-Corasick automaton.

A vocabulary gate asks which of thousands of words (and word pairs, and stems) occur in
a text. Python's sets answer it only after the text is cut into words, pairs and triples
of words (a tuple each); an automaton walks the text once, in C, and reports each
occurrence of each word. `pyahocorasick` builds it; where its wheel is missing the same
occurrences come from one regular expression shaped as a trie (slower, same answers).

The automaton pickles, so a vocabulary kept in the build cache keeps its automata and a
cold start does not build them again.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Generic, TypeVar

from gigcheck.text.trie import trie_pattern

try:  # a C extension; a platform without its wheel falls back to `re`
    import ahocorasick
except ImportError:  # pragma: no cover - covered by forcing the fallback in the tests
    ahocorasick = None

__all__ = ["WordFinder", "automaton_available"]

V = TypeVar("V")

# False: every finder takes the `re` fallback, as without the wheel (the tests run both).
USE_AUTOMATON = True


def automaton_available() -> bool:
    """Whether words are found by an Aho-Corasick automaton (else by the `re` fallback)."""
    return ahocorasick is not None and USE_AUTOMATON


class WordFinder(Generic[V]):
    """Literal words with a value each; `occurrences(text)` yields every (start, end, value)
    of every word in the text, overlapping ones included, in order of their ends (and,
    at one end, longest first): the order an Aho-Corasick automaton reports them in."""

    def __init__(self, words: Mapping[str, V]) -> None:
        self._table: list[V] = []  # the values, by the word's number
        self._words: list[str] | None = []  # the words (without an automaton)
        self._automaton: Any = None
        self._regex: re.Pattern[str] | None = None
        self._by_word: dict[str, V] | None = None
        pairs = [(w, v) for w, v in words.items() if w]
        self._table = [v for _, v in pairs]
        fits = len(pairs) < _NUMBERS and all(len(w) < _LENGTH for w, _ in pairs)
        if automaton_available() and pairs and fits:
            # Integers are stored in the automaton itself, not as Python objects: it
            # pickles smaller and loads about four times faster (a cold start reads it).
            a = ahocorasick.Automaton(ahocorasick.STORE_INTS)
            for i, (w, _) in enumerate(pairs):
                a.add_word(w, i * _LENGTH + len(w))
            a.make_automaton()
            self._automaton, self._words = a, None
        else:
            self._words = [w for w, _ in pairs]

    def __bool__(self) -> bool:
        return bool(self._table)

    def occurrences(self, text: str) -> Iterator[tuple[int, int, V]]:
        a = self._automaton
        if a is not None and USE_AUTOMATON:
            table = self._table
            for end, code in a.iter(text):
                i, n = divmod(code, _LENGTH)
                yield end + 1 - n, end + 1, table[i]
            return
        values = self._by_word
        if values is None:
            values = self._by_word = dict(zip(self.words(), self._table, strict=True))
        if not values:
            return
        rx = self._regex
        if rx is None:  # compiled on first use: a few thousand words take a while
            rx = self._regex = _fallback(values)
        found: list[tuple[int, int, V]] = []
        for m in rx.finditer(text):
            p, longest = m.start(), m.group(1)
            for i in range(len(longest), 0, -1):
                if longest[:i] in values:
                    found.append((p, p + i, values[longest[:i]]))
        found.sort(key=lambda f: (f[1], f[0]))
        yield from found

    def values(self) -> list[V]:
        """The values, in the order of `words()`."""
        return self._table

    def words(self) -> list[str]:
        """The words, in the order of their values."""
        if self._words is not None:
            return self._words
        by_number = sorted((code // _LENGTH, w) for w, code in self._automaton.items())
        return [w for _, w in by_number]

    def __getstate__(self) -> dict[str, Any]:
        # The automaton pickles as it is (the build cache keeps it built); the fallback's
        # regex is compiled again from the words.
        return {"_table": self._table, "_words": self._words, "_automaton": self._automaton}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._table, self._words, self._automaton = state["_table"], state["_words"], state["_automaton"]
        self._regex = self._by_word = None
        if self._table and (self._automaton is not None) != automaton_available():
            # built by the other engine (a cache written where the wheel was installed, or
            # was not): built again with this one
            self.__init__(dict(zip(self.words(), self._table, strict=True)))  # type: ignore[misc]


# A word's number and length share one integer of the automaton (31 bits): words up to
# 1,023 characters, up to two million words; others are found by the `re` fallback.
_LENGTH = 1 << 10
_NUMBERS = 1 << 21


def _fallback(words: Iterable[str]) -> re.Pattern[str]:
    # At each position the trie regex takes the longest word there (`trie_pattern` tries
    # longer branches first); the other words there are its prefixes.
    return re.compile("(?=(" + trie_pattern(words) + "))")
