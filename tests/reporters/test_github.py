"""`--format github`: workflow commands, parsed back the way the Actions runner reads them."""
from __future__ import annotations

import io
import re

import pytest
from ci_support import BAD, CLEAN, gigcheck, write

from gigcheck.records import FileResult, Finding, Severity
from gigcheck.report.base import Summary
from gigcheck.report.github import GithubReporter

COMMAND = re.compile(r"^::(error|warning|notice) ([^:]*)::(.*)$")


def _unescape(text: str) -> str:
    for enc, raw in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(enc, raw)
    return text


def parse(output: str) -> list[tuple[str, dict[str, str], str]]:
    """Each annotation as (kind, properties, message), as the runner would split it."""
    out = []
    for line in output.splitlines():
        m = COMMAND.match(line)
        if not m:
            continue
        props = dict(p.split("=", 1) for p in m.group(2).split(","))
        out.append((m.group(1), {k: _unescape(v) for k, v in props.items()}, _unescape(m.group(3))))
    return out


def test_annotations_carry_file_span_and_title(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "bad.md", BAD)
    write(tmp_path, "warn.md", "---\ntitle: Logo design\n---\nClean text.\n")
    write(tmp_path, "clean.md", CLEAN)
    r = gigcheck("check", "--format", "github", "./bad.md", "clean.md", str(tmp_path / "warn.md"), "missing.md")
    assert r.code == 2
    notes = parse(r.out)
    assert len(notes) == len(r.out.splitlines()) == 4
    kind, props, message = next(n for n in notes if n[1].get("title") == "GC201 contact-email")
    assert kind == "error"
    assert props == {"file": "bad.md", "line": "6", "col": "6", "endLine": "6", "endColumn": "25", "title": "GC201 contact-email"}
    assert message.startswith("This is an email address") and "\n" in message  # suggestion on its own line
    assert any(k == "warning" and p["file"] == "warn.md" and p["title"].startswith("GC103") for k, p, _ in notes)
    (missing,) = [n for n in notes if n[1]["file"] == "missing.md"]
    assert missing[0] == "error" and "no such file" in missing[2]


def test_info_is_a_notice(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "g.md", CLEAN + "\n<!-- gigcheck-disable-next-line contact-email -->\nNo contact here.\n")
    (note,) = parse(gigcheck("check", "--format", "github", "g.md").out)
    assert note[0] == "notice" and note[1]["title"] == "GC002 unused-suppression"


@pytest.mark.parametrize(
    "path,message",
    [
        ("dir,with:odd%chars.md", "50% off\r\n::error::injected"),
        ("plain.md", "line one\nline two, with: colon"),
    ],
)
def test_escaping_roundtrips_and_cannot_inject_commands(path, message):
    f = Finding("GC201", "contact-email", "contact", Severity.WARNING, message, 1, 2, 3, 4, "description", "x", None)
    out = io.StringIO()
    rep = GithubReporter(out)
    rep.start()
    rep.file(FileResult(path, [f]))
    rep.end(Summary())
    text = out.getvalue()
    assert text.count("\n") == 1 and "\r" not in text  # one command, one line
    ((kind, props, got),) = parse(text)
    # A message is one line of the annotation: its own line breaks are shown, not kept.
    assert kind == "warning" and props["file"] == path and got == message.replace("\r", "\\x0d").replace("\n", "\\x0a")
    assert (props["line"], props["col"], props["endLine"], props["endColumn"]) == ("1", "2", "3", "4")


def test_statistics_stay_plain_lines(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "bad.md", BAD)
    r = gigcheck("check", "--format", "github", "--statistics", "bad.md")
    assert len(parse(r.out)) == 2
    assert "GC201" in r.out.split("Findings per rule:")[1]
