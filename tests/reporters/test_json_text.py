"""The two foundation formats, parsed rather than compared as whole snapshots."""
from __future__ import annotations

import json

import pytest
from ci_support import render

from gigcheck.io.output import atomic_output
from gigcheck.records import FileResult, Finding, Severity
from gigcheck.report.base import terminal_safe


def _finding(**kw):
    base = dict(
        rule="GC201", name="contact-email", category="contact", severity=Severity.ERROR,
        message="This is an email address.", line=2, column=5, end_line=2, end_column=12,
        section="description", excerpt="a@b.com", suggestion="Remove it.",
    )
    base.update(kw)
    return Finding(**base)


RESULTS = [
    FileResult("ok.md"),
    FileResult("bad.md", [_finding(), _finding(severity=Severity.WARNING, line=3, end_line=3)],
               lines={2: "mail a@b.com now", 3: "mail a@b.com now"}),
    FileResult("gone.md", error="no such file or directory"),
]


def test_json_document_shape_and_summary():
    doc = json.loads(render("json", RESULTS))
    assert doc["version"] == 1
    assert [f["path"] for f in doc["files"]] == ["ok.md", "bad.md", "gone.md"]
    assert doc["files"][2] == {"path": "gone.md", "error": "no such file or directory", "findings": []}
    f = doc["files"][1]["findings"][0]
    assert set(f) == {"rule", "name", "category", "severity", "message", "line", "column", "end_line",
                      "end_column", "section", "field", "excerpt", "suggestion", "fix"}
    assert f["field"] is None  # set for rows of exports only
    s = doc["summary"]
    assert (s["files"], s["errors"], s["warnings"], s["infos"], s["unreadable"]) == (3, 1, 1, 0, 1)
    assert s["clean_files"] == 1 and s["flagged_files"] == 1 and s["rules"] == {"GC201": 2}


def test_json_escapes_hostile_text():
    nasty = 'quote " backslash \\ newline \n nul \x00 </script> \u2028'
    doc = json.loads(render("json", [FileResult("x.md", [_finding(excerpt=nasty, message=nasty)])]))
    assert doc["files"][0]["findings"][0]["excerpt"] == nasty


def test_text_report_plain_when_not_colored():
    text = render("text", RESULTS)
    assert "\x1b[" not in text
    assert "bad.md\n  2:5  error    GC201 [contact-email] This is an email address." in text
    assert "    ^^^^^^^" in text  # under "a@b.com", after the gutter
    assert "suggestion: Remove it." in text
    assert "1 error, 1 warning, 0 infos in 1 file (2 files checked)" in text
    assert "could not be read" in text


def test_text_report_colored():
    assert "\x1b[" in render("text", RESULTS, color=True)


def test_terminal_control_characters_never_reach_the_terminal():
    evil = "\x1b[2J\x1b]0;pwned\x07 \u202eevil"
    text = render("text", [FileResult("e.md", [_finding(message=evil)], lines={2: evil})])
    assert "\x1b" not in text and "\u202e" not in text and "\\x1b" in text
    assert terminal_safe("tab\tok") == "tab\tok"


def test_atomic_output_leaves_old_file_on_failure(tmp_path):
    target = tmp_path / "r.json"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic_output(str(target)) as fh:
        fh.write("partial")
        raise RuntimeError("boom")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["r.json"]
    with atomic_output(str(target)) as fh:
        fh.write("new")
    assert target.read_text() == "new"


def test_atomic_output_gets_normal_permissions(tmp_path):
    import os

    target = tmp_path / "new.json"
    with atomic_output(str(target)) as fh:
        fh.write("{}")
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask
