"""Where the sentences of a source end, indexed once per gig: the sentence a fix deletes
is looked up by bisection, so the fixes of k findings on one long line cost k log n,
not k times the line (each used to scan its line again from the start)."""
from __future__ import annotations

import bisect

from gigcheck.document.positions import LineIndex
from gigcheck.regex_cache import cached_regex

__all__ = ["SENTENCE_END", "SentenceIndex"]

# A sentence end: its marks and the space after them, or the marks closing the text.
SENTENCE_END = cached_regex(r"[.!?]+(?:\s+|$)")
# A run of marks (maximal: each starts after a character that is not one) and the space after it.
_MARKS = cached_regex(r"[.!?]+(\s*)")
_MARK_CHARS = ".!?"
# What may be left on a line around a deleted sentence for the whole line to go.
LINE_DECOR = " \t-*>#"


class SentenceIndex:
    """The sentence ends of `source` (runs of marks followed by space or the end of the
    source), and per line what surrounds its text. Answers exactly what
    `SENTENCE_END` matched within a line's slice would: the last end before an offset,
    the first end after one."""

    __slots__ = ("source", "lines", "_marks_at", "_marks_end", "_space_end", "_edges", "_back")

    def __init__(self, source: str, lines: LineIndex) -> None:
        self.source = source
        self.lines = lines
        n = len(source)
        marks_at: list[int] = []
        marks_end: list[int] = []
        space_end: list[int] = []
        for m in _MARKS.finditer(source):
            a, b, w = m.start(), m.start(1), m.end()
            if w > b or b == n:
                marks_at.append(a)
                marks_end.append(b)
                space_end.append(w)
        self._marks_at = marks_at
        self._marks_end = marks_end
        self._space_end = space_end
        self._edges: dict[int, tuple[int, int]] = {}
        self._back: dict[int, int] = {}

    def end_before(self, line_start: int, offset: int) -> int:
        """Where the last sentence end in `source[line_start:offset]` stops (as matched in
        that slice), or `line_start` when there is none."""
        if offset > line_start and self.source[offset - 1] in _MARK_CHARS:
            return offset  # marks that reach the slice's end close a sentence there
        i = bisect.bisect_left(self._marks_end, offset) - 1
        if i >= 0 and self._marks_at[i] >= line_start:
            return min(self._space_end[i], offset)
        return line_start

    def end_after(self, offset: int, line_end: int) -> int | None:
        """Where the first sentence end in `source[offset:line_end]` stops (as searched
        from `offset` up to `line_end`), or None."""
        i = bisect.bisect_right(self._marks_end, offset)
        if i < len(self._marks_end) and self._marks_at[i] < line_end:
            return min(self._space_end[i], line_end)
        return None

    def edges(self, line_start: int, line_end: int) -> tuple[int, int]:
        """Where a line's text starts and stops once list marks, quote marks, heading
        marks and blanks (`LINE_DECOR`) around it are left out; computed once a line."""
        got = self._edges.get(line_start)
        if got is None:
            line = self.source[line_start:line_end]
            got = (line_end - len(line.lstrip(LINE_DECOR)), line_start + len(line.rstrip(LINE_DECOR)))
            self._edges[line_start] = got
        return got

    def spaces_before(self, line_start: int, offset: int) -> int:
        """`offset` moved back over the spaces before it, not past `line_start`."""
        got = self._back.get(offset)
        if got is None:
            got = offset
            while got > line_start and self.source[got - 1] == " ":
                got -= 1
            self._back[offset] = got
        return got
