"""The width rich lays text out in, from COLUMNS when it makes sense.

rich takes COLUMNS as it is: `COLUMNS=0` gave a width of 0 and printed nothing at all,
`COLUMNS=1` tables of bare borders. A width from COLUMNS is kept within [MIN_WIDTH,
MAX_WIDTH]; a COLUMNS that is not a positive number leaves the width to the terminal (80
when there is none).
"""
from __future__ import annotations

import os
import sys

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
