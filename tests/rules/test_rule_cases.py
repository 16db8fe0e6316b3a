"""Each rule has a fixture file of cases, `cases/<CODE>-<name>.md`, in markdown-it's format:

    case title
    .
    gig Markdown
    .
    expected findings of that rule, one per line: `line:col` or `line:col-end_line:end_col`
    .

Every rule must have at least one flagged and one clean case.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from markdown_it.utils import read_fixture_file
from table_support import table_test

from gigcheck.rules.registry import ALL_RULES

CASES = Path(__file__).parent / "cases"


def _cases():
    for path in sorted(CASES.glob("*.md")):
        code = path.name.split("-", 1)[0]
        for line, title, gig, expected in read_fixture_file(path):
            yield pytest.param(code, gig, expected, id=f"{path.stem}:{line}:{title}")


def _fmt(f) -> str:
    return f"{f.line}:{f.column}-{f.end_line}:{f.end_column}"


@table_test("code,gig,expected", list(_cases()))
def test_rule_case(code, gig, expected, lint):
    got = [_fmt(f) for f in lint(gig) if f.rule == code]
    want = [w.strip() for w in expected.splitlines() if w.strip()]
    assert len(got) == len(want), f"{code}: got {got}, want {want}"
    for g, w in zip(got, want, strict=True):
        assert g == w or g.startswith(w + "-"), f"{code}: got {got}, want {want}"


@table_test("rule", ALL_RULES, ids=lambda r: r.code)
def test_every_rule_has_flagged_and_clean_cases(rule):
    if rule.kind == "batch":  # cross-gig rules need several gigs: a folder of case folders (tests/batch)
        from batch_cases import batch_cases

        cases = [(c.name, c.expected) for c in batch_cases(rule)]
        assert cases, f"no cases folder for {rule.code} {rule.name}"
    else:
        files = list(CASES.glob(f"{rule.code}-*.md"))
        assert files, f"no cases file for {rule.code} {rule.name}"
        cases = [c for f in files for c in read_fixture_file(f)]
    assert any(exp.strip() for *_, exp in cases), f"{rule.code}: no flagged case"
    assert any(not exp.strip() for *_, exp in cases), f"{rule.code}: no clean case"


def test_case_files_name_real_rules():
    codes = {r.code for r in ALL_RULES}
    for path in CASES.glob("*.md"):
        code, _, name = path.stem.partition("-")
        assert code in codes, path.name
        assert any(r.code == code and r.name == name for r in ALL_RULES), path.name
