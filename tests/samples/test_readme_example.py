"""The README shows a real report; it must stay what gigcheck prints."""
from __future__ import annotations

import re

from conftest import ROOT, run_cli


def test_readme_report_example_is_current():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    m = re.search(r"```text\n\$ gigcheck (check [^\n]+)\n(.*?)```", readme, re.S)
    assert m, "README lost its report example"
    # As in a pipe: no COLUMNS, so long source lines are windowed at the pipe's width.
    r = run_cli(m.group(1).split(), cwd=ROOT, env={"COLUMNS": ""})
    assert r.stdout == m.group(2)
