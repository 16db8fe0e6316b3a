"""What every command shares: exit codes and the one error style."""
from __future__ import annotations

import click

from gigcheck.report.base import terminal_safe

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def fail(message: str) -> click.exceptions.Exit:
    """Print `gigcheck: error: <message>` on stderr, on one line whatever paths it names;
    raise the returned exit (code 2)."""
    click.echo(f"gigcheck: error: {terminal_safe(message)}", err=True)
    return click.exceptions.Exit(EXIT_ERROR)


def warn(message: str) -> None:
    """Print `gigcheck: warning: <message>` on stderr, on one line whatever paths it names."""
    click.echo(f"gigcheck: warning: {terminal_safe(message)}", err=True)
