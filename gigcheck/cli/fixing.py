"""`gigcheck check --fix` and `--diff`: the findings' safe fixes (and with
`--unsafe-fixes` the unsafe ones) applied to each Markdown gig, or shown as a diff.

A fixed gig is written atomically (a temporary file in the same folder, flushed to disk,
renamed over the gig, its mode kept), in its own encoding, byte order mark and newlines;
only the fixes' ranges change. As in ruff, standard input is never written back: with
`--fix` the fixed text goes to stdout (the report then to stderr), with `--diff` its diff.
"""
from __future__ import annotations

import codecs
import difflib
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

import click

from gigcheck.files import read_bytes
from gigcheck.io.reading import InputError, decode
from gigcheck.text.english import plural

if TYPE_CHECKING:
    from gigcheck.engine.fixes import Fixed
    from gigcheck.engine.linter import Linter
    from gigcheck.policy.config import Config
    from gigcheck.report.base import Summary


class FixOptions(Protocol):
    """What fixing reads of `gigcheck check`'s options (cli/check.py's Options)."""

    paths: tuple[str, ...]
    input_format: str
    stdin_filename: str | None
    output: str | None  # read only
    quiet: bool
    fix: bool
    unsafe_fixes: bool
    diff: bool


class CheckRun(Protocol):
    """What fixing and watching use of one `gigcheck check` (cli/check.py's CheckRun):
    fixes run between its configuration and its scan."""

    @property
    def opts(self) -> FixOptions: ...

    config: Config
    inputs: list[str]
    summary: Summary
    known: frozenset[str] | None  # the baseline's fingerprints: those findings are not fixed

    def configure(self) -> None: ...
    def scan(self) -> None: ...
    def finish(self) -> int: ...

STDIN = "-"
# Byte order marks in the order decode() tests them (UTF-32's LE begins with UTF-16's).
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def encode_like(original: bytes, text: str) -> bytes:
    """`text` encoded as `original` was: the same byte order mark and codec."""
    for bom, codec in _BOMS:
        if original.startswith(bom):
            return bom + text.encode(codec)
    return text.encode("utf-8")


@dataclass
class FixRun:
    """The fixes of one `gigcheck check --fix` or `--diff` over its inputs."""

    config: Config
    unsafe: bool
    diff: bool
    stdin_filename: str | None = None
    known: frozenset[str] | None = None  # a baseline's fingerprints: hidden, so not fixed
    fixed: int = 0
    changed: int = 0  # files (or stdin) the fixes change
    stdin_text: str | None = None  # the fixed standard input, for the report that follows

    def run(self, inputs: list[str]) -> None:
        from gigcheck.engine.linter import Linter

        linter = Linter(self.config)
        for path in inputs:
            self._one(linter, path)

    def _one(self, linter: Linter, path: str) -> None:
        from gigcheck.engine.fixes import fix_text

        name = (self.stdin_filename or "<stdin>") if path == STDIN else path
        try:
            if path == STDIN:
                data = sys.stdin.buffer.read(self.config.max_file_size + 1 if self.config.max_file_size else -1)
                if self.config.max_file_size and len(data) > self.config.max_file_size:
                    raise InputError("larger than the --max-file-size limit")
            else:
                data = read_bytes(path, self.config.max_file_size)
            text = decode(data)
        except InputError as exc:
            if path == STDIN:  # nothing else will read it: say why here
                click.echo(f"gigcheck: error: {name}: {exc}", err=True)
            return  # a file: the check that follows reports it
        ignored = self.config.ignored_rules(name)
        result = fix_text(linter, text, name, self.unsafe, skip=ignored, known=self.known)
        self.fixed += result.fixed
        if result.text != text:
            self.changed += 1
        if self.diff:
            self._show_diff(name, text, result)
        elif path == STDIN:
            self.stdin_text = result.text
            sys.stdout.write(result.text)
            sys.stdout.flush()
        elif result.text != text:
            self._write(path, data, result.text)

    def _show_diff(self, name: str, before: str, result: Fixed) -> None:
        if result.text == before:
            return
        lines = difflib.unified_diff(
            before.splitlines(keepends=True), result.text.splitlines(keepends=True), name, name
        )
        for line in lines:
            click.echo(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n", nl=False)

    def _write(self, path: str, original: bytes, text: str) -> None:
        from gigcheck.cli.common import fail
        from gigcheck.files import output_stream

        try:
            with output_stream(path, "wb") as fh:
                fh.write(encode_like(original, text))
        except OSError as exc:
            raise fail(f"{path}: cannot write the fixed gig: {exc.strerror or exc}") from None

    def summary(self, remaining: int | None) -> str:
        """ "Fixed 3 problems (2 remaining)." as ruff says it; for `--diff`, what would be."""
        if self.diff:
            return f"Would fix {plural(self.fixed, 'problem')} in {plural(self.changed, 'file')}."
        rest = f" ({remaining} remaining)" if remaining is not None else ""
        return f"Fixed {plural(self.fixed, 'problem')}{rest}."


def checked_after_fixing(run: CheckRun) -> int:
    """`check --fix` / `--diff`: fix (or show the diffs), then report what remains; the
    exit code is from what remains (`--diff`: 1 when it would change something)."""
    from gigcheck.cli.common import EXIT_FINDINGS, EXIT_OK

    o = run.opts
    fixes = FixRun(run.config, o.unsafe_fixes, o.diff, o.stdin_filename, run.known)
    fixes.run(run.inputs)
    if o.diff:
        click.echo(fixes.summary(None), err=True)
        return EXIT_FINDINGS if fixes.changed else EXIT_OK
    if STDIN in run.inputs and run.opts.output in (None, "-"):
        # stdout holds the fixed text: the report goes to stderr.
        _rewind_stdin(fixes.stdin_text)
        stdout = sys.stdout
        sys.stdout = sys.stderr
        try:
            run.scan()
        finally:
            sys.stdout = stdout
    else:
        if STDIN in run.inputs:
            _rewind_stdin(fixes.stdin_text)
        run.scan()
    code = run.finish()
    s = run.summary
    if not o.quiet:
        click.echo(fixes.summary(s.errors + s.warnings + s.infos), err=True)
    return code


def _rewind_stdin(text: str | None) -> None:
    """Standard input, once read for fixing, read again by the check: its fixed text."""
    import io

    data = (text or "").encode("utf-8")
    sys.stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
