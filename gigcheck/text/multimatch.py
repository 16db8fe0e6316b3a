"""Many literal words found in a text in one pass: an Aho-Corasick automaton.

A vocabulary gate asks which of thousands of words (and word pairs, and stems) occur in
a text. Python's sets answer it only after the text is cut into words, pairs and triples
of words (a tuple each); an automaton walks the text once, in C, and reports each
occurrence of each word. `pyahocorasick` builds it.

Where its wheel is missing, `word_finder` returns None and the caller keeps its own way
(the lexicon gate its set intersections). One regular expression of the words would be
the other engine, but Python compiles one of the channel vocabulary's 16,000 gate words
in over half a second, at every start, and it searched more slowly than the sets.

The automaton pickles, so a vocabulary kept in the build cache keeps its automata and a
cold start does not build them again.
"""
from __future__ import annotations

import pickle
from collections.abc import Iterator, Mapping
from typing import Any, Generic, TypeVar

try:  # a C extension, with wheels for the common platforms
    import ahocorasick
except ImportError:  # pragma: no cover - the tests force this path with USE_AUTOMATON
    ahocorasick = None

__all__ = ["ScriptFinders", "WordFinder", "automaton_available", "word_finder"]

V = TypeVar("V")

# False: no automaton is built or used, as without the wheel (the tests run both ways).
USE_AUTOMATON = True

# A word's value number and length share one integer of the automaton (31 bits): words up
# to 1,023 characters, up to two million words (and so distinct values).
_LENGTH = 1 << 10
_NUMBERS = 1 << 21


def automaton_available() -> bool:
    """Whether words can be found by an Aho-Corasick automaton here."""
    return ahocorasick is not None and USE_AUTOMATON


def word_finder(words: Mapping[str, V]) -> WordFinder[V] | None:
    """A finder of `words` (empty ones left out), or None where no automaton can be built
    (no wheel, or words beyond its limits)."""
    pairs = [(w, v) for w, v in words.items() if w]
    if not automaton_available() or len(pairs) >= _NUMBERS or any(len(w) >= _LENGTH for w, _ in pairs):
        return None
    return WordFinder(pairs)


class WordFinder(Generic[V]):
    """Literal words with a value each; `occurrences(text)` yields every (start, end, value)
    of every word in the text, overlapping ones included, in order of their ends (and,
    at one end, longest first), as the automaton reports them."""

    def __init__(self, pairs: list[tuple[str, V]]) -> None:
        # The distinct values, numbered: a word's integer holds its value's number. Words
        # that share a value share its entry, so a cold start unpickles a few objects where
        # there were as many as words (a gate's automaton holds tens of thousands).
        self._table: list[V] = []
        numbers: dict[Any, int] = {}
        # Integers are stored in the automaton itself, not as Python objects: it pickles
        # smaller and loads about four times faster (a cold start reads it).
        a = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for w, v in pairs:
            a.add_word(w, self._number(v, numbers) * _LENGTH + len(w))
        if pairs:
            a.make_automaton()
        self._automaton: Any = a

    def _number(self, value: V, numbers: dict[Any, int]) -> int:
        try:
            key: Any = (type(value), value)  # 1 and True are different values
            found = numbers.get(key)
        except TypeError:  # unhashable: a number of its own
            key, found = None, None
        if found is None:
            found = len(self._table)
            self._table.append(value)
            if key is not None:
                numbers[key] = found
        return found

    def occurrences(self, text: str) -> Iterator[tuple[int, int, V]]:
        if not self._table:
            return
        table = self._table
        for end, code in self._automaton.iter(text):
            i, n = divmod(code, _LENGTH)
            yield end + 1 - n, end + 1, table[i]

    def found(self, text: str) -> list[tuple[int, int, V]]:
        """`occurrences(text)` as a list, made in one comprehension (a gate that reads
        every occurrence pays less per item than through the generator)."""
        table = self._table
        if not table:
            return []
        return [(end + 1 - code % _LENGTH, end + 1, table[code // _LENGTH]) for end, code in self._automaton.iter(text)]

    def any_in(self, text: str) -> bool:
        """Whether any of the words occurs in `text` (the walk stops at the first)."""
        if not self._table:
            return False
        for _ in self._automaton.iter(text):
            return True
        return False

    def items(self) -> list[tuple[str, V]]:
        """The words and their values."""
        return [(w, self._table[code // _LENGTH]) for w, code in self._automaton.items()]


class ScriptFinders(Generic[V]):
    """`words` split by script over two finders: the ASCII words', and the others'. An
    ASCII text can hold no other word, so it walks only the first; the second stays
    pickled (in the build cache too) until a text with another character asks for it.
    The channel vocabulary's gate holds words of some fifty languages: its automaton was
    12 MB, its largest part to load when checking one gig, and most gigs are ASCII (a
    text whose only other characters are dashes, quotes or emoji reaches the gate as
    ASCII: lexicon_gate.ascii_view).

    `occurrences` reports the ASCII finder's, then the other's: not in order of their
    ends, for callers that collect them (sets, flags)."""

    def __init__(self, words: Mapping[str, V]) -> None:
        self._ascii = word_finder({w: v for w, v in words.items() if w.isascii()})
        self._other: WordFinder[V] | None = word_finder({w: v for w, v in words.items() if not w.isascii()})
        self._other_packed: bytes | None = None
        self.built = self._ascii is not None and self._other is not None  # False: no automaton here

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        if state["_other_packed"] is None:
            state["_other_packed"] = pickle.dumps(state["_other"], protocol=pickle.HIGHEST_PROTOCOL)
        state["_other"] = None
        return state

    def _others(self) -> WordFinder[V] | None:
        other = self._other
        if other is None and self._other_packed is not None:
            # Two threads may unpickle it both, with the same result.
            other = self._other = pickle.loads(self._other_packed)
        return other

    def occurrences(self, text: str) -> list[tuple[int, int, V]]:
        found = self._ascii.found(text) if self._ascii is not None else []
        if not text.isascii():
            other = self._others()
            if other is not None:
                found += other.found(text)
        return found

    def items(self) -> list[tuple[str, V]]:
        """The words and their values."""
        other = self._others()
        return [*(self._ascii.items() if self._ascii else ()), *(other.items() if other else ())]
