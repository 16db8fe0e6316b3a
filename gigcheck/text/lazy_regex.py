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
from collections.abc import Callable, Iterator

__all__ = ["LazyPattern"]


class LazyPattern:
    """`re.compile(pattern, flags)`, compiled when one of its methods is first called."""

    __slots__ = ("_compiled", "_flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        rx = self._compiled
        if rx is None:
            rx = self._compiled = re.compile(self.pattern, self._flags)
        return rx

    def search(self, string: str, pos: int = 0, endpos: int = 1 << 62) -> re.Match[str] | None:
        return self.compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = 1 << 62) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = 1 << 62) -> re.Match[str] | None:
        return self.compiled.fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = 1 << 62) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = 1 << 62) -> list[str]:
        return self.compiled.findall(string, pos, endpos)

    def split(self, string: str, maxsplit: int = 0) -> list[str]:
        return self.compiled.split(string, maxsplit)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled.sub(repl, string, count)
