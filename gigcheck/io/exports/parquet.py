"""`--input-format parquet`: one gig per row of an Apache Parquet file, read with pyarrow,
the columns of the JSONL export (io/exports/rows.py): `tags` a list of strings (or text),
`extras` a list of structs `{title, price, delivery, description}`.

Rows are numbered from 1 in the file (`line` and `record` are both that number: a
Parquet file has no lines) and read a batch at a time, so memory follows the batch, not
the file. A file pyarrow cannot open, or one without an `id` column, is one error; a row
above the size limit is that row's error. `rows` reads a slice of the file's rows (a
Dask partition, gigcheck/dask: whole row groups, or a slice of a large one): its rows
keep their numbers in the whole file.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any, BinaryIO

from gigcheck.io.exports.rows import Row, RowOrError

BATCH = 1024  # rows converted to Python at a time


def _size(value: Any) -> int:
    """About how many characters a value holds (text, and the text inside lists and structs)."""
    if isinstance(value, str):
        return len(value)
    if isinstance(value, dict):
        return sum(_size(v) for v in value.values())
    if isinstance(value, list):
        return sum(_size(v) for v in value)
    return 8


def _open(stream: BinaryIO) -> Any:
    """The pyarrow ParquetFile, or a str saying why the file is not one."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        return pq.ParquetFile(stream)
    except (pa.ArrowException, OSError, ValueError) as exc:
        return f"not a readable Parquet file ({str(exc).splitlines()[0] if str(exc) else type(exc).__name__})"


def row_group_count(stream: BinaryIO) -> int:
    """How many row groups the file has (0 when it cannot be read: its error comes when read)."""
    pf = _open(stream)
    return 0 if isinstance(pf, str) else int(pf.metadata.num_row_groups)


def _groups_of(pf: Any, rows: range) -> tuple[list[int], int]:
    """The row groups that hold `rows` (0-based numbers in the file), and the number of
    the first of their rows."""
    groups: list[int] = []
    first, at = 0, 0
    for g in range(pf.metadata.num_row_groups):
        size = pf.metadata.row_group(g).num_rows
        if at < rows.stop and at + size > rows.start:
            first = first if groups else at
            groups.append(g)
        at += size
    return groups, first


def read_rows(stream: BinaryIO, max_bytes: int, rows: range | None = None) -> Iterator[RowOrError]:
    import pyarrow as pa

    pf = _open(stream)
    if isinstance(pf, str):
        yield 1, pf
        return
    names = pf.schema_arrow.names
    if "id" not in names:
        yield 1, f"the file has no 'id' column (columns: {', '.join(names)})"
        return
    rows = range(pf.metadata.num_rows) if rows is None else rows
    groups, n = _groups_of(pf, rows)
    if not groups or not rows:
        return
    try:
        # Batches of the row groups that hold the rows; those before and after are cut
        # off (a slice of a row group: memory follows the batch, not the row group).
        for batch in pf.iter_batches(batch_size=BATCH, row_groups=groups):
            if n + batch.num_rows <= rows.start:
                n += batch.num_rows
                continue
            if n < rows.start:
                batch, n = batch.slice(rows.start - n), rows.start
            if n >= rows.stop:
                break
            for columns in batch.slice(0, rows.stop - n).to_pylist():
                n += 1
                if max_bytes and _size(columns) > max_bytes:
                    yield n, "row is larger than the size limit (raise it with --max-file-size)"
                    continue
                yield n, Row(columns, format="parquet", line=n, record=n)
    except (pa.ArrowException, OSError, ValueError) as exc:
        yield n + 1, f"cannot read the rest of the file ({str(exc).splitlines()[0] if str(exc) else exc!r})"
