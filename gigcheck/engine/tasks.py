"""One task → its FileResult (and, when batch rules run, the keys the cross-gig pass
needs). The same code runs in the parent (`--jobs 1`) and in the worker processes, so
results do not depend on where they were computed. A bug costs one input, never the
batch: it becomes that input's error.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from gigcheck.document.gig import Gig
from gigcheck.engine.budget import OverBudget, over_budget_message, time_budget
from gigcheck.engine.crossgig import GigKeys, collect_keys
from gigcheck.engine.linter import Linter, file_result
from gigcheck.engine.rows import locate, origin_of, row_gig
from gigcheck.io.reading import InputError, read_text
from gigcheck.io.tasks import Task
from gigcheck.records import FileResult

Checked = tuple[FileResult, GigKeys | None]


def check_gig(linter: Linter, gig: Gig, *, keep_source: bool = False, collect: bool = False) -> Checked:
    """Check a parsed gig; with `collect`, also take what the cross-gig rules need from
    it while it is at hand (it is never parsed again)."""
    try:
        findings, secrets = linter.examine(gig)
        keys = collect_keys(gig, findings, linter.config, linter.batch) if collect and linter.batch else None
    except RecursionError:
        return FileResult(path=gig.path, error="too deeply nested to check (recursion limit)"), None
    except Exception as exc:  # a bug must cost one file, not the whole batch
        error = f"internal error while checking ({type(exc).__name__}: {exc}); please report it"
        return FileResult(path=gig.path, error=error), None
    return file_result(linter, gig, findings, keep_source=keep_source, secrets=secrets), keys


def check_row(
    linter: Linter, row: Mapping[str, Any], path: str, *, keep_source: bool = False, collect: bool = False
) -> Checked:
    """Check a row of an export as the gig it describes (engine/rows.py): findings at the
    row's line, in their fields, with columns in the field's value. A row over the time
    budget is that row's error."""
    seconds = linter.config.time_budget
    try:
        with time_budget(seconds):
            gig = row_gig(linter, row, path)
            if isinstance(gig, FileResult):
                return gig, None
            result, keys = check_gig(linter, gig.gig, collect=collect)
            return locate(gig, row, result, keys, keep_source=keep_source)
    except OverBudget:
        return FileResult(path=path, error=over_budget_message(seconds), row=origin_of(row, path)), None


def check_text(linter: Linter, text: str, path: str, *, keep_source: bool = False, collect: bool = False) -> Checked:
    """Parse and check a gig's text; over the time budget, the file's error."""
    seconds = linter.config.time_budget
    try:
        with time_budget(seconds):
            try:
                gig = linter.parse(text, path)
            except RecursionError:
                return FileResult(path=path, error="too deeply nested to check (recursion limit)"), None
            return check_gig(linter, gig, keep_source=keep_source, collect=collect)
    except OverBudget:
        return FileResult(path=path, error=over_budget_message(seconds)), None


def run_task(linter: Linter, task: Task, *, keep_source: bool = False, collect: bool = False) -> Checked:
    result, keys = _run_task(linter, task, keep_source=keep_source, collect=collect)
    if linter.redact:  # the input's name is printed too (a file called `call-me-+44….md`)
        result.secrets = [*result.secrets, *linter.secrets_in_name(task.name)]
    return result, keys


def _run_task(linter: Linter, task: Task, *, keep_source: bool, collect: bool) -> Checked:
    if task.kind == Task.ERROR:
        return FileResult(path=task.name, error=task.payload), None
    if task.kind == Task.ROW:
        return check_row(linter, task.payload, task.name, keep_source=keep_source, collect=collect)
    if task.kind == Task.TEXT:
        text = task.payload
    else:
        try:
            text = read_text(task.name, linter.config.max_file_size)
        except InputError as exc:
            return FileResult(path=task.name, error=str(exc)), None
    return check_text(linter, text, task.name, keep_source=keep_source, collect=collect)
