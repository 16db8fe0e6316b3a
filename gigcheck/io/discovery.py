"""Paths on the command line → the ordered list of inputs to check."""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

from gigcheck.io.path_patterns import FileSelection

STDIN = "-"


def _walk(root: Path, seen: set[tuple[int, int]], suffix: str = ".md") -> Iterator[str]:
    """`*<suffix>` files under `root`, sorted, skipping hidden folders and symlink loops."""
    try:
        st = root.stat()
    except OSError:
        return
    ident = (st.st_dev, st.st_ino)
    if ident in seen:
        return
    seen.add(ident)
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir()
        except OSError:  # e.g. a symlink loop: reading it will say so
            is_dir = False
        if is_dir:
            yield from _walk(Path(entry.path), seen, suffix)
        elif entry.name.lower().endswith(suffix):
            yield entry.path


def expand(
    paths: list[str],
    chosen: FileSelection | None = None,
    suffix: str = ".md",
    on_empty: Callable[[str], None] | None = None,
) -> Iterator[str]:
    """Files as given (even if missing: reading reports them), directories expanded to
    their `*<suffix>` files (`.jsonl`, `.csv` for exports), or to the files `chosen`
    includes, less those it excludes (io/path_patterns.py). `on_empty(dir)` hears of a
    directory given that holds none (a typo in a path should not pass silently)."""
    seen: set[tuple[int, int]] = set()
    for raw in paths:
        if raw == STDIN:
            yield raw
            continue
        p = Path(raw)
        if p.is_dir():
            n = 0
            for found in _walk(p, seen, "" if chosen is not None else suffix):
                if chosen is None or chosen.keeps_found(found, raw, suffix):
                    n += 1
                    yield found
            if n == 0 and on_empty is not None:
                on_empty(raw)
        elif chosen is None or chosen.keeps_named(raw):
            yield raw
