"""`--input-format csv`: one gig per record, a header row naming the columns
(io/exports/rows.py). UTF-8 (a BOM is fine), any CSV dialect's quoting of newlines in cells.

`tags` is comma-separated text or a JSON list; `extras` is a JSON list in one cell.
Unknown columns are ignored. A record the CSV reader refuses is an error of its own
(reported as `<file>#L<line>`); the other records are still checked. So is a quote never
closed (the line it opened on is named: the rest of the file would be one cell), and a
header naming a column twice.
"""
from __future__ import annotations

import csv
import io
import sys
from collections import Counter
from collections.abc import Iterator
from typing import BinaryIO

from gigcheck.io.exports.rows import Row, RowOrError
from gigcheck.regex_cache import cached_regex

_CELL_END = cached_regex(r"[,\r\n]")


class _Lines:
    """The file's lines for the CSV reader, those of the record being read kept aside.

    Python's reader ends a record at the end of the file without a word when a quoted cell
    is still open, so an unterminated quote swallows the rest of the file into one cell.
    The reader asks for a line past the last only in that case: `ended` says it did.
    """

    def __init__(self, text: io.TextIOWrapper) -> None:
        self.text = text
        self.ended = False
        self.record: list[str] = []

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        line = self.text.readline()
        if not line:
            self.ended = True
            raise StopIteration
        self.record.append(line)
        return line


def open_quote(record: str) -> int | None:
    """Offset in `record` (a record's lines) of the quote opening a cell that never closes."""
    i, n = 0, len(record)
    while i < n:
        if record[i] == '"':  # a quoted cell: runs to a quote not doubled
            j = i + 1
            while True:
                k = record.find('"', j)
                if k < 0:
                    return i
                if not record.startswith('"', k + 1):
                    break
                j = k + 2
            i = k + 1
        m = _CELL_END.search(record, i)  # the rest of the cell, quotes in it included, is text
        if m is None:
            return None
        i = m.end()
    return None


def _unterminated(lines: _Lines, start: int) -> str | None:
    """The error for a record that ran to the end of the file inside a quoted cell."""
    if not lines.ended:
        return None
    record = "".join(lines.record)
    at = open_quote(record)
    if at is None:
        return None
    line = start + record.count("\n", 0, at)
    return f"the quote opened on line {line} is never closed: the rest of the file was read as one cell"


def read_rows(stream: BinaryIO, max_bytes: int) -> Iterator[RowOrError]:
    # The module default (128 KiB a cell) would refuse a long description before the
    # size limit we document could.
    csv.field_size_limit(max(max_bytes, 1 << 17) if max_bytes else sys.maxsize)
    lines = _Lines(io.TextIOWrapper(stream, encoding="utf-8-sig", newline=""))
    reader = csv.DictReader(lines)
    try:
        header = reader.fieldnames
    except (csv.Error, UnicodeDecodeError) as exc:
        yield 1, f"cannot read the header row: {exc}"
        return
    unterminated = _unterminated(lines, 1)
    if unterminated is not None:
        yield 1, unterminated
        return
    if not header:
        yield 1, "empty file: no header row"
        return
    if "id" not in header:
        yield 1, f"the header row has no 'id' column (columns: {', '.join(header)})"
        return
    twice = sorted(c for c, n in Counter(header).items() if n > 1)
    if twice:
        yield 1, f"the header row names {', '.join(map(repr, twice))} twice: only the last such column is read"
    line = reader.line_num + 1
    record = 0  # the header is not one: record 1 is a spreadsheet's row 2
    while True:
        record += 1
        lines.record = []
        try:
            row = next(reader)
        except StopIteration:
            return
        except UnicodeDecodeError as exc:
            yield line, f"not valid UTF-8 ({exc.reason}); the rest of the file is not read"
            return
        except csv.Error as exc:
            yield line, f"invalid CSV: {exc}"
            line = reader.line_num + 1
            continue
        start, line = line, reader.line_num + 1
        unterminated = _unterminated(lines, start)
        if unterminated is not None:
            yield start, unterminated
            return
        row.pop(None, None)  # cells beyond the header
        if max_bytes and sum(len(v) for v in row.values() if v) > max_bytes:
            yield start, "row is larger than the size limit (raise it with --max-file-size)"
            continue
        yield start, Row(row, format="csv", line=start, record=record)
