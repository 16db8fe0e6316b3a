"""The `gigcheck` command group: one error style and quiet pipes for every command.

click's own validation errors (an unknown option, a bad choice, a missing value) are
printed like gigcheck's: one line `gigcheck: error: ...` on stderr, exit 2, instead of
click's usage block. `--help` is untouched.
"""
from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any, NoReturn

import click

from gigcheck.cli.common import EXIT_ERROR, fail
from gigcheck.cli.pipes import QuietPipe

EXIT_INTERRUPTED = 130  # the shell's code for Ctrl-C (128 + SIGINT)


def one_line(exc: click.ClickException) -> str:
    """The exception's message as gigcheck says things: one line, lower-case start, and
    for a usage error the help to read."""
    text = " ".join(exc.format_message().split())
    if text[:1].isupper() and text[1:2].islower():
        text = text[0].lower() + text[1:]
    ctx = getattr(exc, "ctx", None)
    if isinstance(exc, click.UsageError) and ctx is not None:
        text = f"{text.rstrip('.')} (see `{ctx.command_path} --help`)"
    return text


class GigcheckGroup(click.Group):
    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> NoReturn:
        out, err = sys.stdout, sys.stderr
        sys.stdout, sys.stderr = QuietPipe(out), QuietPipe(err)
        try:
            code = self._run(args, prog_name, complete_var, **extra)
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            sys.stdout, sys.stderr = out, err
        sys.exit(code)

    def _run(self, args: Sequence[str] | None, prog_name: str | None, complete_var: str | None, **extra: Any) -> int:
        try:
            rv = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except SystemExit as exc:
            return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else EXIT_ERROR)
        except click.exceptions.NoArgsIsHelpError as exc:
            exc.show()  # `gigcheck` alone: the help, as click gives it
            return exc.exit_code
        except click.ClickException as exc:
            fail(one_line(exc))
            return EXIT_ERROR
        except click.Abort:
            fail("interrupted")
            return EXIT_INTERRUPTED
        return rv if isinstance(rv, int) else 0
