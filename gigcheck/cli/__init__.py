"""The command line: a thin layer over config loading, the runner and the reporters.

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage or
config errors, or any input that could not be read (after every other input was checked).
"""
from __future__ import annotations

import os
import sys
from typing import Optional

import click

from gigcheck.version import __version__
from gigcheck.report import REPORTERS

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


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


def fail(message: str) -> "click.exceptions.Exit":
    click.echo(f"gigcheck: error: {message}", err=True)
    return click.exceptions.Exit(EXIT_ERROR)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="gigcheck")
def main() -> None:
    """Check freelance-marketplace gigs written in Markdown before an editor sees them."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(list(REPORTERS)), default="text", show_default=True, help="Report format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the report to FILE (atomically) instead of stdout.")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True, help="Color the text report (NO_COLOR is honoured).")
@click.option("--policy", help="Policy pack: a name (see `gigcheck rules --packs`) or a TOML path.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), help="Config file (default: nearest .gigcheck.toml or pyproject.toml [tool.gigcheck]).")
@click.option("--select", multiple=True, help="Only these rules: codes, code prefixes, names or categories (comma-separated, repeatable).")
@click.option("--extend-select", multiple=True, help="Add rules to the selection.")
@click.option("--ignore", multiple=True, help="Skip these rules (same forms as --select).")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), help="Lowest severity that makes the exit code 1 [default: error].")
@click.option("-q", "--quiet", is_flag=True, help="Print findings only: no summary.")
@click.option("--statistics", is_flag=True, help="Print counts per rule and category, clean vs flagged files, worst files.")
@click.option("--stdin-filename", help="Name to report for input read from `-`.")
@click.option("--max-file-size", type=click.IntRange(min=0), help="Refuse inputs above this many bytes (0: no limit) [default: 1 MiB].")
@click.option("--no-inline-suppressions", is_flag=True, help="Ignore gigcheck-disable comments in the gigs.")
@click.option("--redact", is_flag=True, help="Mask the contact details that findings quote, in every format (CI logs are public).")
@click.option("--baseline", "baseline_file", type=click.Path(dir_okay=False), help="Report only findings not recorded in this baseline file.")
@click.option("--write-baseline", type=click.Path(dir_okay=False), help="Record the current findings in this baseline file (exit 0 unless an input is unreadable).")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even with findings (unreadable inputs and usage errors still exit 2).")
@click.option("-j", "--jobs", type=click.IntRange(min=0), help="Worker processes (1: in this process; 0 or unset: one per CPU).")
@click.option("--input-format", type=click.Choice(["markdown", "jsonl", "csv"]), default="markdown", show_default=True, help="Markdown gig files, or exports with one gig per row (JSON lines, CSV).")
def check(
    paths: tuple[str, ...],
    fmt: str,
    output: Optional[str],
    color: str,
    policy: Optional[str],
    config_file: Optional[str],
    select: tuple[str, ...],
    extend_select: tuple[str, ...],
    ignore: tuple[str, ...],
    fail_on: Optional[str],
    quiet: bool,
    statistics: bool,
    stdin_filename: Optional[str],
    max_file_size: Optional[int],
    no_inline_suppressions: bool,
    redact: bool,
    baseline_file: Optional[str],
    write_baseline: Optional[str],
    exit_zero: bool,
    jobs: Optional[int],
    input_format: str,
) -> None:
    """Check gig files, directories (every *.md inside) or `-` for standard input."""
    from gigcheck.engine.baseline import BaselineWriter, filter_result, load_baseline
    from gigcheck.policy.config import load_config
    from gigcheck.io.discovery import expand
    from gigcheck.policy.packs import PolicyError
    from gigcheck.report import get_reporter
    from gigcheck.engine.linter import Linter
    from gigcheck.engine.runner import iter_results
    from gigcheck.io.output import atomic_output
    from gigcheck.report.base import Summary

    try:
        config = load_config(
            policy=policy,
            config_file=config_file,
            select=select or None,
            extend_select=extend_select or None,
            ignore=ignore or None,
            fail_on=fail_on,
            max_file_size=max_file_size,
            inline_suppressions=False if no_inline_suppressions else None,
        )
        known = load_baseline(baseline_file) if baseline_file else None
    except PolicyError as exc:
        raise fail(str(exc)) from None

    from gigcheck.io.sources import SUFFIXES

    empty: list[str] = []
    inputs = list(expand(list(paths) or ["."], config.exclude, SUFFIXES[input_format], on_empty=empty.append))
    if not inputs:
        raise fail(f"no {SUFFIXES[input_format]} files found in {', '.join(paths) or '.'}")
    for folder in empty if not quiet else ():
        click.echo(f"gigcheck: warning: {folder}: no {SUFFIXES[input_format]} files in this directory", err=True)
    if output and output != "-" and any(_same_file(output, p) for p in inputs):
        raise fail(f"{output}: the report would overwrite an input file; choose another --output")
    if write_baseline and any(_same_file(write_baseline, p) for p in inputs):
        raise fail(f"{write_baseline}: the baseline would overwrite an input file; choose another name")

    summary = Summary()
    worst_hit = False
    recorder = BaselineWriter() if write_baseline else None
    progress = None
    if not quiet and sys.stderr.isatty():
        from gigcheck.cli.progress import ScanProgress

        progress = ScanProgress(len(inputs) if input_format == "markdown" else None)
    if jobs is None or jobs == 0:
        from gigcheck.engine.parallel import default_jobs

        jobs = default_jobs()
    try:
        with atomic_output(output) as out:
            if progress is not None:
                out = progress.wrap(out)  # report lines above the bar when they share a terminal
            reporter_cls = get_reporter(fmt)
            reporter = reporter_cls(
                out,
                color=_use_color(color, out) if fmt == "text" else False,
                statistics=statistics,
                quiet=quiet,
                config=config,
            )
            reporter.start()
            keep_source = getattr(reporter_cls, "needs_source", False)
            results = iter_results(
                inputs,
                Linter(config),
                stdin_filename=stdin_filename,
                keep_source=keep_source,
                jobs=jobs,
                input_format=input_format,
                on_checked=progress.checked if progress is not None else None,
            )
            for result in results:
                if result.error is not None:
                    line = f"gigcheck: error: {result.path}: {result.error}"
                    if progress is not None:
                        progress.print(line)  # above the bar, not across it
                    else:
                        click.echo(line, err=True)
                if recorder is not None:
                    recorder.add(result)  # everything found now, before the old baseline filters
                if known is not None:
                    result = filter_result(result, known)
                if redact:
                    from gigcheck.engine.redact import redact_result

                    result = redact_result(result)
                summary.add(result)
                worst_hit = worst_hit or any(f.severity >= config.fail_on for f in result.findings)
                reporter.file(result)
            reporter.end(summary)
            out.flush()
    except OSError as exc:
        raise fail(f"{output}: cannot write the report: {exc.strerror or exc}") from None
    finally:
        if progress is not None:
            progress.close()
    if recorder is not None:
        try:
            refused = recorder.write(write_baseline)
        except OSError as exc:
            raise fail(f"{write_baseline}: cannot write the baseline: {exc.strerror or exc}") from None
        if refused:
            click.echo(f"gigcheck: error: {write_baseline}: baseline {refused}", err=True)
        else:
            click.echo(f"gigcheck: recorded {len(recorder.entries)} finding(s) in {write_baseline}", err=True)
    if summary.unreadable:
        sys.exit(EXIT_ERROR)
    # Findings just written to a baseline are accepted, so they do not fail the run.
    sys.exit(EXIT_FINDINGS if worst_hit and not exit_zero and recorder is None else EXIT_OK)


@main.command()
@click.argument("rule", required=False)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--packs", is_flag=True, help="List the policy packs instead.")
@click.option("--policy", help="Show the rules as this pack (a name or a TOML path) has them.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), help="Show the rules as this config file has them.")
def rules(rule: Optional[str], fmt: str, packs: bool, policy: Optional[str], config_file: Optional[str]) -> None:
    """List every rule, or explain RULE (a code, a name, or a former code), with the
    severities and options of the effective configuration."""
    from gigcheck.cli import explain
    from gigcheck.policy.config import load_config
    from gigcheck.policy.packs import PolicyError

    try:
        config = load_config(policy=policy, config_file=config_file)
        explain.run(rule, fmt, packs, config)
    except PolicyError as exc:
        raise fail(str(exc)) from None
    except LookupError as exc:
        raise fail(str(exc.args[0])) from None
