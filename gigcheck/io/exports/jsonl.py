"""`--input-format jsonl`: one gig per line, a JSON object (columns: io/exports/rows.py).

Blank lines are skipped (and not counted: `record` numbers the other lines). A line that
is not a JSON object, is nested too deeply, or has no usable `id`, is an error of its own
(reported as `<file>#L<line>`); the other rows are still checked. Numbers no float or int
can hold are read as text (io/json_values.py); a key given twice is a finding (GC100).
"""
from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from typing import BinaryIO

from gigcheck.io.exports.rows import Row, RowOrError
from gigcheck.io.json_values import JsonValueError, load_json

_CHUNK = 1 << 16


def _lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) per line; bytes None for a line above `limit` (0: no limit),
    which is skipped without ever being held in memory whole."""
    n = 0
    while True:
        raw = stream.readline(limit + 1) if limit else stream.readline()
        if not raw:
            return
        n += 1
        if limit and len(raw) > limit and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):
                raw = stream.readline(_CHUNK)
            yield n, None
            continue
        yield n, raw


def read_rows(stream: BinaryIO, max_bytes: int) -> Iterator[RowOrError]:
    record = 0
    for n, raw in _lines(stream, max_bytes):
        if raw is None:
            record += 1
            yield n, "row is larger than the size limit (raise it with --max-file-size)"
            continue
        if n == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8):]
        if not raw.strip():
            continue
        record += 1
        duplicates: list[str] = []
        try:
            row = load_json(raw.decode("utf-8"), duplicates)
        except UnicodeDecodeError as exc:
            yield n, f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})"
            continue
        except json.JSONDecodeError as exc:
            yield n, f"invalid JSON: {exc.msg} (column {exc.colno})"
            continue
        except JsonValueError as exc:
            yield n, f"invalid row: {exc}"
            continue
        if not isinstance(row, dict):
            yield n, f"a row must be a JSON object, not {type(row).__name__}"
            continue
        yield n, Row(row, format="jsonl", line=n, record=record, duplicates=duplicates)
