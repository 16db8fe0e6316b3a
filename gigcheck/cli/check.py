"""`gigcheck check`: inputs → the engine → one reporter, then the exit code.

The engine, the reporters and their dependencies are imported inside the command, so
`gigcheck --version` and `--help` start without them.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any

import click

from gigcheck.cli.common import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, fail
from gigcheck.io.sources import FORMATS, SUFFIXES
from gigcheck.report import REPORTERS

if TYPE_CHECKING:
    from gigcheck.cli.progress import ScanProgress
    from gigcheck.engine.baseline import BaselineWriter
    from gigcheck.policy.config import Config
    from gigcheck.records import FileResult
    from gigcheck.report.base import Reporter, Summary


def _use_color(choice: str, stream: object) -> bool:
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


@dataclass
class Options:
    """What `gigcheck check` was asked to do, as parsed by click."""

    paths: tuple[str, ...]
    fmt: str
    output: str | None
    color: str
    policy: str | None
    config_file: str | None
    select: tuple[str, ...]
    extend_select: tuple[str, ...]
    ignore: tuple[str, ...]
    fail_on: str | None
    quiet: bool
    statistics: bool
    stdin_filename: str | None
    max_file_size: int | None
    time_budget: float | None
    no_inline_suppressions: bool
    redact: bool
    baseline_file: str | None
    write_baseline: str | None
    exit_zero: bool
    jobs: int | None
    input_format: str


@click.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(list(REPORTERS)), default="text", show_default=True,
              help="Report format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Write the report to FILE (atomically) instead of stdout.")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
              help="Color the text report (NO_COLOR is honoured).")
@click.option("--policy", help="Policy pack: a name (see `gigcheck rules --packs`) or a TOML path.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False),
              help="Config file (default: nearest .gigcheck.toml or pyproject.toml [tool.gigcheck]).")
@click.option("--select", multiple=True,
              help="Only these rules: codes, code prefixes, names or categories (comma-separated, repeatable).")
@click.option("--extend-select", multiple=True, help="Add rules to the selection.")
@click.option("--ignore", multiple=True, help="Skip these rules (same forms as --select).")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]),
              help="Lowest severity that makes the exit code 1 [default: error].")
@click.option("-q", "--quiet", is_flag=True, help="Print findings only: no summary.")
@click.option("--statistics", is_flag=True,
              help="Print counts per rule and category, clean vs flagged files, worst files.")
@click.option("--stdin-filename", help="Name to report for input read from `-`.")
@click.option("--max-file-size", type=click.IntRange(min=0),
              help="Refuse inputs above this many bytes (0: no limit) [default: 1 MiB].")
@click.option("--time-budget", type=click.FloatRange(min=0), metavar="SECONDS",
              help="Report an input that takes longer than this much CPU time to check as an error, and go on "
              "(0: no limit) [default: 10].")
@click.option("--no-inline-suppressions", is_flag=True, help="Ignore gigcheck-disable comments in the gigs.")
@click.option("--redact", is_flag=True,
              help="Mask the contact details that findings quote, in every format (CI logs are public).")
@click.option("--baseline", "baseline_file", type=click.Path(dir_okay=False),
              help="Report only findings not recorded in this baseline file.")
@click.option("--write-baseline", type=click.Path(dir_okay=False),
              help="Record the current findings in this baseline file (exit 0 unless an input is unreadable).")
@click.option("--exit-zero", is_flag=True,
              help="Exit 0 even with findings (unreadable inputs and usage errors still exit 2).")
@click.option("-j", "--jobs", type=click.IntRange(min=0),
              help="Worker processes (1: in this process; 0 or unset: one per CPU).")
@click.option("--input-format", type=click.Choice(list(FORMATS)), default="markdown", show_default=True,
              help="Markdown gig files, or exports with one gig per row (JSON lines, CSV).")
def check(**kwargs: Any) -> None:
    """Check gig files, directories (every *.md inside) or `-` for standard input."""
    run = CheckRun(Options(**kwargs))
    run.configure()
    run.scan()
    sys.exit(run.finish())


@dataclass
class CheckRun:
    """One `gigcheck check`: configured, scanned and reported in that order."""

    opts: Options
    config: Config = field(init=False)
    known: frozenset[str] | None = field(init=False, default=None)
    inputs: list[str] = field(init=False, default_factory=list)
    summary: Summary = field(init=False)
    recorder: BaselineWriter | None = field(init=False, default=None)
    worst_hit: bool = field(init=False, default=False)

    def configure(self) -> None:
        """The configuration, the baseline and the inputs; usage errors exit 2 here."""
        from gigcheck.engine.baseline import BaselineWriter, load_baseline
        from gigcheck.policy.config import load_config
        from gigcheck.policy.packs import PolicyError
        from gigcheck.report.base import Summary

        o = self.opts
        try:
            self.config = load_config(
                policy=o.policy,
                config_file=o.config_file,
                select=o.select or None,
                extend_select=o.extend_select or None,
                ignore=o.ignore or None,
                fail_on=o.fail_on,
                max_file_size=o.max_file_size,
                time_budget=o.time_budget,
                inline_suppressions=False if o.no_inline_suppressions else None,
            )
            self.known = load_baseline(o.baseline_file) if o.baseline_file else None
        except PolicyError as exc:
            raise fail(str(exc)) from None
        self.inputs = self._inputs()
        self.summary = Summary()
        self.recorder = BaselineWriter() if o.write_baseline else None

    def _inputs(self) -> list[str]:
        from gigcheck.io.discovery import expand

        o = self.opts
        suffix = SUFFIXES[o.input_format]
        empty: list[str] = []
        inputs = list(expand(list(o.paths) or ["."], self.config.exclude, suffix, on_empty=empty.append))
        if not inputs:
            raise fail(f"no {suffix} files found in {', '.join(o.paths) or '.'}")
        for folder in empty if not o.quiet else ():
            click.echo(f"gigcheck: warning: {folder}: no {suffix} files in this directory", err=True)
        if o.output and o.output != "-" and any(_same_file(o.output, p) for p in inputs):
            raise fail(f"{o.output}: the report would overwrite an input file; choose another --output")
        if o.write_baseline and any(_same_file(o.write_baseline, p) for p in inputs):
            raise fail(f"{o.write_baseline}: the baseline would overwrite an input file; choose another name")
        return inputs

    def scan(self) -> None:
        """Check every input and write the report as results arrive."""
        from gigcheck.io.output import atomic_output

        o = self.opts
        progress = self._progress()
        try:
            with atomic_output(o.output) as out:
                stream = progress.wrap(out) if progress is not None else out
                reporter = self._reporter(stream)
                reporter.start()
                for result in self._results(reporter, progress):
                    self._report(result, reporter, progress)
                reporter.end(self.summary)
                stream.flush()
        except OSError as exc:
            raise fail(f"{o.output}: cannot write the report: {exc.strerror or exc}") from None
        finally:
            if progress is not None:
                progress.close()

    def _progress(self) -> ScanProgress | None:
        if self.opts.quiet or not sys.stderr.isatty():
            return None
        from gigcheck.cli.progress import ScanProgress

        return ScanProgress(len(self.inputs) if self.opts.input_format == "markdown" else None)

    def _reporter(self, out: IO[str]) -> Reporter:
        from gigcheck.report import get_reporter

        o = self.opts
        color = _use_color(o.color, out) if o.fmt == "text" else False
        reporter: Reporter = get_reporter(o.fmt)(
            out, color=color, statistics=o.statistics, quiet=o.quiet, config=self.config
        )
        return reporter

    def _results(self, reporter: Reporter, progress: ScanProgress | None) -> Iterator[FileResult]:
        from gigcheck.engine.linter import Linter
        from gigcheck.engine.parallel import default_jobs
        from gigcheck.engine.runner import iter_results

        o = self.opts
        return iter_results(
            self.inputs,
            Linter(self.config),
            stdin_filename=o.stdin_filename,
            keep_source=type(reporter).needs_source,
            jobs=o.jobs or default_jobs(),
            input_format=o.input_format,
            on_checked=progress.checked if progress is not None else None,
        )

    def _report(self, result: FileResult, reporter: Reporter, progress: ScanProgress | None) -> None:
        from gigcheck.engine.baseline import filter_result
        from gigcheck.engine.redact import redact_result

        if result.error is not None:
            line = f"gigcheck: error: {result.path}: {result.error}"
            if progress is not None:
                progress.print(line)  # above the bar, not across it
            else:
                click.echo(line, err=True)
        if self.recorder is not None:
            self.recorder.add(result)  # everything found now, before the old baseline filters
        if self.known is not None:
            result = filter_result(result, self.known)
        if self.opts.redact:
            result = redact_result(result)
        self.summary.add(result)
        self.worst_hit = self.worst_hit or any(f.severity >= self.config.fail_on for f in result.findings)
        reporter.file(result)

    def finish(self) -> int:
        """Write the baseline if asked; the exit code."""
        o = self.opts
        if self.recorder is not None and o.write_baseline is not None:
            with _writing(o.write_baseline, "the baseline"):
                refused = self.recorder.write(o.write_baseline)
            if refused:
                click.echo(f"gigcheck: error: {o.write_baseline}: baseline {refused}", err=True)
            else:
                n = len(self.recorder.entries)
                click.echo(f"gigcheck: recorded {n} finding(s) in {o.write_baseline}", err=True)
        if self.summary.unreadable:
            return EXIT_ERROR
        # Findings just written to a baseline are accepted, so they do not fail the run.
        failing = self.worst_hit and not o.exit_zero and self.recorder is None
        return EXIT_FINDINGS if failing else EXIT_OK


@contextmanager
def _writing(path: str, what: str) -> Iterator[None]:
    try:
        yield
    except OSError as exc:
        raise fail(f"{path}: cannot write {what}: {exc.strerror or exc}") from None
