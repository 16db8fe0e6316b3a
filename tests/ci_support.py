"""Helpers for the CI-integration tests (formats, suppressions, baselines, hooks)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

# A gig with two errors (an email, a forbidden title character) and one clean gig.
BAD = "---\ntitle: I will design logos & icons\n---\nIntro line.\n\nMail bob.smith@gmail.com today.\n"
CLEAN = "---\ntitle: I will design your logo\n---\nA clean logo, delivered as SVG and PNG.\n"
EMAIL = "bob.smith@gmail.com"


@dataclass
class Run:
    code: int
    out: str
    err: str

    def json(self) -> dict:
        return json.loads(self.out)


def gigcheck(*args: str, input: str | None = None) -> Run:
    """The `gigcheck` CLI in-process (fast): exit code, stdout, stderr."""
    from click.testing import CliRunner

    from gigcheck.cli import main

    result = CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)
    return Run(result.exit_code, result.stdout, result.stderr)


def check_export(fmt: str, *args: str, input: str | None = None) -> tuple[Run, dict[str, dict]]:
    """`gigcheck check --input-format FMT --format json ARGS`: the run, and its files by path."""
    run = gigcheck("check", "--input-format", fmt, "--format", "json", *args, input=input)
    return run, {f["path"]: f for f in run.json()["files"]}


def sarif_schema() -> dict:
    """The official SARIF 2.1.0 schema (OASIS), kept in tests/data so the test never skips."""
    path = Path(__file__).resolve().parent / "data" / "sarif-schema-2.1.0.json"
    return json.loads(path.read_text(encoding="utf-8"))


def write(dir: Path, name: str, text: str) -> Path:
    p = dir / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return p


def render(fmt: str, results: list, **kw) -> str:
    """Drive a reporter through its whole lifecycle over `results`, as the CLI does."""
    import io

    from gigcheck.report import get_reporter
    from gigcheck.report.base import Summary

    out = io.StringIO()
    reporter = get_reporter(fmt)(out, **kw)
    summary = Summary()
    reporter.start()
    for r in results:
        summary.add(r)
        reporter.file(r)
    reporter.end(summary)
    return out.getvalue()

