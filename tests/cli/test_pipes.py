"""Standard streams as a shell pipeline sets them up: a reader that stops early
(`| head`), a pipe where a terminal might be."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import ROOT

FORMATS = ["text", "json", "jsonl", "sarif", "html", "junit", "github"]
GIG = (ROOT / "sample_gigs" / "logo-design-contact.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    """Enough flagged gigs that every format's report overflows a pipe's buffer (64 KiB)."""
    folder = tmp_path_factory.mktemp("batch")
    for i in range(30):
        (folder / f"g{i:02}.md").write_text(GIG, encoding="utf-8")
    return folder


def _closed_early(*args: str) -> tuple[int, str]:
    """Run the CLI with stdout a pipe whose reader leaves after the first bytes, as
    `| head -c 100` does: (exit code, stderr)."""
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "gigcheck", *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(100)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    return proc.wait(timeout=120), err


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_reader_that_leaves_ends_the_report_quietly(batch, fmt):
    code, err = _closed_early("check", "-j1", "--format", fmt, str(batch))
    assert err == ""  # no "Broken pipe", no traceback
    assert code == 1  # the code the full run has: the gigs have errors


def test_the_exit_code_is_the_full_runs_whatever_line_the_reader_stopped_at(batch):
    code, err = _closed_early("check", "-j1", "--format", "jsonl", "--exit-zero", str(batch))
    assert (code, err) == (0, "")


def test_stderr_closed_early_loses_only_the_messages(tmp_path):
    """`gigcheck check ... 2>&1 >report.txt | head`: the unreadable-input lines stop, the
    report and the exit code do not."""
    missing = [str(tmp_path / f"missing-{i:04}.md") for i in range(1200)]  # ~100 KiB of error lines
    proc = subprocess.Popen(
        [sys.executable, "-m", "gigcheck", "check", "-j1", *missing],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stderr.read(100).startswith(b"gigcheck: error: ")
    proc.stderr.close()
    out = proc.stdout.read().decode()
    assert proc.wait(timeout=120) == 2  # unreadable inputs: the full run's code, not a crash's 1
    assert "1200 files could not be read" in out
