"""Writing reports and baselines: a text stream for a path (gigcheck/files.py says how
each kind of target is written), or stdout."""
from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any

from gigcheck.files import output_stream


@contextmanager
def atomic_output(path: str | None, binary: bool = False) -> Iterator[IO[Any]]:
    """A text stream (UTF-8, "\\n" line ends) to write `path` with; stdout for None or "-".
    With `binary`, a byte stream (a Parquet report)."""
    if path is None or path == "-":
        yield getattr(sys.stdout, "buffer", sys.stdout) if binary else sys.stdout
        return
    if binary:
        with output_stream(path, "wb") as raw:
            yield raw
        return
    with output_stream(path, "w", encoding="utf-8", newline="\n") as out:
        yield out
