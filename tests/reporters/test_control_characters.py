"""Control characters from a gig, a file name or a row id never reach a terminal or a log
raw: ESC and CSI sequences, OSC 8 hyperlinks, OSC 52 clipboard writes, BEL, C1 controls,
bidi overrides, and line breaks that would fake another line. Terminal and log formats
show them escaped; the JSON formats keep the exact text (decoding gives it back) with
every such character escaped."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from ci_support import gigcheck, render, write

from gigcheck.records import FileResult, Finding, Severity
from gigcheck.report import REPORTERS
from gigcheck.report.base import json_text, terminal_safe

OSC8 = "\x1b]8;;https://evil.example\x07Click me\x1b]8;;\x07"
OSC52 = "\x1b]52;c;cm0gLXJmIC8=\x07"
TITLE = f"{OSC8} {OSC52} \x1b[2J\x07 \x9b31m \u202eevil"
RAW = ("\x1b", "\x07", "\x9b", "\u202e")


def gig(title: str) -> str:
    """A gig with two extras of the same title: duplicate-extra (GC108) quotes it."""
    extra = f"### {title}\nPrice: $10\nDelivery: +1 day\n\nA second portrait, scanned at 300 dpi.\n\n"
    return "---\ntitle: I will paint your pet portrait\n---\nOil portraits of pets.\n\n## Extras\n\n" + extra * 2


@pytest.fixture
def hostile(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "ctl.md", gig(TITLE))
    write(tmp_path, "name\x1b[31m\ngigcheck: error: fake.md", gig("Second portrait"))
    rows = [
        {"id": f"row\x1b[2J{OSC8}\ngigcheck: error: fake", "title": "I will paint", "extras": "not a list"},
        {"id": "r\x1b]52;c;eA==\x07", "title": "I will paint your pet", "description": "Pets in oil. Great!!!"},
    ]
    write(tmp_path, "rows.jsonl", "".join(json.dumps(r) + "\n" for r in rows))
    return tmp_path


@pytest.mark.parametrize("fmt", sorted(set(REPORTERS) - {"parquet"}))  # binary: tests/inputs/test_parquet.py
def test_no_raw_control_reaches_any_format(hostile, fmt):
    runs = [
        gigcheck("check", "--format", fmt, "--color", "never", "."),
        gigcheck("check", "--format", fmt, "--color", "never", "--input-format", "jsonl", "rows.jsonl"),
    ]
    for r in runs:
        assert not [c for c in RAW if c in r.out + r.err]
        assert r.err == "" or all(line.startswith("gigcheck: ") for line in r.err.splitlines())
    out = runs[0].out + runs[1].out
    if fmt == "github":  # one workflow command per line, none made up by a gig
        assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in out.splitlines())
    elif fmt == "junit":
        for r in runs:
            ET.fromstring(r.out)
    elif fmt in ("json", "sarif"):
        for r in runs:
            json.loads(r.out)


def test_error_lines_stay_one_line_each(hostile):
    r = gigcheck("check", "--input-format", "jsonl", "rows.jsonl")
    (line,) = r.err.splitlines()
    assert line.startswith("gigcheck: error: rows.jsonl#row\\x1b[2J\\x1b]8;;") and "\\x0agigcheck: error: fake:" in line
    assert r.code == 2


def test_json_formats_keep_the_exact_text(hostile):
    doc = json.loads(gigcheck("check", "--format", "json", "ctl.md").out)
    (dup,) = [f for f in doc["files"][0]["findings"] if f["rule"] == "GC108"]
    assert TITLE in dup["message"] and dup["section"] == f"extra:{TITLE}"
    lines = gigcheck("check", "--format", "jsonl", "--input-format", "jsonl", "rows.jsonl").out.splitlines()
    assert json.loads(lines[0])["path"] == f"rows.jsonl#row\x1b[2J{OSC8}\ngigcheck: error: fake"
    sarif = json.loads(gigcheck("check", "--format", "sarif", "ctl.md").out)
    sections = {r["properties"]["section"] for r in sarif["runs"][0]["results"]}
    assert f"extra:{TITLE}" in sections


def test_text_report_shows_the_sequences_escaped(hostile):
    out = gigcheck("check", "--color", "never", "ctl.md").out
    assert "\\x1b]8;;https://evil.example\\x07Click me" in out and "\\x1b]52;c;" in out and "\\u202eevil" in out


def test_github_properties_are_neutralised_then_escaped():
    f = Finding("GC108", "duplicate-extra", "listing", Severity.ERROR, f"Named {TITLE}.", 1, 1, 1, 2,
                f"extra:{TITLE}", "x", "Rename\nit.", field="/extras/1/title\x1b[2J")
    row_file = "a,b:\x1b]8;;x\x07.jsonl"
    from gigcheck.records import RowOrigin

    out = render("github", [FileResult(f"{row_file}#1", [f], row=RowOrigin(row_file, 1, 1, "jsonl", "1"))])
    (line,) = out.splitlines()
    assert not [c for c in RAW if c in line]
    props, _, message = line[len("::error "):].partition("::")
    assert props.startswith("file=a%2Cb%3A\\x1b]8;;x\\x07.jsonl,line=1,")
    assert "title=GC108 duplicate-extra [/extras/1/title\\x1b[2J]" in props
    assert message.endswith("%0ARename\\x0ait.")  # the suggestion is the next line; its own break is shown


@pytest.mark.parametrize(
    "text,shown",
    [
        ("a\x1b[31mb", "a\\x1b[31mb"),
        ("bell\x07", "bell\\x07"),
        ("c1\x9b2J\x9d8;;x\x9c", "c1\\x9b2J\\x9d8;;x\\x9c"),
        ("line\r\nfake", "line\\x0d\\x0afake"),
        ("sep\u2028par\u2029", "sep\\u2028par\\u2029"),
        ("bidi\u202e\u2066x\u2069", "bidi\\u202e\\u2066x\\u2069"),
        ("tab\tand ünïcödé 日本", "tab\tand ünïcödé 日本"),
    ],
)
def test_terminal_safe(text, shown):
    assert terminal_safe(text) == shown


def test_json_text_escapes_what_json_dumps_leaves_raw():
    value = {"t": "x\x9b\u202e\u2028\x1by ü"}
    text = json_text(value)
    assert json.loads(text) == value
    assert text == '{"t": "x\\u009b\\u202e\\u2028\\u001by ü"}'
