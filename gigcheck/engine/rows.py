"""A row of an export, checked: its gig (io/exports/rows.py builds it from the fields),
and its findings located in the file: the row's line, the field, columns in its value.

tasks.py runs the check between the two steps here (`row_gig`, then `locate`).
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from gigcheck.engine.crossgig import GigKeys
from gigcheck.engine.linter import Linter
from gigcheck.io.exports.rows import RowError, RowGig, gig_from_row, row_id
from gigcheck.records import FileResult, Finding, RowOrigin


def origin_of(row: Mapping[str, Any], path: str) -> RowOrigin:
    """Where the row is: rows read from an export (io/exports) say it; any other mapping
    is taken as line 1 of a JSONL file. `path` is `<file>#<id>`."""
    rid = row_id(row) or ""
    file = path[: -len(rid) - 1] if rid and path.endswith("#" + rid) else path
    return RowOrigin(
        file=file,
        line=getattr(row, "line", 1),
        record=getattr(row, "record", 1),
        format=getattr(row, "format", "jsonl"),
        id=rid,
    )


def row_gig(linter: Linter, row: Mapping[str, Any], path: str) -> RowGig | FileResult:
    """The row's gig, or the row's error (a field of the wrong type)."""
    origin = origin_of(row, path)
    try:
        return gig_from_row(row, path, linter.parse, origin.format)
    except RowError as exc:
        return FileResult(path=path, error=str(exc), row=origin)
    except RecursionError:
        return FileResult(path=path, error="too deeply nested to check (recursion limit)", row=origin)


def _locate(f: Finding, gig: RowGig, origin: RowOrigin) -> Finding:
    """The finding at the row's line, in its field, columns counted in the field's value."""
    starts = gig.gig.index.starts
    start = starts[min(f.line, len(starts)) - 1] + f.column - 1
    end = starts[min(f.end_line, len(starts)) - 1] + f.end_column - 1
    field, column, end_column = gig.locate(start, end)
    # No fix: its edits are placed in the gig rendered from the row, not in the export
    # (`--fix` changes Markdown gigs only).
    return replace(f, line=origin.line, column=column, end_line=origin.line, end_column=end_column, field=field,
                   fix=None)


def locate(
    gig: RowGig, row: Mapping[str, Any], result: FileResult, keys: GigKeys | None, *, keep_source: bool = False
) -> tuple[FileResult, GigKeys | None]:
    """The checked gig's result (and cross-gig keys) located in the export: findings at
    the row's line and in their fields; `values` holds the values they are in (every
    value with `keep_source`), as a row has no source lines to show."""
    origin = origin_of(row, result.path)
    result.row = origin
    if result.error is not None:
        return result, keys
    result.findings = [_locate(f, gig, origin) for f in result.findings]
    result.secrets = [_locate(f, gig, origin) for f in result.secrets]
    result.lines, result.source = {}, None
    shown = {f.field for f in result.findings if f.field is not None}
    if keys is not None:
        items = tuple(
            replace(item, finding=_locate(item.finding, gig, origin)) if item.finding else item for item in keys.items
        )
        # A cross-gig finding is added later, in the parent: keep its field's value at hand.
        shown.update(item.finding.field for item in items if item.finding and item.finding.field is not None)
        keys = GigKeys(keys.seller, items, {})
    result.values = gig.texts(None if keep_source else shown)
    return result, keys
