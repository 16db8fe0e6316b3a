"""`--format parquet`: a table of findings for pandas, DuckDB or Spark, one row per
finding (engine/finding_rows.py: the JSON fields, plus the gig's `path`, `file`, `id`
and `seller`); an unreadable input is a row with `error` set. Clean inputs have no row.

Rows are written a row group at a time, so memory stays flat however many findings.
The file is binary: the CLI opens the output (or stdout) in binary mode for it.
"""
from __future__ import annotations

import sys
from typing import IO, Any, ClassVar

from gigcheck.engine.finding_rows import arrow_schema, result_rows
from gigcheck.records import FileResult
from gigcheck.report.base import Reporter, Summary, plain_statistics

ROW_GROUP = 10_000  # findings per row group


class ParquetReporter(Reporter):
    binary: ClassVar[bool] = True

    def start(self) -> None:
        import pyarrow.parquet as pq

        self.schema = arrow_schema()
        out: IO[Any] = self.out
        self.writer = pq.ParquetWriter(out, self.schema)
        self.rows: list[dict[str, Any]] = []

    def file(self, result: FileResult) -> None:
        self.rows += result_rows(result)
        if len(self.rows) >= ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        self.writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
        self.rows = []

    def end(self, summary: Summary) -> None:
        if self.rows:
            self._flush()
        self.writer.close()
        if self.statistics:
            sys.stderr.write(plain_statistics(summary))
