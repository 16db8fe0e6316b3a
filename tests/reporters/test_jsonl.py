"""`--format jsonl`: one parseable object per line, the JSON format's findings plus `path`."""
from __future__ import annotations

import json

from ci_support import BAD, CLEAN, gigcheck, write


def test_one_object_per_finding_and_per_unreadable_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "bad.md", BAD)
    write(tmp_path, "clean.md", CLEAN)
    r = gigcheck("check", "--format", "jsonl", "bad.md", "clean.md", "missing.md")
    assert r.code == 2
    rows = [json.loads(line) for line in r.out.splitlines()]
    assert len(rows) == len(r.out.splitlines()) == 3
    assert rows[-1] == {"path": "missing.md", "error": "no such file or directory"}

    doc = gigcheck("check", "--format", "json", "bad.md").json()
    expected = [{"path": "bad.md", **f} for f in doc["files"][0]["findings"]]
    assert rows[:-1] == expected
    assert {r["rule"] for r in rows[:-1]} == {"GC104", "GC201"}


def test_clean_run_prints_nothing_and_statistics_go_to_stderr(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "clean.md", CLEAN)
    write(tmp_path, "bad.md", BAD)
    assert gigcheck("check", "--format", "jsonl", "clean.md").out == ""
    r = gigcheck("check", "--format", "jsonl", "--statistics", "bad.md")
    assert all(json.loads(line) for line in r.out.splitlines())
    assert "Findings per rule:" in r.err and "GC201" in r.err
