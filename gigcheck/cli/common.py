"""What every command shares: exit codes and the one error style."""
from __future__ import annotations

import click

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def fail(message: str) -> click.exceptions.Exit:
    """Print `gigcheck: error: <message>` on stderr; raise the returned exit (code 2)."""
    click.echo(f"gigcheck: error: {message}", err=True)
    return click.exceptions.Exit(EXIT_ERROR)


def warn(message: str) -> None:
    """Print `gigcheck: warning: <message>` on stderr."""
    click.echo(f"gigcheck: warning: {message}", err=True)
