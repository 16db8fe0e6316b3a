"""The unit of work of a scan: what to check, small enough to send to a worker."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar


@dataclass(frozen=True, slots=True)
class Task:
    """A path, or the text or row itself (standard input and exports are read by the
    parent, which alone can read them)."""

    FILE: ClassVar[str] = "file"  # payload: none; the worker reads the file
    TEXT: ClassVar[str] = "text"  # payload: the gig's text
    ROW: ClassVar[str] = "row"  # payload: the row (a dict of columns)
    ERROR: ClassVar[str] = "error"  # payload: why the input could not be read

    kind: str
    name: str  # the path reported
    payload: Any = None
