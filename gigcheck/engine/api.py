"""The library's entry points: `lint_text` and `lint_file` (the CLI is a layer over the
same engine). Without a `config`, both use the default pack, loaded once per process."""
from __future__ import annotations

from pathlib import Path

from gigcheck.engine.linter import Linter, linter_for
from gigcheck.engine.tasks import check_text
from gigcheck.io.reading import InputError, read_text
from gigcheck.policy.config import Config
from gigcheck.records import FileResult, Finding

__all__ = ["Linter", "lint_file", "lint_text"]


def lint_text(text: str, *, path: str | None = None, config: Config | None = None) -> list[Finding]:
    """Findings for a gig given as text."""
    return linter_for(config).check_text(text, path or "<stdin>")


def lint_file(path: str | Path, *, config: Config | None = None, keep_source: bool = False) -> FileResult:
    """Check one file. Unreadable input and internal errors are reported in `error`,
    never raised."""
    linter = linter_for(config)
    try:
        text = read_text(path, linter.config.max_file_size)
    except InputError as exc:
        return FileResult(path=str(path), error=str(exc))
    return check_text(linter, text, str(path), keep_source=keep_source)[0]
