"""Checking one row of an export (io/exports/rows.py lays it out as a gig)."""
from __future__ import annotations

from dataclasses import replace
from typing import Any, Mapping

from gigcheck.document.positions import LineIndex
from gigcheck.engine.linter import Linter
from gigcheck.engine.tasks import Checked, check_text
from gigcheck.io.exports.rows import RowError, RowGig, gig_from_row
from gigcheck.records import FileResult, Finding


def _relocate(f: Finding, gig: RowGig, index: LineIndex) -> Finding:
    offset = index.starts[min(f.line, len(index.starts)) - 1] + f.column - 1
    field = gig.field_at(offset)
    return f if field is None else replace(f, section=field)


def check_row(
    linter: Linter, row: Mapping[str, Any], path: str, *, keep_source: bool = False, collect: bool = False
) -> Checked:
    """Check one row as its generated gig; findings (and cross-gig keys) name their field."""
    try:
        gig = gig_from_row(row, path)
    except RowError as exc:
        return FileResult(path=path, error=str(exc)), None
    result, keys = check_text(linter, gig.text, path, keep_source=keep_source, collect=collect)
    if result.error is not None:
        return result, keys
    index = LineIndex(gig.text)
    result.findings = [_relocate(f, gig, index) for f in result.findings]
    if keys is not None:
        items = tuple(
            replace(item, finding=_relocate(item.finding, gig, index)) if item.finding else item for item in keys.items
        )
        keys = replace(keys, items=items, seller=gig.seller)
    return result, keys
