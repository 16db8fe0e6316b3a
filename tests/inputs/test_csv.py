"""`--input-format csv`: a header row, one gig per record."""
from __future__ import annotations

import csv
import io
import json

from ci_support import check_export, gigcheck, write

EMAIL_MESSAGE = "This is an email address; sharing contact details is against marketplace rules."

HEADER = ["id", "seller", "title", "category", "tags", "description", "extras", "requirements", "price_usd"]


def _csv(*rows: dict) -> str:
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=HEADER)
    w.writeheader()
    for r in rows:
        w.writerow(r)
    return out.getvalue()


ROW = {
    "id": "c1",
    "seller": "ben",
    "title": "I will edit your podcast",
    "tags": "audio, podcast, editing",
    "description": "Two lines of text,\nthe second mails ben.audio@gmail.com.",
    "extras": json.dumps([{"title": "Extra stuff", "price": 10, "delivery": -1, "description": "Much more!!!"}]),
    "requirements": "Send your WAV files.",
    "price_usd": "45",  # an unknown column: ignored
}


def _check(*args, input=None):
    return check_export("csv", *args, input=input)


def _where(f: dict) -> tuple:
    return f["rule"], f["field"], f["line"], f["column"], f["end_column"], f["excerpt"]


def test_records_are_gigs(tmp_path):
    path = write(tmp_path, "export.csv", _csv(ROW))
    run, files = _check(str(path))
    found = {(f["rule"], f["section"], f["field"], f["excerpt"]) for f in files[f"{path}#c1"]["findings"]}
    assert ("GC201", "description", "description", "ben.audio@gmail.com") in found
    # The `extras` cell holds JSON: a pointer into it follows the column name.
    assert ("GC506", "extra:Extra stuff", "extras/0/title", "Extra stuff") in found
    assert ("GC602", "extra:Extra stuff", "extras/0/description", "!!!") in found


def test_the_third_record_is_located_by_its_line_and_column_name(tmp_path):
    """Records span two lines (a newline in the description): the third starts on line 6
    (the header is line 1). The column counts in the cell's value, its newline included."""
    rows = [dict(ROW, id=f"c{i}", description=f"Two lines of text,\nnumber {i}.") for i in (1, 2)]
    rows.append(dict(ROW, id="c3"))
    path = write(tmp_path, "export.csv", _csv(*rows))
    run, files = _check(str(path))
    (f,) = [f for f in files[f"{path}#c3"]["findings"] if f["rule"] == "GC201"]
    col = ROW["description"].index("ben.audio") + 1
    assert _where(f) == ("GC201", "description", 6, col, col + 19, "ben.audio@gmail.com")
    assert not [f for f in files[f"{path}#c1"]["findings"] if f["rule"] == "GC201"]
    text = gigcheck("check", "--input-format", "csv", str(path)).out
    assert f"{path}#c3 (record 3, line 6)" in text
    block = text.split(f"{path}#c3 (record 3, line 6)\n", 1)[1]
    assert [ln for ln in block.splitlines() if "GC201" in ln][0].split() == [
        "6", "[description]", "col", str(col), "error", "GC201", "[contact-email]", *EMAIL_MESSAGE.split()]
    html = gigcheck("check", "--input-format", "csv", "--format", "html", str(path)).out
    assert f"record 3, line 6 · description, col {col}" in html


def test_tags_as_text_or_json_list_and_standard_input(tmp_path):
    rows = [
        dict(ROW, id="text", tags="a, b, c, d, e, f", description="Fine."),
        dict(ROW, id="list", tags=json.dumps(["a", "b", "c", "d", "e", "bob.smith@gmail.com"]), description="Fine."),
    ]
    run, files = _check("-", "--stdin-filename", "in.csv", input=_csv(*rows))
    tags = {p: [_where(f) for f in r["findings"] if f["section"] == "tags"] for p, r in files.items()}
    assert tags == {
        "in.csv#text": [("GC107", "tags", 2, 16, 17, "f")],  # columns in the cell's text
        "in.csv#list": [("GC107", "tags/5", 3, 1, 20, "bob.smith@gmail.com"),
                        ("GC201", "tags/5", 3, 1, 20, "bob.smith@gmail.com")],
    }


def test_bad_records_are_errors_of_their_own(tmp_path):
    rows = _csv(
        dict(ROW, id=""),
        dict(ROW, id="c2", extras="[not json"),
        dict(ROW, id="c3", tags="[1, 2"),
        dict(ROW, id="c1"),
        dict(ROW, id="c1"),
    )
    path = write(tmp_path, "e.csv", rows)
    run, files = _check(str(path))
    errors = {p.split("#")[1]: f["error"] for p, f in files.items() if f["error"]}
    # Records span two lines (a newline in the description), so they start on 2, 4, 6, ...
    assert errors == {
        "L2": "the row has no 'id' (text or a whole number)",
        "c2": "'extras' is not a JSON list of {title, price, delivery, description}",
        "c3": "'tags' is neither a JSON list nor comma-separated text",
        "L10": "id 'c1' is already the id of the row on line 8",
    }
    assert files[f"{path}#c1"]["error"] is None
    assert run.code == 2


def test_a_header_without_id_is_one_error(tmp_path):
    path = write(tmp_path, "e.csv", "title,description\nI will help,Text\n")
    run, files = _check(str(path))
    assert files == {
        f"{path}#L1": {
            "path": f"{path}#L1",
            "error": "the header row has no 'id' column (columns: title, description)",
            "findings": [],
        }
    }
    assert run.code == 2


def test_long_cells_are_read(tmp_path):
    """Longer than the csv module's default cell limit (128 KiB), within --max-file-size."""
    row = dict(ROW, description="word " * 40_000)
    path = write(tmp_path, "e.csv", _csv(row))
    run, files = _check(str(path))
    assert files[f"{path}#c1"]["error"] is None
