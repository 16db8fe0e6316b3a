"""`gigcheck check`: inputs → the engine → one reporter, then the exit code.

The engine, the reporters and their dependencies are imported inside the command, so
`gigcheck --version` and `--help` start without them.
"""
from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any

import click

from gigcheck.cli.common import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, fail, warn
from gigcheck.io.reading import MAX_FILE_SIZE
from gigcheck.io.sources import FORMATS, SUFFIXES
from gigcheck.report import EXTENSIONS, REPORTERS, format_for
from gigcheck.report.base import terminal_safe
from gigcheck.text.english import plural

SCHEDULED_INPUTS = ("parquet", "jsonl")
SCHEDULED_FORMATS = ("parquet", "jsonl", "json")

if TYPE_CHECKING:
    from gigcheck.cli.progress import ScanProgress
    from gigcheck.engine.baseline import BaselineWriter
    from gigcheck.engine.linters import LinterSet
    from gigcheck.policy.config import Config
    from gigcheck.policy.tree import ConfigTree
    from gigcheck.records import FileResult
    from gigcheck.report.base import Inputs, Reporter, Summary


def _use_color(choice: str, stream: object) -> bool:
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _same_file(a: str, b: str) -> bool:
    """Whether `a` and `b` are one file (or, when either is missing, one path)."""
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return os.path.realpath(a) == os.path.realpath(b)


@dataclass
class Options:
    """What `gigcheck check` was asked to do, as parsed by click."""

    paths: tuple[str, ...]
    fmt: str | None
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
    force_exclude: bool
    scheduler: str | None
    # Fixes and watching (cli/fixing.py, cli/watch.py)
    fix: bool = False
    unsafe_fixes: bool = False
    diff: bool = False
    watch: bool = False


@click.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(list(REPORTERS)), metavar="FORMAT",
              help=f"Report format: {', '.join(REPORTERS)} [default: text, or --output's extension's].")
@click.option("-o", "--output", type=click.Path(), metavar="FILE",
              help="Write the report to FILE (atomically) instead of stdout; .txt .json .jsonl .sarif .html "
                   ".xml (junit) set the format.")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
              metavar="auto|always|never",
              help="Color the text report (NO_COLOR is honoured); concise only with always.")
@click.option("--policy", metavar="NAME|PATH",
              help="Policy pack: a name (see `gigcheck rules --packs`) or a TOML path.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), metavar="FILE",
              help="Config file (default: nearest .gigcheck.toml or pyproject.toml [tool.gigcheck]).")
@click.option("--select", multiple=True, metavar="RULES",
              help="Only these rules: codes, code prefixes, names or categories (comma-separated, repeatable).")
@click.option("--extend-select", multiple=True, metavar="RULES", help="Add rules to the selection.")
@click.option("--ignore", multiple=True, metavar="RULES", help="Skip these rules (same forms as --select).")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), metavar="error|warning|info",
              help="Lowest severity that makes the exit code 1 [default: error].")
@click.option("-q", "--quiet", is_flag=True, help="Print findings only: no summary.")
@click.option("--statistics", is_flag=True,
              help="Print counts per rule and category, clean vs flagged files, worst files.")
@click.option("--stdin-filename", metavar="NAME", help="Name to report for input read from `-`.")
@click.option("--max-file-size", type=click.IntRange(min=0, max=MAX_FILE_SIZE), metavar="BYTES",
              help="Refuse inputs above this many bytes (0: no limit) [default: 1 MiB].")
@click.option("--time-budget", type=click.FloatRange(min=0), metavar="SECONDS",
              help="Report an input that takes longer than this much CPU time to check as an error, and go on "
              "(0: no limit) [default: 10].")
@click.option("--no-inline-suppressions", is_flag=True, help="Ignore gigcheck-disable comments in the gigs.")
@click.option("--redact", is_flag=True,
              help="Mask the contact details that findings quote, in every format (CI logs are public).")
@click.option("--baseline", "baseline_file", type=click.Path(dir_okay=False), metavar="FILE",
              help="Report only findings not recorded in this baseline file.")
@click.option("--write-baseline", type=click.Path(), metavar="FILE",
              help="Record the current findings in this baseline file (exit 0 unless an input is unreadable).")
@click.option("--exit-zero", is_flag=True,
              help="Exit 0 even with findings (unreadable inputs and usage errors still exit 2).")
@click.option("-j", "--jobs", type=click.IntRange(min=0), metavar="N",
              help="Worker processes (1: in this process; 0 or unset: one per CPU; never more than CPUs).")
@click.option("--input-format", type=click.Choice(list(FORMATS)), default="markdown", show_default=True,
              metavar="FORMAT",
              help=f"{', '.join(FORMATS)}: Markdown gig files, or exports with one gig per row "
                   "(JSON lines, CSV, Parquet).")
@click.option("--force-exclude", is_flag=True,
              help="Apply `exclude` to files named on the command line too (for pre-commit).")
@click.option("--fix", is_flag=True, help="Apply the safe fixes to the gigs (atomically), then report what remains.")
@click.option("--unsafe-fixes", is_flag=True,
              help="With --fix or --diff, also apply fixes that remove text (contact details, off-platform sentences).")
@click.option("--diff", is_flag=True, help="Show what --fix would change, as a unified diff; write nothing.")
@click.option("--watch", is_flag=True, help="Check again, and report again, whenever an input changes (Ctrl-C stops).")
@click.option("--scheduler", metavar="ADDRESS",
              help="Check parquet or jsonl exports on a Dask cluster: a scheduler's address (tcp://host:8786) "
                   "or local:N for N local worker processes (needs gigcheck[dask]).")
def check(**kwargs: Any) -> None:
    """Check gig files, directories (every *.md inside) or `-` for standard input."""
    opts = Options(**kwargs)
    if opts.watch:
        from gigcheck.cli.watch import watch

        sys.exit(watch(lambda: CheckRun(Options(**kwargs)), opts))
    if (opts.fix or opts.diff) and opts.input_format != "markdown":
        raise fail(f"--fix and --diff change Markdown gigs only, not {opts.input_format} exports")
    run = CheckRun(opts)
    run.configure()
    if opts.fix or opts.diff:
        from gigcheck.cli.fixing import checked_after_fixing

        sys.exit(checked_after_fixing(run))
    run.scan()
    sys.exit(run.finish())


@dataclass
class CheckRun:
    """One `gigcheck check`: configured, scanned and reported in that order."""

    opts: Options
    tree: ConfigTree = field(init=False)  # each input's config (the nearest to it)
    config: Config = field(init=False)  # the working directory's (or --config's)
    known: frozenset[str] | None = field(init=False, default=None)
    inputs: list[str] = field(init=False, default_factory=list)
    summary: Summary = field(init=False)
    recorder: BaselineWriter | None = field(init=False, default=None)
    worst_hit: bool = field(init=False, default=False)

    def configure(self) -> None:
        """The configuration, the baseline and the inputs; usage errors exit 2 here."""
        from gigcheck.engine.baseline import BaselineWriter, load_baseline
        from gigcheck.policy.packs import PolicyError
        from gigcheck.policy.tree import ConfigTree
        from gigcheck.report.base import Summary

        o = self.opts
        try:
            self.tree = ConfigTree(
                policy=o.policy,
                config_file=o.config_file,
                select=o.select or None,
                extend_select=o.extend_select or None,
                ignore=o.ignore or None,
                fail_on=o.fail_on,
                max_file_size=o.max_file_size,
                time_budget=o.time_budget,
                inline_suppressions=False if o.no_inline_suppressions else None,
                force_exclude=True if o.force_exclude else None,
            )
            self.config = self.tree.root
            self.known = load_baseline(o.baseline_file) if o.baseline_file else None
            # Every input's config is read now: a broken one stops the run before any check.
            self.inputs = self._inputs()
            if "-" in self.inputs:
                self.tree.for_path(o.stdin_filename or "<stdin>")
        except PolicyError as exc:
            raise fail(str(exc)) from None
        for note in self.tree.deprecations():
            warn(note)
        self._check_targets()
        o.fmt = o.fmt or _format_of(o.output)  # after: overwriting an input is the worse mistake
        self._check_scheduler()
        if "parquet" in (o.fmt, o.input_format):
            try:
                import pyarrow  # noqa: F401
            except ImportError:
                raise fail("Parquet needs pyarrow: pip install 'gigcheck[parquet]'") from None
        if o.fmt == "parquet" and (o.output is None or o.output == "-") and sys.stdout.isatty():
            raise fail("--format parquet writes a binary file: give -o FILE (or redirect stdout)")
        if o.fmt == "html":  # the report's date (report/html_header.py)
            from gigcheck.report.html_header import report_time

            try:
                report_time(os.environ)
            except ValueError as exc:
                raise fail(str(exc)) from None
        self.summary = Summary()
        self.recorder = BaselineWriter() if o.write_baseline else None

    def _inputs(self) -> list[str]:
        from gigcheck.io.discovery import expand
        from gigcheck.report.base import terminal_safe

        o = self.opts
        suffix = SUFFIXES[o.input_format]
        empty: list[str] = []

        def skipped(path: str, why: str) -> None:  # as the walk meets it: the scan has not started
            if not o.quiet:
                click.echo(f"gigcheck: warning: {terminal_safe(path)}: {why}", err=True)

        chosen = self.tree.selection(markdown=o.input_format == "markdown")
        inputs = list(expand(list(o.paths) or ["."], chosen, suffix, on_empty=empty.append, on_skip=skipped))
        # With --force-exclude, every input excluded (pre-commit staged only a README) is
        # an empty, passing report, as in ruff.
        if not inputs and not chosen.force_exclude:
            raise fail(f"no {suffix} files found in {', '.join(o.paths) or '.'}")
        for folder in empty if not o.quiet else ():
            warn(f"{folder}: no {suffix} files in this directory")
        return inputs

    def _check_scheduler(self) -> None:
        """`--scheduler` runs what a data team needs on a cluster: exports in, a table or
        lines of findings out (the results come back as rows: no source to show)."""
        o = self.opts
        if o.scheduler is None:
            return
        if o.input_format not in SCHEDULED_INPUTS:
            raise fail(f"--scheduler checks {' or '.join(SCHEDULED_INPUTS)} exports; give --input-format")
        if o.fmt not in SCHEDULED_FORMATS:
            raise fail(f"--scheduler writes {', '.join(SCHEDULED_FORMATS)} reports, not {o.fmt}; give --format")
        given = [name for name, on in (("--redact", o.redact), ("--baseline", o.baseline_file),
                                       ("--write-baseline", o.write_baseline)) if on]
        if given:
            raise fail(f"{given[0]} is not available with --scheduler yet")
        if "-" in self.inputs:
            raise fail("--scheduler reads files, not standard input")

    def _check_targets(self) -> None:
        """Refuse, before any work, to write over a file this run reads (an input, the
        config, the policy pack, the baseline), or to a directory, a block device or a
        socket (io/output.py)."""
        from gigcheck.policy.packs import resolve_pack_path

        o = self.opts
        read = [("an input file", p) for p in self.inputs if p != "-"]
        for config in self.tree.configs():
            read += [("the config file", p) for p in config.sources]
            read.append(("the policy pack", str(resolve_pack_path(config.policy))))
        report = o.output if o.output != "-" else None
        if report is not None:
            baseline = [("the baseline", o.baseline_file)] if o.baseline_file else []
            _may_write(report, "the report", "--output", read + baseline)
        if o.write_baseline is not None:
            # Over the baseline read (--baseline B --write-baseline B) is how one refreshes it.
            report_read = [("the report", report)] if report else []
            _may_write(o.write_baseline, "the baseline", "--write-baseline", read + report_read)

    def scan(self) -> None:
        """Check every input and write the report as results arrive."""
        from gigcheck.engine.linters import LinterSet
        from gigcheck.io.output import atomic_output
        from gigcheck.report import get_reporter

        o = self.opts
        progress = None if o.scheduler else self._progress()
        linter = LinterSet(self.tree, o.redact)
        binary = bool(get_reporter(o.fmt or "text").binary)
        try:
            with atomic_output(o.output, binary=binary) as out:
                stream = progress.wrap(out) if progress is not None and not binary else out
                reporter = self._reporter(stream, linter)
                reporter.start()
                for result in self._results(reporter, progress, linter):
                    self._report(result, reporter, progress)
                reporter.end(self.summary)
                stream.flush()
        except OSError as exc:
            raise fail(f"{o.output or 'stdout'}: cannot write the report: {exc.strerror or exc}") from None
        finally:
            if progress is not None:
                progress.close()

    def _progress(self) -> ScanProgress | None:
        from gigcheck.cli.progress import ScanProgress, wanted

        to_file = self.opts.output is not None and self.opts.output != "-"
        if not wanted(self.opts.quiet, None if to_file else sys.stdout, sys.stderr):
            return None

        return ScanProgress(len(self.inputs) if self.opts.input_format == "markdown" else None)

    def _given(self, linter: LinterSet) -> Inputs:
        """The arguments as typed (with `--redact`, the secrets in them masked, as in an
        input's name) and how many input files they named, for reports that say so."""
        from gigcheck.engine.redact import redact_name
        from gigcheck.report.base import Inputs

        arguments = self.opts.paths or (".",)
        if linter.redact:
            arguments = tuple(redact_name(a, linter.main.secrets_in_name(a)) for a in arguments)
        return Inputs(tuple(arguments), len(self.inputs))

    def _reporter(self, out: IO[str], linter: LinterSet) -> Reporter:
        from gigcheck.report import get_reporter

        o = self.opts
        # concise is read by editors and grep: colored only when asked (--color always).
        color = _use_color(o.color, out) if o.fmt == "text" else o.color == "always" and o.fmt == "concise"
        kind = get_reporter(o.fmt or "text")
        inputs = self._given(linter) if kind.shows_inputs else None
        reporter: Reporter = kind(
            out, color=color, statistics=o.statistics, quiet=o.quiet, config=self.tree.overview(), inputs=inputs
        )
        return reporter

    def _results(self, reporter: Reporter, progress: ScanProgress | None, linter: LinterSet) -> Iterator[FileResult]:
        from gigcheck.engine.parallel import default_jobs
        from gigcheck.engine.runner import iter_results

        o = self.opts
        if o.scheduler is not None:
            return self._scheduled()
        return iter_results(
            self.inputs,
            linter,
            stdin_filename=o.stdin_filename,
            keep_source=type(reporter).needs_source,
            jobs=o.jobs or default_jobs(),
            input_format=o.input_format,
            on_checked=progress.checked if progress is not None else None,
        )

    def _scheduled(self) -> Iterator[FileResult]:
        """The results of a run on a Dask cluster (gigcheck/dask/cluster.py)."""
        try:
            from gigcheck.dask.cluster import SchedulerError, connect, results
        except ImportError:
            raise fail("--scheduler needs Dask: pip install 'gigcheck[dask]'") from None
        o = self.opts
        assert o.scheduler is not None
        show = not o.quiet and sys.stderr.isatty()
        try:
            with connect(o.scheduler) as client:
                yield from results(client, self.inputs, self.config, o.input_format, progress=show)
        except SchedulerError as exc:
            raise fail(str(exc)) from None

    def _report(self, result: FileResult, reporter: Reporter, progress: ScanProgress | None) -> None:
        from gigcheck.engine.baseline import filter_result
        from gigcheck.engine.findings import without_rules
        from gigcheck.engine.redact import redact_result

        # The input's own config: its per-file-ignores and its fail-on.
        name = result.row.file if result.row is not None else result.path
        config = self.tree.for_path((self.opts.stdin_filename or "<stdin>") if name == "-" else name)
        result = without_rules(result, config.ignored_rules(result.path))
        if self.recorder is not None:
            self.recorder.add(result)  # everything found now, before the old baseline filters
        if self.known is not None:
            result = filter_result(result, self.known)
        if self.opts.redact:
            result = redact_result(result)
        if result.error is not None:
            line = f"gigcheck: error: {terminal_safe(result.path)}: {terminal_safe(result.error)}"
            if progress is not None:
                progress.print(line)  # above the bar, not across it
            else:
                click.echo(line, err=True)
        self.summary.add(result)
        self.worst_hit = self.worst_hit or any(f.severity >= config.fail_on for f in result.findings)
        reporter.file(result)

    def finish(self) -> int:
        """Write the baseline if asked; the exit code."""
        o = self.opts
        if self.recorder is not None and o.write_baseline is not None:
            with _writing(o.write_baseline, "the baseline"):
                refused = self.recorder.write(o.write_baseline)
            if refused:
                click.echo(f"gigcheck: error: {terminal_safe(o.write_baseline)}: baseline {refused}", err=True)
            else:
                n = len(self.recorder.entries)
                click.echo(f"gigcheck: recorded {plural(n, 'finding')} in {terminal_safe(o.write_baseline)}", err=True)
        if self.summary.unreadable:
            return EXIT_ERROR
        # Findings just written to a baseline are accepted, so they do not fail the run.
        failing = self.worst_hit and not o.exit_zero and self.recorder is None
        return EXIT_FINDINGS if failing else EXIT_OK


def _may_write(path: str, what: str, option: str, read: list[tuple[str, str]]) -> None:
    from gigcheck.files import output_target

    try:
        output_target(path)
    except OSError as exc:
        raise fail(f"{path}: cannot write {what}: {exc.strerror or exc}") from None
    for role, other in read:
        if _same_file(path, other):
            raise fail(f"{path}: {what} would overwrite {role}; choose another {option}")


def _is_stream(path: str) -> bool:
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return False
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)


def _format_of(output: str | None) -> str:
    """The format for `--output` when `--format` is not given: its extension's, text on
    stdout; any other extension is refused rather than guessed (a text report in
    `report.html` helps no one). A stream (`/dev/stdout`, `/dev/null`, a FIFO) is written
    as stdout is."""
    if output is None or output == "-":
        return "text"
    fmt = format_for(output)
    if fmt is None and _is_stream(output):
        return "text"
    if fmt is None:
        known = ", ".join(EXTENSIONS)
        raise fail(f"{output}: cannot tell the report format from the extension ({known}); give --format")
    return fmt


@contextmanager
def _writing(path: str, what: str) -> Iterator[None]:
    try:
        yield
    except OSError as exc:
        raise fail(f"{path}: cannot write {what}: {exc.strerror or exc}") from None
