"""Inputs → tasks, in order: Markdown files and standard input, or the rows of exports.

`--input-format markdown` (the default) checks gig files; `jsonl`, `csv` and `parquet`
check every row of platform exports (io/exports/rows.py says how a row becomes a gig). Reading happens
here, in the parent process, one row at a time, so an export of any size streams; the
checking happens wherever the tasks are run (runner.py).
"""
from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Mapping

from gigcheck.io.discovery import STDIN
from gigcheck.io.exports.rows import Row, row_id
from gigcheck.io.reading import InputError, decode, open_binary
from gigcheck.io.tasks import Task

FORMATS = ("markdown", "jsonl", "csv", "parquet")
SUFFIXES = {"markdown": ".md", "jsonl": ".jsonl", "csv": ".csv", "parquet": ".parquet"}


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


def _row_tasks(
    path: str,
    name: str,
    input_format: str,
    max_file_size: int,
    rows: range | None = None,
    taken: Mapping[str, int] | None = None,
) -> Iterator[Task]:
    """One task per row: `<name>#<id>`, or `<name>#L<line>` for a row without a usable id.
    `rows`: only those rows of a Parquet file (0-based: a partition of it); `taken`:
    the ids that rows before them took (id -> line), which its rows cannot take again."""
    if input_format == "parquet" and path == STDIN:
        yield Task(Task.ERROR, name, "a Parquet file cannot be read from standard input (it is read by seeking)")
        return
    try:
        stream = sys.stdin.buffer if path == STDIN else open_binary(path)
    except InputError as exc:
        yield Task(Task.ERROR, name, str(exc))
        return
    first_line: dict[str, int] = dict(taken or {})  # id -> line: ids name the rows in reports and baselines
    try:
        if input_format == "jsonl":
            from gigcheck.io.exports.jsonl import read_rows
        elif input_format == "csv":
            from gigcheck.io.exports.csv import read_rows
        else:
            from gigcheck.io.exports import parquet

            yield from (row_task(name, line, row, first_line) for line, row in parquet.read_rows(
                stream, max_file_size, rows))
            return
        for line, row in read_rows(stream, max_file_size):
            yield row_task(name, line, row, first_line)
    except OSError as exc:
        yield Task(Task.ERROR, name, f"cannot read: {exc.strerror or exc}")
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()


def row_task(name: str, line: int, row: Row | str | dict[str, object], first_line: dict[str, int]) -> Task:
    """The task of the row read on `line`: its error, or the row named by its id (the
    first row with an id keeps it; `first_line` remembers where each id was)."""
    where = f"{name}#L{line}"
    if isinstance(row, str):
        return Task(Task.ERROR, where, row)
    rid = row_id(row)
    if rid is None:
        return Task(Task.ERROR, where, "the row has no 'id' (text or a whole number)")
    if rid in first_line:
        return Task(Task.ERROR, where, f"id '{rid}' is already the id of the row on line {first_line[rid]}")
    first_line[rid] = line
    return Task(Task.ROW, f"{name}#{rid}", row)


def partition_tasks(
    path: str,
    input_format: str,
    max_file_size: int,
    rows: range | None = None,
    taken: Mapping[str, int] | None = None,
) -> Iterator[Task]:
    """The tasks of one partition of an export: a whole JSONL file, or rows of a
    Parquet file (gigcheck/dask), as `tasks` would give them for the whole input when
    `taken` holds the ids that rows of the partitions before took (`partition_ids`)."""
    yield from _row_tasks(path, path, input_format, max_file_size, rows, taken)


def partition_ids(path: str, max_file_size: int, rows: range) -> Iterator[tuple[str, int]]:
    """(id, line) of rows of a Parquet file that can take their id
    (read whole, with a usable id): of each id, the first of them in the file takes it,
    and later rows cannot (`row_task`). What a partition needs to know of the others,
    without reading every row before it."""
    from gigcheck.io.exports import parquet

    try:
        stream = open_binary(path)
    except InputError:
        return  # the partition's own task reports it
    with stream:
        for line, row in parquet.read_rows(stream, max_file_size, rows):
            rid = None if isinstance(row, str) else row_id(row)
            if rid is not None:
                yield rid, line
