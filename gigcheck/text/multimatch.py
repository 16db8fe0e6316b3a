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
        self._values: dict[str, V] = {w: v for w, v in words.items() if w}
        self._automaton: Any = None
        self._regex: re.Pattern[str] | None = None
        if automaton_available():
            a = ahocorasick.Automaton()
            for w, v in self._values.items():
                a.add_word(w, (len(w), v))
            if self._values:
                a.make_automaton()
                self._automaton = a

    def __bool__(self) -> bool:
        return bool(self._values)

    def occurrences(self, text: str) -> Iterator[tuple[int, int, V]]:
        a = self._automaton
        if a is not None and USE_AUTOMATON:
            for end, (n, value) in a.iter(text):
                yield end + 1 - n, end + 1, value
            return
        values = self._values
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

    def __getstate__(self) -> dict[str, Any]:
        # The automaton pickles as it is (the build cache keeps it built); the fallback's
        # regex is compiled again from the words.
        return {"_values": self._values, "_automaton": self._automaton}

    def __setstate__(self, state: dict[str, Any]) -> None:
        if (state["_automaton"] is not None) == automaton_available() or not state["_values"]:
            self._values, self._automaton, self._regex = state["_values"], state["_automaton"], None
        else:  # built by the other engine: build it again with this one
            self.__init__(state["_values"])  # type: ignore[misc]


def _fallback(words: Iterable[str]) -> re.Pattern[str]:
    # At each position the trie regex takes the longest word there (`trie_pattern` tries
    # longer branches first); the other words there are its prefixes.
    return re.compile("(?=(" + trie_pattern(words) + "))")
