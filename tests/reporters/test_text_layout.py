"""The text report's layout (the file once, then `line:col  severity  CODE`), long lines
shown as a window around the span, the verdict line, and `--format concise`."""
from __future__ import annotations

import re

import pytest
from ci_support import BAD, EMAIL, gigcheck, render, write

from gigcheck.records import FileResult, Finding, Severity
from gigcheck.report.width import cells, clip


def _f(line: int, col: int, end: int, severity=Severity.ERROR, rule="GC201") -> Finding:
    return Finding(rule, "contact-email", "contact", severity, "This is an email address.", line, col, line, end,
                   "description", "x", "Remove it.")


def _lines(out: str) -> list[str]:
    return out.splitlines()


def test_the_path_is_printed_once_per_file_and_each_finding_by_line_and_column(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "bad.md", BAD)
    out = gigcheck("check", "bad.md").out
    assert out.count("bad.md") == 1 and out.startswith("bad.md\n")
    located = [ln for ln in _lines(out) if re.match(r"  \d+:\d+ ", ln)]
    assert [ln.split()[:3] for ln in located] == [["2:28", "error", "GC104"], ["6:6", "error", "GC201"]]


def test_a_long_line_is_a_window_around_the_span_with_the_caret_under_it(monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    line = "word " * 300 + EMAIL + " next" * 300
    col = line.index(EMAIL) + 1
    out = render("text", [FileResult("g.md", [_f(4, col, col + len(EMAIL))], lines={4: line})])
    quote, caret = [ln for ln in _lines(out) if "│" in ln]
    assert max(cells(ln) for ln in _lines(out) if "│" in ln) <= 80  # never wrapped by the terminal
    assert quote.count("…") == 2 and EMAIL in quote
    assert caret.index("^") == quote.index(EMAIL) and caret.count("^") == len(EMAIL)


def test_wide_characters_keep_the_caret_under_the_span(monkeypatch):
    monkeypatch.setenv("COLUMNS", "60")
    line = "中文字" * 40 + EMAIL + "😀" * 40
    col = line.index(EMAIL) + 1
    out = render("text", [FileResult("g.md", [_f(1, col, col + len(EMAIL))], lines={1: line})])
    quote, caret = [ln for ln in _lines(out) if "│" in ln]
    assert cells(quote) <= 60
    assert cells(caret[: caret.index("^")]) == cells(quote[: quote.index(EMAIL)])


def test_a_span_wider_than_the_window_is_shown_from_its_start(monkeypatch):
    monkeypatch.setenv("COLUMNS", "50")
    line = "a" * 30 + "b" * 200 + "c" * 30
    out = render("text", [FileResult("g.md", [_f(1, 31, 231)], lines={1: line})])
    quote, caret = [ln for ln in _lines(out) if "│" in ln]
    shown = quote.split("│ ", 1)[1]
    assert shown.startswith("…bbb") and shown.endswith("b…") and cells(quote) <= 50
    assert caret.split("│ ", 1)[1] == " " + "^" * (len(shown) - 2)


def test_a_line_that_fits_is_shown_whole():
    out = render("text", [FileResult("g.md", [_f(1, 6, 9)], lines={1: "mail a@b now"})])
    assert "│ mail a@b now" in out and "…" not in out


@pytest.mark.parametrize(
    ("pieces", "start", "end", "width", "shown", "offset", "length"),
    [
        (list("abcdef"), 2, 4, 10, "abcdef", 2, 2),
        (list("0123456789abcdefghij"), 10, 12, 10, "…789abcde…", 4, 2),  # the span centred
        (list("0123456789"), 0, 2, 6, "01234…", 0, 2),
        (list("0123456789"), 8, 10, 6, "…56789", 4, 2),
        (["中"] * 10, 5, 6, 9, "…中中中…", 3, 2),  # pieces never split: 7 cells, not 9
        (list("abc"), 3, 3, 10, "abc", 3, 1),  # at the end of the line: one caret after it
    ],
)
def test_clip(pieces, start, end, width, shown, offset, length):
    assert clip(pieces, start, end, width) == (shown, offset, length)
    assert cells(clip(pieces, start, end, width)[0]) <= width


WARN = "---\ntitle: Logo design\n---\nClean text.\n"


def test_warnings_only_pass_without_a_failure_mark(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "warn.md", WARN)
    r = gigcheck("check", "warn.md")
    assert r.code == 0 and "✖" not in r.out
    assert r.out.splitlines()[-1] == "⚠ Passed (--fail-on error): 0 errors, 1 warning, 0 infos in 1 file (1 file checked)."
    r = gigcheck("check", "--fail-on", "warning", "warn.md")
    assert r.code == 1 and r.out.splitlines()[-1] == "✖ 0 errors, 1 warning, 0 infos in 1 file (1 file checked)."
    write(tmp_path, "bad.md", BAD)
    assert gigcheck("check", "bad.md", "warn.md").out.splitlines()[-1] == (
        "✖ 2 errors, 1 warning, 0 infos in 2 files (2 files checked).")


def test_the_summary_says_counts_in_the_right_number():
    one = render("text", [FileResult("g.md", [_f(1, 1, 2)], lines={1: "x"})])
    assert one.splitlines()[-1] == "✖ 1 error, 0 warnings, 0 infos in 1 file (1 file checked)."
    clean = render("text", [FileResult("a.md"), FileResult("b.md")])
    assert clean.splitlines()[-1] == "✔ No problems found in 2 files."


CONCISE = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<sev>error|warning|info) (?P<code>GC\d{3}) \[[a-z-]+\] .+$")


def test_concise_is_one_line_per_finding_and_a_summary(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "bad.md", BAD)
    write(tmp_path, "warn.md", WARN)
    r = gigcheck("check", "--format", "concise", "bad.md", "warn.md")
    *findings, summary = r.out.splitlines()
    assert r.code == 1 and "│" not in r.out and "\x1b[" not in r.out
    assert [CONCISE.match(ln).group("path", "line", "col", "sev", "code") for ln in findings] == [
        ("bad.md", "2", "28", "error", "GC104"), ("bad.md", "6", "6", "error", "GC201"),
        ("warn.md", "2", "8", "warning", "GC103")]
    assert summary == "✖ 2 errors, 1 warning, 0 infos in 2 files (2 files checked)."
    quiet = gigcheck("check", "--format", "concise", "-q", "bad.md", "warn.md")
    assert quiet.out.splitlines() == findings


def test_concise_is_colored_only_when_asked(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "bad.md", BAD)
    assert "\x1b[" not in gigcheck("check", "--format", "concise", "--color", "auto", "bad.md").out
    assert "\x1b[1;31merror\x1b[0m" in gigcheck("check", "--format", "concise", "--color", "always", "bad.md").out


def test_concise_is_a_listed_format():
    assert "concise" in gigcheck("check", "--help").out
    from gigcheck.report import REPORTERS

    assert list(REPORTERS)[:2] == ["text", "concise"]


def test_fixable_findings_are_marked_and_counted_before_the_verdict(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "bad.md", BAD)
    r = gigcheck("check", "bad.md")
    marked = [ln for ln in r.out.splitlines() if "[*]" in ln]
    # The "&" has a safe fix; removing the email is unsafe, so it is counted, not marked.
    assert [ln.split()[2] for ln in marked[:-1]] == ["GC104"]
    assert marked[-1] == "[*] 1 fixable with `gigcheck check --fix` (1 more fix with `--unsafe-fixes`)."
    assert r.out.splitlines()[-1].startswith("✖ ")
    assert gigcheck("check", "--format", "json", "bad.md").json()["summary"]["fixable"] == 1
    gigcheck("check", "--fix", "bad.md")
    after = gigcheck("check", "bad.md").out
    assert "[*]" not in after
    assert after.splitlines()[-2] == "No safe fixes (1 fix with `--unsafe-fixes`)."
