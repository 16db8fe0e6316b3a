"""A regular expression searched only in texts that hold one of its required words.

A vocabulary regex ("directly", "sin comisión", "hors Fiverr" ... in forty languages)
opens with a word-boundary lookbehind, so Python's engine cannot skip ahead to where a
match could start: it tries the whole pattern at every position, about a quarter of a
microsecond a character for the payment words, on every run of every gig, although most
gigs hold none of the words.

`required_words(pattern)` reads the parsed pattern for a set of literal strings of which
every match must contain one (the entries' words, the longest literal stretch between
spaces and classes), and `gated(rx)` searches a text only if an Aho-Corasick automaton
(text/multimatch.py) finds one of them in it. The gate is exact: a text without any of
them can hold no match, wherever a search starts or ends in it, so `search`, `finditer`
and `findall` return what the regex alone returns. A pattern with no such set (or
without the automaton's wheel) is searched as it is.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from importlib import import_module
from itertools import product
from typing import Any

from gigcheck.text.letters import WORD_END, WORD_START, is_word_char
from gigcheck.text.multimatch import WordFinder, word_finder

__all__ = ["GatedPattern", "gated", "required_words"]

# The parser of Python's own regex engine (3.11+; `sre_parse` before, deprecated since): the
# gate reads a pattern as the engine does. Private modules, so typed loosely.
_sre_parse: Any = import_module("re._parser")
_sre_constants: Any = import_module("re._constants")

# A product of literal sets larger than this is cut where it stands (the analysis stays
# bounded on a vocabulary of thousands of entries; a smaller set is as sound).
_MAX_STRINGS = 4096
# A character class of at most this many single characters reads as those characters
# ("['’]", "[.-]"); larger ones end a literal stretch.
_MAX_CLASS = 8
# A clause of ASCII strings this short would hold in nearly every text: it is left out
# (a character of another script, "外", "직", is rare enough in most gigs).
_MIN_LENGTH = 3

_C = _sre_constants
_ZERO_WIDTH = (_C.ASSERT, _C.ASSERT_NOT, _C.AT)
_REPEATS = tuple(op for op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)) if op)


# A required string's edges: whether the pattern puts `WORD_START` right before it and
# `WORD_END` right after it (the payment words are whole words: "sin" must not pass
# "using"). The gate then skips an occurrence with a word character on that side, as
# the regex's own one-character lookaround would.
Edges = tuple[bool, bool]
_Required = dict[str, Edges]
# Alternatives of what a match contains: each a list of clauses that must all hold.
Requirement = list[list[_Required]]
# A gate's alternatives, each its clauses' strings, and for each string the alternatives
# whose first clause holds it.
_Alternatives = tuple[dict[str, tuple[int, ...]], tuple[tuple[frozenset[str], ...], ...]]



def required_words(pattern: str, flags: int = 0) -> Requirement | None:
    """Alternatives of what every match of `pattern` contains: each a list of clauses that
    must all hold, a clause holding where one of its strings occurs (with its edges). None
    when an alternative promises nothing worth a gate (case-insensitive patterns, short
    strings only)."""
    if flags & re.IGNORECASE:
        return None
    try:
        parsed = _sre_parse.parse(pattern, flags)
    except (re.error, RecursionError):
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    out: Requirement = []
    alternatives = _Analysis().alternatives(list(parsed))
    if not alternatives:
        return None  # a pattern that never matches: not worth a gate either
    for alternative in alternatives:
        clauses = [c for c in alternative if all(len(w) >= _MIN_LENGTH or not w.isascii() for w in c)]
        if not clauses:
            return None
        out.append(clauses)
    return out


def _shape(node: Any) -> Any:
    """A parsed node as nested tuples, to compare with another by value."""
    if isinstance(node, (tuple, list)):
        return tuple(_shape(x) for x in node)
    if isinstance(node, _sre_parse.SubPattern):
        return tuple(_shape(x) for x in node)
    return node


_WORD_START = _shape(_sre_parse.parse(WORD_START)[0])
_WORD_END = _shape(_sre_parse.parse(WORD_END)[0])
_NEVER = _shape(_sre_parse.parse("(?!)")[0])


def _union(sets: list[_Required]) -> _Required:
    out: _Required = {}
    for found in sets:
        for s, (a, b) in found.items():
            old = out.get(s)
            out[s] = (a, b) if old is None else (a and old[0], b and old[1])  # either may be the one
    return out


class _Analysis:
    """For each node of a parsed pattern: `exact`, the finite set of strings it matches
    (None if not finite and literal), and `required`, strings one of which any match of
    it contains (None if none is known)."""

    def exact(self, node: tuple[Any, Any]) -> set[str] | None:
        op, av = node
        if op is _C.LITERAL:
            return {chr(av)}
        if op is _C.IN:
            chars = [chr(v) for o, v in av if o is _C.LITERAL]
            return set(chars) if len(chars) == len(av) and 0 < len(chars) <= _MAX_CLASS else None
        if op is _C.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                return None
            return self.exact_seq(list(av[3]))
        if op is getattr(_C, "ATOMIC_GROUP", None):
            return self.exact_seq(list(av))
        if op is _C.BRANCH:
            out: set[str] = set()
            for branch in av[1]:
                got = self.exact_seq(list(branch))
                if got is None:
                    return None
                out |= got
            return out if len(out) <= _MAX_STRINGS else None
        if op in _REPEATS:
            lo, hi, body = av
            if hi > 1:
                return None
            got = self.exact_seq(list(body))
            if got is None:
                return None
            return got | {""} if lo == 0 else got
        return None

    def exact_seq(self, nodes: list[tuple[Any, Any]]) -> set[str] | None:
        cur = {""}
        for node in nodes:
            if node[0] in _ZERO_WIDTH:
                if _shape(node) == _NEVER:
                    return set()
                continue  # consumes nothing: the strings around it stand together
            got = self.exact(node)
            if got is None or len(cur) * len(got) > _MAX_STRINGS:
                return None
            cur = {a + b for a, b in product(cur, got)}
        return cur

    def alternatives(self, nodes: list[tuple[Any, Any]], lead: bool = False, ends: bool = False) -> Requirement:
        """Of a sequence: its literal stretches (all required) and its parts' own
        requirements. One part with alternatives (the entries of a word list) stays
        spread out, each entry with the sequence's other clauses; the others are joined
        into one clause each (the best strings of each of their alternatives). `lead`,
        `ends`: the sequence stands right after `WORD_START`, right before `WORD_END`."""
        clauses: list[_Required] = []
        spread: Requirement | None = None
        cur = {""}
        trail = False  # `lead`: WORD_START right before the stretch; `trail`: WORD_END right after it

        def close() -> None:
            if "" not in cur:
                clauses.append(dict.fromkeys(cur, (lead, trail)))

        for i, node in enumerate(nodes):
            if node[0] in _ZERO_WIDTH:
                shape = _shape(node)
                if shape == _NEVER:
                    return []  # "(?!)", an empty word list's stand-in: this sequence never matches
                if shape == _WORD_START and cur == {""}:
                    lead = True
                trail = trail or shape == _WORD_END
                continue
            got = self.exact(node)
            if got is not None and len(cur) * len(got) <= _MAX_STRINGS:
                cur = {a + b for a, b in product(cur, got)}
                if not cur:
                    return []  # a part that never matches
                trail = False
                continue
            at_start = lead and cur == {""}
            close()
            trail = False
            cur, lead = (got, False) if got is not None else ({""}, False)
            if got is None:
                follows = nodes[i + 1:i + 2]
                at_end = _shape(follows[0]) == _WORD_END if follows else ends
                inner = self.node_alternatives(node, at_start, at_end)
                if not inner:
                    return []
                if len(inner) > 1 and spread is None and len(inner) <= _MAX_STRINGS:
                    spread = inner
                else:
                    joined = _joined(inner)
                    if joined is not None:
                        clauses.append(joined)
        trail = trail or ends and cur != {""}
        close()
        clauses = [c for c in clauses if c]
        return [alt + clauses for alt in spread] if spread is not None else [clauses]

    def node_alternatives(self, node: tuple[Any, Any], lead: bool = False, ends: bool = False) -> Requirement:
        op, av = node
        if op is _C.SUBPATTERN:
            return [[]] if av[1] & re.IGNORECASE else self.alternatives(list(av[3]), lead, ends)
        if op is getattr(_C, "ATOMIC_GROUP", None):
            return self.alternatives(list(av), lead, ends)
        if op is _C.BRANCH:
            return [alt for branch in av[1] for alt in self.alternatives(list(branch), lead, ends)]
        if op in _REPEATS:
            lo, _, body = av
            return self.alternatives(list(body)) if lo >= 1 else [[]]  # edges: of one repetition only
        return [[]]


def _joined(alternatives: Requirement) -> _Required | None:
    """One clause that holds wherever any of `alternatives` does: the union of each one's
    best clause (the longest shortest string, then the fewest), or None if one has none."""
    best = []
    for clauses in alternatives:
        usable = [c for c in clauses if c]
        if not usable:
            return None
        best.append(max(usable, key=lambda c: (min(len(s) for s in c), -len(c))))
    return _union(best) if best else None


class GatedPattern:
    """A compiled regex whose `search`, `finditer` and `findall` first ask whether the text
    holds what one of its branches requires (the answer for the last text asked is kept:
    a run is searched again sentence by sentence). `match` and `fullmatch` are anchored
    and cheap, and run as they are. Pickles as its regex, its words' automaton and its
    branches."""

    __slots__ = ("_branches", "_finder", "_last", "compiled", "flags", "pattern")

    def __init__(
        self, compiled: re.Pattern[str], finder: WordFinder[Edges] | None,
        branches: _Alternatives = ({}, ()),
    ) -> None:
        self.compiled = compiled
        self.pattern = compiled.pattern
        self.flags = compiled.flags
        self._finder = finder
        self._branches = branches
        self._last: tuple[str, bool] | None = None

    def __reduce__(self) -> tuple[Any, ...]:
        return GatedPattern, (self.compiled, self._finder, self._branches)

    def may_match(self, text: str) -> bool:
        """False only if no match can stand anywhere in `text`."""
        finder = self._finder
        if finder is None:
            return True
        last = self._last  # one read: another thread may set it meanwhile
        if last is not None and last[0] is text:
            return last[1]
        n = len(text)
        hits = set()
        for a, b, (lead, trail) in finder.found(text):
            # (an ASCII character is a word character when alphanumeric: the marks are not ASCII)
            if lead and a and ((c := text[a - 1]).isalnum() or c > "\x7f" and is_word_char(c)):
                continue
            if trail and b < n and ((c := text[b]).isalnum() or c > "\x7f" and is_word_char(c)):
                continue
            hits.add(text[a:b])
        # Only the alternatives whose first clause holds are read further.
        index, branches = self._branches
        found = any(
            all(not clause.isdisjoint(hits) for clause in branches[k])
            for k in sorted({k for w in hits for k in index.get(w, ())})
        )
        self._last = (text, found)
        return found

    def search(self, string: str, pos: int = 0, endpos: int = 1 << 62) -> re.Match[str] | None:
        return self.compiled.search(string, pos, endpos) if self.may_match(string) else None

    def finditer(self, string: str, pos: int = 0, endpos: int = 1 << 62) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, pos, endpos) if self.may_match(string) else iter(())

    def findall(self, string: str, pos: int = 0, endpos: int = 1 << 62) -> list[Any]:
        return self.compiled.findall(string, pos, endpos) if self.may_match(string) else []

    def match(self, string: str, pos: int = 0, endpos: int = 1 << 62) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = 1 << 62) -> re.Match[str] | None:
        return self.compiled.fullmatch(string, pos, endpos)


def gated(compiled: re.Pattern[str]) -> GatedPattern:
    """`compiled` behind the gate of its required words (no gate if it has none)."""
    need = required_words(compiled.pattern, compiled.flags)
    if need is None:
        return GatedPattern(compiled, None)
    # One automaton for every clause's strings; a string two clauses read with different
    # edges is checked with the edges both ask for (the weaker test: still exact).
    words = _union([clause for branch in need for clause in branch])
    branches = tuple(tuple(frozenset(clause) for clause in branch) for branch in need)
    index: dict[str, list[int]] = {}
    for k, branch in enumerate(branches):
        for w in branch[0]:
            index.setdefault(w, []).append(k)
    return GatedPattern(compiled, word_finder(words), ({w: tuple(ks) for w, ks in index.items()}, branches))
