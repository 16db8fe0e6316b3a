"""Widths in a terminal: the width rich lays text out in (from COLUMNS when it makes
sense), how many cells a character takes, and a long source line clipped to a window.

rich takes COLUMNS as it is: `COLUMNS=0` gave a width of 0 and printed nothing at all,
`COLUMNS=1` tables of bare borders. A width from COLUMNS is kept within [MIN_WIDTH,
MAX_WIDTH]; a COLUMNS that is not a positive number leaves the width to the terminal (80
when there is none).
"""
from __future__ import annotations

import bisect
import os
import sys
import unicodedata

MIN_WIDTH, MAX_WIDTH, DEFAULT_WIDTH = 40, 10_000, 80


def console_width() -> int | None:
    """The width to give rich's Console (None: no COLUMNS, rich asks the terminal)."""
    raw = os.environ.get("COLUMNS")
    if raw is None:
        return None
    raw = raw.strip()
    if raw.isascii() and raw.isdigit() and int(raw) > 0:
        return min(max(int(raw), MIN_WIDTH), MAX_WIDTH)
    for stream in (sys.__stdout__, sys.__stderr__):  # rich would read any digits, '٣' too
        try:
            return min(max(os.get_terminal_size(stream.fileno()).columns, MIN_WIDTH), MAX_WIDTH)  # type: ignore[union-attr]
        except (AttributeError, OSError, ValueError):
            continue
    return DEFAULT_WIDTH


# A source line longer than this is shown as a window around the span when the report
# goes to a file or a pipe (a CI log, `| less`): as rustc and ruff clip theirs.
PIPE_WIDTH = 140
ELLIPSIS = "…"


def report_width(stream: object) -> int:
    """The columns a report line may take on `stream`: COLUMNS when it is a positive
    number, the terminal's width when `stream` is one, else PIPE_WIDTH."""
    raw = os.environ.get("COLUMNS", "").strip()
    if raw.isascii() and raw.isdigit() and int(raw) > 0:
        return min(max(int(raw), MIN_WIDTH), MAX_WIDTH)
    isatty = getattr(stream, "isatty", None)
    fileno = getattr(stream, "fileno", None)
    try:
        if isatty is not None and fileno is not None and isatty():
            return min(max(os.get_terminal_size(fileno()).columns, MIN_WIDTH), MAX_WIDTH)
    except (OSError, ValueError):
        pass
    return PIPE_WIDTH


def char_cells(ch: str) -> int:
    """How many terminal cells a character takes: 2 for East Asian wide and fullwidth
    characters (CJK, most emoji), 0 for combining marks, joiners and variation
    selectors, 1 otherwise."""
    code = ord(ch)
    if code == 0x200D or 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF:
        return 0
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def cells(text: str) -> int:
    """The terminal cells `text` takes (char_cells summed)."""
    return sum(map(char_cells, text))


def clip(
    pieces: list[str], start: int, end: int, width: int, more_left: bool = False, more_right: bool = False
) -> tuple[str, int, int]:
    """A line shown in at most `width` cells, with the span under a caret.

    `pieces` are the line's characters as printed (a character may print as several
    cells: a wide one, an escape such as `\\x1b`); the span is pieces[start:end];
    `more_left` / `more_right` say the line goes on beyond the pieces given. Returns (the
    text to print, the cell where the caret starts, its length in cells). A line that
    fits is shown whole; a longer one as a window around the span, an ellipsis marking
    each cut side; a span wider than the window is shown from its start. Pieces are
    never split: a wide character is shown whole or not at all."""
    at = [0]
    for p in pieces:
        at.append(at[-1] + cells(p))
    total = at[-1]
    start = min(start, len(pieces))
    end = min(max(end, start), len(pieces))
    s, e = at[start], at[end]
    if total <= width and not (more_left or more_right):
        return "".join(pieces), s, max(1, e - s)
    room = max(1, width - 2)  # the window between two ellipses
    if e - s >= room:
        lo = s  # the span's start, and as much of it as fits
    else:
        lo = max(0, s - (room - (e - s)) // 2)  # the span centred in the window
        if not more_right:
            lo = min(lo, max(0, total - (width - 1)))  # at the line's end: no cells wasted
    first = bisect.bisect_left(at, lo, 0, len(pieces))  # whole pieces only
    left = first > 0 or more_left
    hi = at[first] + width - (1 if left else 0)
    last = max(first, bisect.bisect_right(at, hi, first) - 1)
    right = last < len(pieces) or more_right
    if right:
        last = max(first, bisect.bisect_right(at, hi - 1, first) - 1)
    shown = (ELLIPSIS if left else "") + "".join(pieces[first:last]) + (ELLIPSIS if right else "")
    offset = (1 if left else 0) + s - at[first]
    length = max(1, min(e, at[last]) - s)
    return shown, offset, length
