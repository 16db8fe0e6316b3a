"""`gigcheck check --watch`: check, report, then poll the inputs' file stats and check
again when one changes, for sellers without an editor that speaks LSP.

Polling (no new dependency, works on every file system): each input, the folders named
on the command line (a gig added or removed changes their stats) and the config files
are stat'ed every POLL seconds. Ctrl-C stops it cleanly (exit 0).
"""
from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import click

from gigcheck.cli.common import EXIT_OK, fail

if TYPE_CHECKING:
    from gigcheck.cli.fixing import CheckRun
    from gigcheck.cli.fixing import FixOptions as Options

POLL = 0.2  # seconds between polls: a saved change is reported well within a second
INTERRUPTED = 130

Stamp = tuple[int, int, int] | None


def _stamp(path: str) -> Stamp:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return st.st_mtime_ns, st.st_size, st.st_ino


def _stamps(paths: Iterable[str]) -> dict[str, Stamp]:
    return {p: _stamp(p) for p in paths}


def watch(make_run: Callable[[], CheckRun], opts: Options, poll: float = POLL) -> int:
    """Check and report, then again after each change, until interrupted."""
    if "-" in opts.paths:
        raise fail("--watch cannot watch standard input; name the gig files")
    if opts.diff:
        raise fail("--watch and --diff do not go together")
    try:
        while True:
            watched = _once(make_run, opts)
            before = _stamps(watched)
            click.echo(f"gigcheck: watching {len(watched)} paths for changes (Ctrl-C stops)", err=True)
            while _stamps(watched) == before:
                time.sleep(poll)
            click.echo(f"\ngigcheck: [{time.strftime('%H:%M:%S')}] a change: checking again", err=True)
    except KeyboardInterrupt:
        return EXIT_OK
    except SystemExit as exc:  # Ctrl-C as cli/signals.py raises it
        if exc.code == INTERRUPTED:
            return EXIT_OK
        raise


def _once(make_run: Callable[[], CheckRun], opts: Options) -> list[str]:
    """One check and report; the paths whose change calls for the next."""
    run = make_run()
    named = list(opts.paths) or ["."]
    try:
        run.configure()
        if opts.fix:
            from gigcheck.cli.fixing import checked_after_fixing

            checked_after_fixing(run)
        else:
            run.scan()
            run.finish()
    except click.exceptions.Exit:
        pass  # said on stderr (a config error, no gigs yet): wait for a change that mends it
    config = getattr(run, "config", None)
    sources = list(config.sources) if config is not None else []
    return list(dict.fromkeys([*named, *run.inputs, *sources]))
