"""How each report format shows a finding of an export's row: the export file, the row's
line, the field, columns in the field's value."""
from __future__ import annotations

import json
import re

import pytest
from ci_support import gigcheck, sarif_schema, write

ROW = {
    "id": "a1",
    "title": "I will record your voice over",
    "description": "Warm, clear narration.\nNo music.",
    "extras": [
        {"title": "Source files", "price": 10, "delivery": 1, "description": "The raw WAV takes."},
        {"title": "Rush order", "price": 20, "delivery": -1, "description": "Questions? Mail bob.voice@gmail.com"},
    ],
}
EMAIL = "bob.voice@gmail.com"
COL = ROW["extras"][1]["description"].index(EMAIL) + 1


@pytest.fixture
def export(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "export.jsonl", json.dumps({"id": "ok", "title": "I will help"}) + "\n" + json.dumps(ROW) + "\n")
    return "export.jsonl"


def _run(*args: str):
    return gigcheck("check", "--input-format", "jsonl", "--select", "GC201", *args)


def test_text(export):
    out = _run(export).out
    assert "export.jsonl#a1 (line 2)" in out
    assert f"export.jsonl#a1 (line 2)\n  2 [/extras/1/description] col {COL}  error  GC201 [contact-email]" in out
    quote, caret = [ln for ln in out.splitlines() if "│" in ln]
    assert quote.split("│")[0].strip() == "/extras/1/description"
    assert quote.split("│ ", 1)[1] == ROW["extras"][1]["description"]
    assert caret.split("│ ", 1)[1] == " " * (COL - 1) + "^" * len(EMAIL)


def test_text_quotes_the_line_of_a_multi_line_value(tmp_path):
    row = {"id": "m", "title": "I will help", "description": "First line.\nMail bob.voice@gmail.com now."}
    path = write(tmp_path, "m.jsonl", json.dumps(row) + "\n")
    out = _run(str(path)).out
    assert "  1 [/description] col 18  error  GC201" in out
    quote, caret = [ln for ln in out.splitlines() if "│" in ln]
    assert quote.split("│")[0].strip() == "/description line 2"
    assert quote.split("│ ", 1)[1] == "Mail bob.voice@gmail.com now."
    assert caret.split("│ ", 1)[1] == " " * 5 + "^" * len(EMAIL)


def test_concise_points_at_the_export_line_and_names_row_and_field(export):
    (line, summary) = _run(export, "--format", "concise").out.splitlines()
    assert line.startswith("export.jsonl:2: error GC201 [contact-email] This is an email address")
    assert line.endswith(f"(row a1, /extras/1/description col {COL})") and summary.startswith("✖ 1 error,")


def test_json_and_jsonl_have_the_field(export, tmp_path):
    doc = _run(export, "--format", "json").json()
    (f,) = doc["files"][1]["findings"]
    assert doc["files"][1]["path"] == "export.jsonl#a1"
    assert (f["line"], f["end_line"], f["field"], f["column"], f["end_column"]) == (
        2, 2, "/extras/1/description", COL, COL + len(EMAIL))
    (line,) = _run(export, "--format", "jsonl").out.splitlines()
    assert json.loads(line) == {"path": "export.jsonl#a1", **f}
    write(tmp_path, "g.md", f"Mail {EMAIL}\n")
    (md,) = gigcheck("check", "--format", "json", "--select", "GC201", "g.md").json()["files"][0]["findings"]
    assert "field" in md and md["field"] is None  # gig files: always present, null


def test_sarif_points_at_the_export_line_and_names_the_field(export):
    from jsonschema import validators

    write_bad = 'not json\n{"id": "x", "extras": "no"}\n'
    with open(export, "a", encoding="utf-8") as fh:
        fh.write(write_bad)
    doc = _run(export, "--format", "sarif").json()
    schema = sarif_schema()
    errors = list(validators.validator_for(schema)(schema).iter_errors(doc))
    assert not errors, errors[0].message
    run = doc["runs"][0]
    (result,) = run["results"]
    loc = result["locations"][0]
    assert loc["physicalLocation"]["artifactLocation"] == {"uri": "export.jsonl", "uriBaseId": "%SRCROOT%"}
    # The row's line; no columns: the file's columns are unknown once the row is decoded.
    assert loc["physicalLocation"]["region"] == {"startLine": 2, "endLine": 2, "snippet": {"text": EMAIL}}
    assert loc["logicalLocations"] == [{"fullyQualifiedName": "/extras/1/description", "kind": "value"}]
    props = result["properties"]
    assert (props["row"], props["field"], props["fieldColumn"], props["fieldEndColumn"]) == (
        "a1", "/extras/1/description", COL, COL + len(EMAIL))
    # A row that is no gig: a notification at the export's line (the other is the file's).
    notes = run["invocations"][0]["toolExecutionNotifications"]
    (row_note,) = [n for n in notes if n["message"]["text"].startswith("export.jsonl#x:")]
    assert row_note["locations"][0]["physicalLocation"]["region"] == {"startLine": 4}
    assert row_note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "export.jsonl"


def test_github_annotates_the_export_line(export):
    (line,) = _run(export, "--format", "github").out.splitlines()
    head = line.split("::")[1]
    assert head == "error file=export.jsonl,line=2,endLine=2,title=GC201 contact-email [/extras/1/description]"


def test_html_shows_the_field_values(export, tmp_path):
    html = gigcheck("check", "--input-format", "jsonl", "--format", "html", export).out
    block = html[html.index('data-path="export.jsonl#a1"'):]
    block = block[: block.index("</details>")]
    labels = re.findall(r'<div class="gap">([^<]*)</div>', block)
    assert labels[:3] == ["/title", "/description", "/extras/0/title"] and "/extras/1/description" in labels
    assert re.search(r'<mark class="hl sev-error"[^>]*>bob\.voice@gmail\.com</mark>', block)
    assert "/extras/1/description, col" in block
    # The description's two lines are two lines of the value.
    assert '<div class="l" data-n="2">No music.</div>' in block


def test_redact_masks_the_values_too(export):
    for fmt in ("text", "html", "json"):
        out = _run(export, "--redact", "--format", fmt).out
        assert EMAIL not in out and "b*****************m" in out, fmt
