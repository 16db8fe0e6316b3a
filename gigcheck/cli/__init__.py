"""The command line: click commands only, each a thin layer over the library.

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage or
config errors, or any input that could not be read (after every other input was checked);
128 + the signal when stopped (130 Ctrl-C, 143 SIGTERM: cli/signals.py).
"""
from __future__ import annotations

import click

from gigcheck.cli.check import check
from gigcheck.cli.group import GigcheckGroup
from gigcheck.cli.init import init
from gigcheck.cli.rules import rules
from gigcheck.cli.server import server
from gigcheck.cli.show_config import show_config
from gigcheck.cli.signals import exit_on_signals
from gigcheck.version import __version__


@click.group(cls=GigcheckGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="gigcheck")
@click.pass_context
def main(ctx: click.Context) -> None:
    """Check freelance-marketplace gigs written in Markdown before an editor sees them."""
    ctx.with_resource(exit_on_signals())


main.add_command(check)
main.add_command(rules)
main.add_command(show_config)
main.add_command(init)
main.add_command(server)
