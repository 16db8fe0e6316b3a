"""COLUMNS never leaves a report or the rule table empty (report/width.py)."""
from __future__ import annotations

import pytest
from conftest import run_cli

GIG = "---\ntitle: I will edit your podcast\n---\nWrite to ann@mail.com\n"


@pytest.mark.parametrize("columns", ["0", "1", "-5", "abc", "\u0663", "99999999999999999999"])
def test_any_columns_prints_the_report_and_the_rules(tmp_path, columns):
    (tmp_path / "g.md").write_text(GIG)
    r = run_cli(["check", "--color", "always", str(tmp_path / "g.md")], env={"COLUMNS": columns})
    assert "GC201" in r.stdout and "ann@mail.com" in r.stdout and r.returncode == 1
    r = run_cli(["rules"], env={"COLUMNS": columns})
    assert "GC201" in r.stdout and r.returncode == 0
