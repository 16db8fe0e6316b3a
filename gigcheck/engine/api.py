"""The library's entry points: `lint_text` and `lint_file` (the CLI is a layer over the
same engine). Without a `config`, both use the default pack, loaded once per process."""
from __future__ import annotations

import os

from gigcheck.engine.linter import Linter, linter_for
from gigcheck.engine.tasks import check_text
from gigcheck.io.reading import InputError, read_text
from gigcheck.policy.config import Config
from gigcheck.records import FileResult, Finding

__all__ = ["Linter", "lint_file", "lint_text"]


def lint_text(text: str, *, path: str | None = None, config: Config | None = None) -> list[Finding]:
    """Findings for a gig given as text. TypeError for arguments of the wrong type."""
    _expect("lint_text", "text", text, str, "a str", "; decode them first (UTF-8)")
    _expect("lint_text", "path", path, (str, type(None)), "a str or None")
    return linter_for(config).check_text(text, path or "<stdin>")


def lint_file(path: str | os.PathLike[str], *, config: Config | None = None, keep_source: bool = False) -> FileResult:
    """Check one file. Unreadable input and internal errors are reported in `error`,
    never raised; arguments of the wrong type raise TypeError."""
    fsdecode = "; os.fsdecode() turns them into one"
    _expect("lint_file", "path", path, (str, os.PathLike), "a str or an os.PathLike", fsdecode)
    name = os.fspath(path)
    _expect("lint_file", "path", name, str, "a str path", fsdecode)
    linter = linter_for(config)
    try:
        text = read_text(name, linter.config.max_file_size)
    except InputError as exc:
        return FileResult(path=name, error=str(exc))
    return check_text(linter, text, name, keep_source=keep_source)[0]


def _expect(func: str, arg: str, value: object, types: type | tuple[type, ...], what: str, hint: str = "") -> None:
    """TypeError naming the function, the argument and the type expected; `hint` says
    what to do with bytes."""
    if not isinstance(value, types):
        hint = hint if isinstance(value, bytes) else ""
        raise TypeError(f"{func}(): '{arg}' must be {what}, not {type(value).__name__}{hint}")
