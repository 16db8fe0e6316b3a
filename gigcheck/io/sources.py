"""Inputs → tasks, in order: Markdown files and standard input, or the rows of exports.

`--input-format markdown` (the default) checks gig files; `jsonl` and `csv` check every
row of platform exports (io/exports/rows.py says how a row becomes a gig). Reading happens
here, in the parent process, one row at a time, so an export of any size streams; the
checking happens wherever the tasks are run (runner.py).
"""
from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator

from gigcheck.io.discovery import STDIN
from gigcheck.io.exports.rows import row_id
from gigcheck.io.reading import InputError, decode, open_binary
from gigcheck.io.tasks import Task

FORMATS = ("markdown", "jsonl", "csv")
SUFFIXES = {"markdown": ".md", "jsonl": ".jsonl", "csv": ".csv"}



def tasks(
    paths: Iterable[str], *, input_format: str = "markdown", stdin_filename: str | None = None, max_file_size: int = 0
) -> Iterator[Task]:
    for path in paths:
        name = (stdin_filename or "<stdin>") if path == STDIN else path
        if input_format == "markdown":
            yield _stdin_task(name, max_file_size) if path == STDIN else Task(Task.FILE, path)
        else:
            yield from _row_tasks(path, name, input_format, max_file_size)


def _stdin_task(name: str, max_file_size: int) -> Task:
    data = sys.stdin.buffer.read(max_file_size + 1 if max_file_size else -1)
    try:
        if max_file_size and len(data) > max_file_size:
            raise InputError("standard input is larger than the size limit (raise it with --max-file-size)")
        return Task(Task.TEXT, name, decode(data))
    except InputError as exc:
        return Task(Task.ERROR, name, str(exc))


def _row_tasks(path: str, name: str, input_format: str, max_file_size: int) -> Iterator[Task]:
    """One task per row: `<name>#<id>`, or `<name>#L<line>` for a row without a usable id."""
    if input_format == "jsonl":
        from gigcheck.io.exports.jsonl import read_rows
    else:
        from gigcheck.io.exports.csv import read_rows
    try:
        stream = sys.stdin.buffer if path == STDIN else open_binary(path)
    except InputError as exc:
        yield Task(Task.ERROR, name, str(exc))
        return
    first_line: dict[str, int] = {}  # id -> line: ids name the rows in reports and baselines
    try:
        for line, row in read_rows(stream, max_file_size):
            where = f"{name}#L{line}"
            if isinstance(row, str):
                yield Task(Task.ERROR, where, row)
                continue
            rid = row_id(row)
            if rid is None:
                yield Task(Task.ERROR, where, "the row has no 'id' (text or a whole number)")
            elif rid in first_line:
                yield Task(Task.ERROR, where, f"id '{rid}' is already the id of the row on line {first_line[rid]}")
            else:
                first_line[rid] = line
                yield Task(Task.ROW, f"{name}#{rid}", row)
    except OSError as exc:
        yield Task(Task.ERROR, name, f"cannot read: {exc.strerror or exc}")
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
