"""A hostile baseline file is a one-line usage error (exit 2), never a traceback."""
from __future__ import annotations

import pytest
from ci_support import BAD, gigcheck, write

from gigcheck.io.json_values import MAX_DEPTH

DEEP = "[" * 100_000 + "]" * 100_000


@pytest.mark.parametrize(
    "content",
    [
        '{"version": 1, "findings": ' + DEEP + "}",  # RecursionError in json.loads
        '{"version": 1, "findings": [], "notes": ' + "[" * 500 + "]" * 500 + "}",  # within it
    ],
    ids=["100k levels", "500 levels"],
)
def test_a_baseline_nested_too_deeply_is_a_usage_error(tmp_path, monkeypatch, content):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "gigs/b.md", BAD)
    write(tmp_path, "base.json", content)
    r = gigcheck("check", "--baseline", "base.json", "gigs")
    assert r.code == 2 and "Traceback" not in r.err
    assert r.err.strip() == f"gigcheck: error: base.json: cannot read the baseline: nested more than {MAX_DEPTH} levels deep"
