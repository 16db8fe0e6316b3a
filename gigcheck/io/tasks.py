"""The unit of work of a scan: one input → its FileResult (and, when batch rules run, the
keys the cross-gig pass needs). The same code runs in the parent (`--jobs 1`) and in the
worker processes, so results do not depend on where they were computed.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Optional

from gigcheck.records import FileResult

if TYPE_CHECKING:
    from gigcheck.policy.config import Config
    from gigcheck.engine.crossgig import GigKeys


@dataclass(frozen=True, slots=True)
class Task:
    """What to check, small enough to send to a worker: a path, or the text or row itself
    (standard input and exports are read by the parent, which alone can read them)."""

    FILE: ClassVar[str] = "file"  # payload: none; the worker reads the file
    TEXT: ClassVar[str] = "text"  # payload: the gig's text
    ROW: ClassVar[str] = "row"  # payload: the row (a dict of columns)
    ERROR: ClassVar[str] = "error"  # payload: why the input could not be read

    kind: str
    name: str  # the path reported
    payload: Any = None


def run_task(
    task: Task, config: "Config", *, keep_source: bool = False, collect: bool = False
) -> tuple[FileResult, Optional["GigKeys"]]:
    from gigcheck.engine.linter import result_and_keys

    if task.kind == Task.ERROR:
        return FileResult(path=task.name, error=task.payload), None
    if task.kind == Task.ROW:
        from gigcheck.io.exports.rows import check_row

        return check_row(task.payload, task.name, config, keep_source=keep_source, collect=collect)
    if task.kind == Task.TEXT:
        text = task.payload
    else:
        from gigcheck.io.reading import InputError, read_text

        try:
            text = read_text(task.name, config.max_file_size)
        except InputError as exc:
            return FileResult(path=task.name, error=str(exc)), None
    return result_and_keys(text, task.name, config, keep_source=keep_source, collect=collect)
