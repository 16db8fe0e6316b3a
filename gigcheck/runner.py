"""Inputs → results, in input order. The one place that decides how files are read."""
from __future__ import annotations

import sys
from typing import Iterable, Iterator, Optional

from .config import Config
from .discovery import STDIN
from .engine import lint_file, result_for_text
from .model import FileResult
from .reading import InputError, decode


def read_stdin(name: str, config: Config, *, keep_source: bool = False) -> FileResult:
    data = sys.stdin.buffer.read(config.max_file_size + 1 if config.max_file_size else -1)
    try:
        if config.max_file_size and len(data) > config.max_file_size:
            raise InputError("standard input is larger than the size limit (raise it with --max-file-size)")
        text = decode(data)
    except InputError as exc:
        return FileResult(path=name, error=str(exc))
    return result_for_text(text, name, config, keep_source=keep_source)


def iter_results(
    paths: Iterable[str], config: Config, *, stdin_filename: Optional[str] = None, keep_source: bool = False
) -> Iterator[FileResult]:
    # keep_source: the reporter shows whole gigs (HTML); others don't pay for carrying them.
    for path in paths:
        if path == STDIN:
            yield read_stdin(stdin_filename or "<stdin>", config, keep_source=keep_source)
        else:
            yield lint_file(path, config=config, keep_source=keep_source)
