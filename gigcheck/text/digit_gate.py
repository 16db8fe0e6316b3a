"""The longest run of digits that every match of a regular expression holds, so that a
text without such a run is not searched at all.

A phone pattern such as "a messenger word glued to seven digits" (`whatsapp_5551234567`)
is case-insensitive and opens with a word-boundary lookbehind: Python's engine tries it
at every position of every text, about a microsecond a character, and most gigs hold no
seven digits in a row. The literal gate (literal_gate.py) reads no case-insensitive
pattern; digits have no case, so a run of them is a gate that holds either way.

`required_digits(pattern, flags)` reads the parsed pattern for the longest run of `\\d`
(or literal digits) that its consumed text or a lookahead at its top level must hold;
`DigitGate` searches for that run first, with the pattern's own meaning of `\\d` (ASCII
or Unicode). The gate is exact: a text without the run can hold no match, wherever a
search starts or ends in it. Patterns are read once, when first searched.
"""
from __future__ import annotations

import re
from importlib import import_module
from typing import Any

from gigcheck.regex_cache import cached_regex

__all__ = ["DigitGate", "parsed_digits", "required_digits"]

# The parser of Python's own regex engine, as literal_gate.py reads it.
_sre_parse: Any = import_module("re._parser")
_C: Any = import_module("re._constants")
_REPEATS = tuple(op for op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)) if op)
_ZERO_WIDTH = (_C.AT, _C.ASSERT_NOT)
_GROUPS = tuple(op for op in (_C.SUBPATTERN, getattr(_C, "ATOMIC_GROUP", None)) if op)
_DIGITS = frozenset(map(ord, "0123456789"))

# A shorter run is in most texts (prices, years): not worth a search of its own.
MIN_RUN = 4


# A pattern is read only if its text asks for a run this long ("\d{7}", "\d{4,}"): reading
# a vocabulary's large patterns costs tens of milliseconds a process, and the others
# hold no run worth a gate.
_ASKS_RUN = cached_regex(r"\\d\{(?:[4-9]|[1-9]\d)|(?:\\d){4}")


def required_digits(pattern: str, flags: int = 0) -> int:
    """The length of a run of digits every match of `pattern` holds (0: none known, or
    none worth a gate)."""
    if _ASKS_RUN.search(pattern) is None:
        return 0
    return parsed_digits(pattern, flags)


def parsed_digits(pattern: str, flags: int = 0) -> int:
    """`required_digits`, read from the parsed pattern whatever its text."""
    try:
        parsed = _sre_parse.parse(pattern, flags)
    except (re.error, RecursionError):
        return 0
    return _sequence(list(parsed))


def _digit(node: tuple[Any, Any]) -> bool:
    """Whether `node` consumes one character, always a digit."""
    op, av = node
    if op is _C.LITERAL:
        return bool(av in _DIGITS)
    if op is not _C.IN or not av:
        return False
    for o, v in av:
        if o is _C.CATEGORY and v is _C.CATEGORY_DIGIT:
            continue
        if o is _C.LITERAL and v in _DIGITS:
            continue
        if o is _C.RANGE and v[0] in _DIGITS and v[1] in _DIGITS:
            continue
        return False  # a negated class, another category or character
    return True


def _sequence(nodes: list[tuple[Any, Any]]) -> int:
    """The longest run of digits that a match of the sequence `nodes` holds."""
    best = run = 0
    for node in nodes:
        op, av = node
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the digits around it stand together
        if op is _C.ASSERT:
            direction, inner = av
            if direction == 1:  # a lookahead holds where the match stands
                best = max(best, _sequence(list(inner)))
            continue
        if _digit(node):
            run += 1
        elif op in _REPEATS and len(av[2]) == 1 and _digit(av[2][0]):
            run += av[0]  # at least `lo` digits, next to those before and after
        else:
            best = max(best, run, _inner(node))
            run = 0
        best = max(best, run)
    return best


def _inner(node: tuple[Any, Any]) -> int:
    """The run of digits a consuming node that is no digit holds inside itself."""
    op, av = node
    if op is _C.SUBPATTERN:
        return _sequence(list(av[3]))
    if op in _GROUPS:
        return _sequence(list(av))
    if op is _C.BRANCH:
        return min((_sequence(list(b)) for b in av[1]), default=0)
    if op in _REPEATS and av[0] >= 1:
        return _sequence(list(av[2]))
    return 0


class DigitGate:
    """The search for the run of digits a pattern needs (`required_digits`), or None."""

    __slots__ = ("_last", "_run")

    def __init__(self, run: int, flags: int) -> None:
        self._run = cached_regex(r"\d" * run, flags & re.ASCII)
        self._last: tuple[str, bool] | None = None

    @classmethod
    def of(cls, pattern: str, flags: int) -> DigitGate | None:
        n = required_digits(pattern, flags)
        return cls(n, flags) if n >= MIN_RUN else None

    def may_match(self, text: str) -> bool:
        """False only if no match of the pattern can stand anywhere in `text`."""
        last = self._last  # one read: another thread may set it meanwhile
        if last is not None and last[0] is text:
            return last[1]
        found = self._run.search(text) is not None
        self._last = (text, found)
        return found
