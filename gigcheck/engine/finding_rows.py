"""Findings as table rows: one row per finding, the JSON format's fields (records.py
`Finding.to_dict`) plus the input's `path`, its export `file`, the gig's `id` and
`seller`; an input that could not be read is one row with `error` set and no finding.

The Parquet report (report/parquet.py) and the Dask findings (gigcheck/dask) are built
from these rows, so a table of findings is the same however it was made.
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from gigcheck.records import FileResult, Finding, PlacedFix, Severity, TextEdit

# (column, Arrow type name); the finding's columns in `Finding.to_dict`'s order.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("path", "string"),
    ("file", "string"),
    ("id", "string"),
    ("seller", "string"),
    ("error", "string"),
    ("rule", "string"),
    ("name", "string"),
    ("category", "string"),
    ("severity", "string"),
    ("message", "string"),
    ("line", "int64"),
    ("column", "int64"),
    ("end_line", "int64"),
    ("end_column", "int64"),
    ("section", "string"),
    ("field", "string"),
    ("excerpt", "string"),
    ("suggestion", "string"),
    ("fix", "string"),  # the JSON format's `fix` object, as JSON text (null: none)
)
NAMES = tuple(name for name, _ in COLUMNS)


def result_rows(result: FileResult) -> list[dict[str, Any]]:
    """The rows of one checked input (none when it is clean)."""
    row = result.row
    gig = {
        "path": result.path,
        "file": row.file if row is not None else result.path,
        "id": row.id if row is not None and row.id else None,
        "seller": result.seller,
    }
    if result.error is not None:
        return [{**dict.fromkeys(NAMES), **gig, "error": result.error}]
    return [{**gig, "error": None, **f.to_dict(), "fix": _fix_text(f.fix)} for f in result.findings]


def _fix_text(fix: PlacedFix | None) -> str | None:
    return None if fix is None else json.dumps(fix.to_dict(), ensure_ascii=False)


def _fix_of(text: str | None) -> PlacedFix | None:
    if not text:
        return None
    data = json.loads(text)
    edits = tuple(TextEdit(**edit) for edit in data["edits"])
    return PlacedFix(data["message"], edits, data["applicability"])


def _cell(value: Any) -> Any:
    """None for a missing cell (None, NaN, pandas' NA), else the value."""
    if value is None or type(value).__name__ == "NAType":
        return None
    return None if isinstance(value, float) and value != value else value


def finding_of(row: Mapping[str, Any]) -> Finding:
    """The finding a row holds (`key` and `related` are not in rows)."""
    cell = {name: _cell(row.get(name)) for name in NAMES}
    return Finding(
        rule=str(cell["rule"]),
        name=str(cell["name"]),
        category=str(cell["category"]),
        severity=Severity.parse(str(cell["severity"])),
        message=str(cell["message"] or ""),
        line=int(cell["line"]),
        column=int(cell["column"]),
        end_line=int(cell["end_line"]),
        end_column=int(cell["end_column"]),
        section=str(cell["section"]),
        excerpt=str(cell["excerpt"] or ""),
        suggestion=cell["suggestion"],
        field=cell["field"],
        fix=_fix_of(cell["fix"]),
    )


def arrow_schema() -> Any:
    """The rows' pyarrow schema (pyarrow is imported only by who writes a table)."""
    import pyarrow as pa

    return pa.schema([(name, getattr(pa, kind)()) for name, kind in COLUMNS])
