"""`gigcheck init`: a commented config and a gig that passes, to start a project from.

Nothing is overwritten without `--force`, and nothing is written unless everything can
be: every target is checked before the first file is written. `--pyproject` appends the
`[tool.gigcheck]` table to pyproject.toml (atomically: the file is replaced whole, never
left half-written) and refuses when the table is already there, `--force` or not.
"""
from __future__ import annotations

import os
import tomllib

import click

from gigcheck.cli.common import fail

CONFIG_FILE = ".gigcheck.toml"
PYPROJECT = "pyproject.toml"


@click.command("init")
@click.option("--pyproject", is_flag=True,
              help=f"Append a [tool.gigcheck] table to {PYPROJECT} instead of writing {CONFIG_FILE}.")
@click.option("--gig", "gig", default="gig.md", show_default=True, metavar="FILE",
              help="Where to write the gig template (an empty name: no template).")
@click.option("--force", is_flag=True, help=f"Overwrite an existing {CONFIG_FILE} or gig template.")
def init(pyproject: bool, gig: str, force: bool) -> None:
    """Write a commented config (every key at its default, explained) and a gig
    template that passes `gigcheck check`, in the current directory."""
    from gigcheck.policy.starter import config_text, gig_text

    writes: list[tuple[str, str]] = []
    if pyproject:
        writes.append((PYPROJECT, _with_tool_table(config_text(pyproject=True))))
    else:
        writes.append((CONFIG_FILE, config_text()))
    if gig:
        writes.append((gig, gig_text()))
    for path, _ in writes:
        if os.path.lexists(path) and not force and not (pyproject and path == PYPROJECT):  # appended to
            raise fail(f"{path}: already exists; use --force to overwrite it")
        _check_target(path)
    for path, text in writes:
        _write(path, text)
        click.echo(f"gigcheck: wrote {path}" if path != PYPROJECT else f"gigcheck: added [tool.gigcheck] to {path}")


def _with_tool_table(table: str) -> str:
    """pyproject.toml's text with `table` appended; refused when unreadable, not TOML, or
    already holding a [tool.gigcheck] table."""
    try:
        with open(PYPROJECT, encoding="utf-8", newline="") as fh:  # its line ends kept as they are
            text = fh.read()
    except FileNotFoundError:
        return table.lstrip("\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise fail(f"{PYPROJECT}: cannot read it: {getattr(exc, 'strerror', None) or exc}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise fail(f"{PYPROJECT}: not valid TOML ({exc}); nothing written") from None
    tool = data.get("tool")
    if isinstance(tool, dict) and "gigcheck" in tool:
        raise fail(f"{PYPROJECT}: already has a [tool.gigcheck] table; edit it, or remove it to start again")
    eol = "\r\n" if "\r\n" in text else "\n"
    table = table.lstrip("\n").replace("\n", eol)
    return text + ("" if not text or text.endswith("\n") else eol) + eol + table


def _check_target(path: str) -> None:
    from gigcheck.files import output_target

    try:
        output_target(path)
    except OSError as exc:
        raise fail(f"{path}: cannot write it: {exc.strerror or exc}") from None
    folder = os.path.dirname(path) or "."
    if not os.path.isdir(folder):
        raise fail(f"{path}: no such directory: {folder}")


def _write(path: str, text: str) -> None:
    from gigcheck.files import output_stream

    try:
        with output_stream(path, "w", encoding="utf-8", newline="") as out:
            out.write(text)
    except OSError as exc:
        raise fail(f"{path}: cannot write it: {exc.strerror or exc}") from None
