"""`--statistics` and the JSON summary: per rule and category, clean vs flagged, worst files."""
from __future__ import annotations

from ci_support import BAD, CLEAN, gigcheck, render, write

from gigcheck.records import FileResult, Finding, Severity
from gigcheck.report.base import Summary, plain_statistics


def _f(rule="GC201", category="contact", severity=Severity.ERROR):
    return Finding(rule, "contact-email" if rule == "GC201" else "title-not-i-will", category, severity,
                   "m", 1, 1, 1, 2, "description", "x")


RESULTS = [
    FileResult("clean.md"),
    FileResult("two.md", [_f(), _f()]),
    FileResult("mixed.md", [_f(), _f("GC103", "listing", Severity.WARNING)]),
    FileResult("gone.md", error="no such file or directory"),
]


def _summary():
    s = Summary()
    for r in RESULTS:
        s.add(r)
    return s


def test_summary_counts():
    d = _summary().to_dict()
    assert d["rules"] == {"GC103": 1, "GC201": 3}
    assert d["rule_files"] == {"GC103": 1, "GC201": 2}
    assert d["categories"] == {"contact": 3, "listing": 1}
    assert (d["clean_files"], d["flagged_files"], d["unreadable"]) == (1, 2, 1)
    assert [w["path"] for w in d["worst_files"]] == ["two.md", "mixed.md"]  # most errors first


def test_text_statistics():
    text = render("text", RESULTS, statistics=True)
    assert "Findings per rule" in text and "files" in text
    assert "By category: contact: 3, listing: 1" in text
    assert "Files: 1 clean, 2 flagged, 1 unreadable" in text
    assert "Worst files: two.md (2 errors, 0 warnings, 0 infos); mixed.md (1 error, 1 warning, 0 infos)" in text


def test_every_statistics_form_says_1_error_not_1_errors():
    from gigcheck.report.html_summary import statistics_table

    for text in (plain_statistics(_summary()), statistics_table(_summary()), render("concise", RESULTS, statistics=True)):
        assert "mixed.md (1 error, 1 warning, 0 infos)" in text and "1 errors" not in text
    assert "GC103  title-not-i-will (in 1 file)" in plain_statistics(_summary())


def test_text_statistics_without_findings():
    text = render("text", [FileResult("clean.md")], statistics=True)
    assert "Files: 1 clean, 0 flagged, 0 unreadable" in text and "Findings per rule" not in text


def test_plain_statistics_for_machine_formats():
    text = plain_statistics(_summary())
    assert "     3  GC201  contact-email (in 2 files)" in text
    assert "Worst files: two.md" in text


def test_cli_json_summary_and_text_statistics(tmp_path):
    write(tmp_path, "bad.md", BAD)
    write(tmp_path, "clean.md", CLEAN)
    summary = gigcheck("check", str(tmp_path), "--format", "json").json()["summary"]
    assert summary["flagged_files"] == 1 and summary["clean_files"] == 1
    assert summary["worst_files"][0]["path"].endswith("bad.md")
    text = gigcheck("check", str(tmp_path), "--statistics").out
    assert "Files: 1 clean, 1 flagged, 0 unreadable" in text and "GC201" in text


def test_json_and_html_carry_statistics_when_asked(tmp_path):
    write(tmp_path, "bad.md", BAD)
    write(tmp_path, "clean.md", CLEAN)
    doc = gigcheck("check", str(tmp_path), "--format", "json", "--statistics").json()
    stats = doc["statistics"]
    assert stats["rules"][0] == {"rule": "GC104", "name": "title-forbidden-characters", "findings": 1, "files": 1}
    assert {r["rule"] for r in stats["rules"]} == {"GC104", "GC201"}
    assert stats["files"] == {"clean": 1, "flagged": 1, "unreadable": 0}
    assert stats["worst_files"][0]["path"].endswith("bad.md")
    assert "statistics" not in gigcheck("check", str(tmp_path), "--format", "json").json()
    page = gigcheck("check", str(tmp_path), "--format", "html", "--statistics").out
    assert "Statistics: findings per rule" in page and "title-forbidden-characters</td>" in page
    assert "Worst files:" in page and "bad.md (2 errors" in page
    assert "Statistics:" not in gigcheck("check", str(tmp_path), "--format", "html").out
