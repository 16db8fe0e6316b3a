"""Usage errors in one style, `--help` as the README shows it, `-V`."""
from __future__ import annotations

import re

import click
import pytest
from ci_support import gigcheck
from conftest import ROOT, run_cli

from gigcheck.cli import main
from gigcheck.version import __version__


@pytest.mark.parametrize(
    "args",
    [
        ["check", "--format", "pdf", "x.md"],  # a bad choice
        ["check", "--selct", "GC201"],  # an unknown option
        ["check", "--jobs", "-1"],  # out of range
        ["check", "--output"],  # a missing value
        ["chek"],  # an unknown command
        ["rules", "--format", "xml"],
    ],
)
def test_every_usage_error_is_one_line_and_exit_2(args):
    r = run_cli(args)
    assert r.returncode == 2
    assert r.stderr.startswith("gigcheck: error: ") and r.stderr.count("\n") == 1, r.stderr
    assert "Usage:" not in r.stderr and r.stdout == ""


def test_usage_error_names_the_problem_and_the_help():
    r = gigcheck("check", "--format", "pdf", "x.md")
    assert r.code == 2
    assert r.err.startswith("gigcheck: error: invalid value for '--format': 'pdf' is not one of")
    assert r.err.rstrip().endswith("check --help`)")


def test_help_is_intact_and_version_has_a_short_flag():
    r = gigcheck("check", "--help")
    assert r.code == 0 and r.out.startswith("Usage: ") and "--select RULES" in r.out
    for flag in ("-V", "--version"):
        r = gigcheck(flag)
        assert r.code == 0 and __version__ in r.out


def _readme_usage() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("## Command line")
    return text[start:text.index("```", text.index("```text", start) + 7)]


def test_help_metavars_match_the_readme():
    usage = _readme_usage()
    ctx = click.Context(main)
    check = main.get_command(ctx, "check")
    assert check is not None
    shown = 0
    for param in check.params:
        if not isinstance(param, click.Option) or param.is_flag:
            continue
        metavar = param.make_metavar(ctx)
        longest = max(param.opts, key=len)
        assert re.search(rf"{re.escape(longest)} {re.escape(metavar)}\b", usage), (longest, metavar)
        shown += 1
    assert shown >= 12
