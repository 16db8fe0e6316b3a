"""A regular expression compiled on first use.

Python compiles a regex of a few thousand characters in milliseconds; the email and
phone vocabularies hold dozens of them, and checking one gig from the command line
paid for all of them at start although a gig without "@", "at" words or digits uses
few. `LazyPattern` keeps the source and compiles it the first time it is searched: the
same regex, so the same matches. Two threads may compile it at once; either result is
the same.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any, cast

from gigcheck.regex_cache import cached_regex
from gigcheck.text.digit_gate import DigitGate
from gigcheck.text.trie import trie_pattern

__all__ = ["LazyPattern", "WordGate"]

_UNREAD: Any = object()  # a pattern's digit gate, not read yet (None: it has none)


class LazyPattern:
    """`re.compile(pattern, flags)`, compiled when one of its methods is first called.
    `search`, `finditer` and `findall` skip a text that lacks the run of digits every
    match holds (digit_gate.py), read from the pattern on its first search."""

    __slots__ = ("_compiled", "_flags", "_gate", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None
        self._gate: DigitGate | None | object = _UNREAD

    def __getstate__(self) -> tuple[str, int, re.Pattern[str] | None]:
        return self.pattern, self._flags, self._compiled  # the gate is read again on use

    def __setstate__(self, state: Any) -> None:
        if isinstance(state, tuple) and len(state) == 2:  # pickled before the gate: (None, slots)
            slots = state[1]
            state = slots["pattern"], slots["_flags"], slots.get("_compiled")
        self.pattern, self._flags, self._compiled = state
        self._gate = _UNREAD

    @property
    def compiled(self) -> re.Pattern[str]:
        rx = self._compiled
        if rx is None:
            rx = self._compiled = cached_regex(self.pattern, self._flags)
        return rx

    def _may_match(self, string: str) -> bool:
        gate = self._gate
        if gate is _UNREAD:  # two threads may read it both, alike
            gate = self._gate = DigitGate.of(self.pattern, self._flags)
        return gate is None or cast("DigitGate", gate).may_match(string)

    def search(self, string: str, pos: int = 0, endpos: int = 1 << 62) -> re.Match[str] | None:
        return self.compiled.search(string, pos, endpos) if self._may_match(string) else None

    def match(self, string: str, pos: int = 0, endpos: int = 1 << 62) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = 1 << 62) -> re.Match[str] | None:
        return self.compiled.fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = 1 << 62) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, pos, endpos) if self._may_match(string) else iter(())

    def findall(self, string: str, pos: int = 0, endpos: int = 1 << 62) -> list[str]:
        return self.compiled.findall(string, pos, endpos) if self._may_match(string) else []

    def split(self, string: str, maxsplit: int = 0) -> list[str]:
        return self.compiled.split(string, maxsplit)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled.sub(repl, string, count)


class WordGate:
    """Whether a regex built around a word list finds anything in a text, compiling only
    the part of it that the text's letters can need.

    `template(w1, ..., wn)` is the regex, each `wi` a trie of `words` (`trie_pattern`);
    `lead` finds, at C speed, every place where it could match, its n groups the first
    letters of the words there (in each slot the word must start where the group
    stands). A text is searched with the regex cut to the words starting with those
    letters, one small piece per combination found: `search(text)` is exactly
    `bool(re.search(template(trie, ..., trie), text))`. A text with more combinations
    than `cap` is searched with the whole regex, so compiling stays bounded.
    """

    def __init__(self, words: Iterable[str], lead: str, template: Callable[..., str], cap: int = 6) -> None:
        self._by_first: dict[str, list[str]] = {}
        for w in sorted(set(words)):
            if w:
                self._by_first.setdefault(w[0], []).append(w)
        self._lead = LazyPattern(lead)
        self._template = template
        self._cap = cap
        slots = self._lead.compiled.groups
        whole = trie_pattern(w for ws in self._by_first.values() for w in ws)
        self.whole = LazyPattern(template(*[whole] * slots))
        self._pieces: dict[tuple[str, ...], re.Pattern[str]] = {}

    def search(self, text: str) -> bool:
        keys: set[tuple[str, ...]] = set()
        for m in self._lead.finditer(text):
            key: tuple[str, ...] = m.groups()
            if all(c in self._by_first for c in key):
                keys.add(key)
                if len(keys) > self._cap:
                    return self.whole.search(text) is not None
        return any(self._piece(key).search(text) is not None for key in sorted(keys))

    def _piece(self, key: tuple[str, ...]) -> re.Pattern[str]:
        rx = self._pieces.get(key)
        if rx is None:
            # From the regex store: a piece is built from the word list alone (the text
            # only chose which), one of a bounded set, like the lexicon's pieces.
            rx = self._pieces[key] = cached_regex(self._template(*(trie_pattern(self._by_first[c]) for c in key)))
        return rx
