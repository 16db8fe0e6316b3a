"""Source offsets ↔ 1-based line and column (columns count characters, not bytes)."""
from __future__ import annotations

import bisect


class LineIndex:
    """Source offset ↔ 1-based line and column (columns count characters)."""

    __slots__ = ("source", "starts")

    def __init__(self, source: str) -> None:
        self.source = source
        starts = [0]
        find = source.find
        i = find("\n")
        while i >= 0:
            starts.append(i + 1)
            i = find("\n", i + 1)
        self.starts = starts

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    def line_span(self, offset: int) -> tuple[int, int]:
        """`[start, end)` of the line holding `offset`, its newline left out."""
        starts = self.starts
        i = bisect.bisect_right(starts, offset) - 1
        end = starts[i + 1] - 1 if i + 1 < len(starts) else len(self.source)
        return starts[i], end

    def line_text(self, line: int) -> str:
        start = self.starts[line - 1]
        end = self.source.find("\n", start)
        return self.source[start:] if end < 0 else self.source[start:end]
