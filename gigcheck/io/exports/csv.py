"""`--input-format csv`: one gig per record, a header row naming the columns
(io/exports/rows.py). UTF-8 (a BOM is fine), any CSV dialect's quoting of newlines in cells.

`tags` is comma-separated text or a JSON list; `extras` is a JSON list in one cell.
Unknown columns are ignored. A record the CSV reader refuses is an error of its own
(reported as `<file>#L<line>`); the other records are still checked.
"""
from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator
from typing import BinaryIO

from gigcheck.io.exports.rows import Row, RowOrError


def read_rows(stream: BinaryIO, max_bytes: int) -> Iterator[RowOrError]:
    # The module default (128 KiB a cell) would refuse a long description before the
    # size limit we document could.
    csv.field_size_limit(max(max_bytes, 1 << 17) if max_bytes else sys.maxsize)
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    reader = csv.DictReader(text)
    try:
        header = reader.fieldnames
    except (csv.Error, UnicodeDecodeError) as exc:
        yield 1, f"cannot read the header row: {exc}"
        return
    if not header:
        yield 1, "empty file: no header row"
        return
    if "id" not in header:
        yield 1, f"the header row has no 'id' column (columns: {', '.join(header)})"
        return
    line = reader.line_num + 1
    record = 0  # the header is not one: record 1 is a spreadsheet's row 2
    while True:
        record += 1
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
        row.pop(None, None)  # cells beyond the header
        if max_bytes and sum(len(v) for v in row.values() if v) > max_bytes:
            yield start, "row is larger than the size limit (raise it with --max-file-size)"
            continue
        yield start, Row(row, format="csv", line=start, record=record)
