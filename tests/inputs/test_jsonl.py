"""`--input-format jsonl`: one gig per line; findings located by row id and field."""
from __future__ import annotations

import json

from ci_support import check_export, write
from gigcheck.io.exports.rows import gig_from_row

ROW = {
    "id": "g-1",
    "seller": "anna",
    "title": "I will design logos & icons",
    "tags": ["logo", "icon"],
    "description": "Clean vector logos.\nMail anna.studio@gmail.com first.",
    "extras": [
        {"title": "Source files", "price": 25, "delivery": 1, "description": "AI and PSD files."},
        {"title": "Extra stuff", "price": "$20", "delivery": "+1 day", "description": "I will do extra stuff!!!"},
    ],
}


def _lines(*rows) -> str:
    return "\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n"


def _check(*args, input=None):
    return check_export("jsonl", *args, input=input)


def test_findings_name_the_row_and_field(tmp_path):
    path = write(tmp_path, "export.jsonl", _lines(ROW))
    run, files = _check(str(path))
    found = {(f["rule"], f["section"], f["excerpt"]) for f in files[f"{path}#g-1"]["findings"]}
    assert ("GC104", "title", "&") in found
    assert ("GC201", "description", "anna.studio@gmail.com") in found
    assert ("GC506", "extras[1].title", "Extra stuff") in found
    assert ("GC602", "extras[1].description", "!!!") in found
    assert run.code == 1


def test_line_and_column_point_into_the_generated_gig():
    gig = gig_from_row(ROW, "x#g-1")
    lines = gig.text.splitlines()
    assert lines[:5] == ["---", 'title: "I will design logos & icons"', 'tags: ["logo", "icon"]', "---", ""]
    assert "### Source files" in lines and "Price: $25" in lines and "Delivery: +1 day" in lines
    start = gig.text.index("anna.studio")
    assert gig.field_at(start) == "description"
    assert gig.field_at(gig.text.index("$25")) == "extras[0].price"
    assert gig.field_at(gig.text.index("### Extra stuff")) == "extras[1]"  # the heading's "### "
    assert gig.field_at(0) is None  # the front-matter fence belongs to no field


def test_standard_input(tmp_path):
    run, files = _check("-", "--stdin-filename", "drafts.jsonl", input=_lines(ROW))
    assert list(files) == ["drafts.jsonl#g-1"] and files["drafts.jsonl#g-1"]["findings"]


def test_bad_rows_are_errors_of_their_own(tmp_path):
    rows = _lines(
        {"id": 7, "title": "I will write your blog posts", "description": "Clean text."},
        "{not json",
        [1, 2],
        {"title": "I will have no id"},
        {"id": True, "title": "a boolean is no id"},
        {"id": 7, "title": "I will reuse an id"},
        {"id": "x", "extras": "not a list"},
        "",
        {"id": "last", "title": "I will still be checked"},
    )
    path = write(tmp_path, "e.jsonl", "\ufeff" + rows)
    run, files = _check(str(path))
    assert run.code == 2
    errors = {p.split("#")[1]: f["error"] for p, f in files.items() if f["error"]}
    assert errors == {
        "L2": "invalid JSON: Expecting property name enclosed in double quotes (column 2)",
        "L3": "a row must be a JSON object, not list",
        "L4": "the row has no 'id' (text or a whole number)",
        "L5": "the row has no 'id' (text or a whole number)",
        "L6": "id '7' is already the id of the row on line 1",
        "x": "'extras' is not a JSON list of {title, price, delivery, description}",
    }
    assert f"{path}#7" in files and f"{path}#last" in files  # the other rows are checked
    assert f"gigcheck: error: {path}#L2: invalid JSON" in run.err


def test_invalid_utf8_and_oversized_rows(tmp_path):
    path = tmp_path / "e.jsonl"
    big = json.dumps({"id": "big", "description": "x" * 5000})
    path.write_bytes(b'{"id": "bad", "title": "caf\xe9"}\n' + big.encode() + b"\n" + b'{"id": "ok"}\n')
    run, files = _check(str(path), "--max-file-size", "1000")
    assert files[f"{path}#L1"]["error"].startswith("not valid UTF-8 (byte 0xe9")
    assert files[f"{path}#L2"]["error"].startswith("row is larger than the size limit")
    assert files[f"{path}#ok"]["error"] is None


def test_missing_file_and_directories(tmp_path):
    write(tmp_path, "exports/a.jsonl", _lines({"id": 1, "title": "I will help"}))
    write(tmp_path, "exports/notes.md", "not an export\n")
    run, files = _check(str(tmp_path / "exports"), str(tmp_path / "gone.jsonl"))
    assert list(files) == [f"{tmp_path}/exports/a.jsonl#1", f"{tmp_path}/gone.jsonl"]
    assert files[f"{tmp_path}/gone.jsonl"]["error"] == "no such file or directory"
    assert run.code == 2


def test_values_of_any_shape_stay_positioned():
    """Quotes, control characters and CRLF in values: offsets in the field map hold."""
    row = {"id": 1, "title": 'I will "quote"\u2028 and\ttab', "description": "line one\r\nline two \u0000 end"}
    gig = gig_from_row(row, "x#1")
    for start, end, field in gig.fields:
        assert gig.field_at(start) == field and gig.field_at(end) == field
    assert "\r" not in gig.text and "\0" not in gig.text and "\\u2028" in gig.text
