"""Hostile rows of an export cost themselves, never the batch: a row that cannot be held is
a one-line error of its own (exit 2), numbers no int or float holds are values like any
other (a bad price is a finding), and every other row is reported, with or without workers."""
from __future__ import annotations

import csv
import io
import json

import pytest
from ci_support import check_export, write

from gigcheck.io.json_values import MAX_DEPTH

GOOD = {"id": "g", "title": "I will design a logo", "description": "Clean logos. Mail bob.smith@gmail.com."}
DIGITS_5000 = "9" * 5000  # past Python's 4,300-digit limit for int <-> text
DEEP = "[" * 100_000 + "]" * 100_000


def _good(n: int, first: int = 0) -> list[str]:
    return [json.dumps(dict(GOOD, id=f"g{i}")) for i in range(first, first + n)]


def _extra(price: str) -> str:
    return '[{"title": "Source files", "price": ' + price + ', "delivery": 1, "description": "The AI file."}]'


HOSTILE = [
    '{"id": "big-int", "title": "I will design a logo", "views": ' + DIGITS_5000 + "}",
    '{"id": "deep", "title": "I will design a logo", "meta": ' + DEEP + "}",
    '{"id": "big-price", "title": "I will design a logo", "extras": ' + _extra(DIGITS_5000) + "}",
    '{"id": "400-digits", "title": "I will design a logo", "extras": ' + _extra("1" + "0" * 400) + "}",
    '{"id": "1e400", "title": "I will design a logo", "extras": ' + _extra("1e400") + "}",
    '{"id": "nan", "title": "I will design a logo", "extras": ' + _extra("NaN") + "}",
    '{"id": "twice", "title": "I will design a logo & a card", "title": "I will design a logo"}',
]


def _rules(file: dict) -> set[str]:
    return {f["rule"] for f in file["findings"]}


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_hostile_jsonl_rows_cost_only_themselves(tmp_path, jobs):
    path = write(tmp_path, "e.jsonl", "\n".join(_good(40) + HOSTILE + _good(40, 40)) + "\n")
    run, files = check_export("jsonl", str(path), "--jobs", jobs)
    assert run.code == 2  # the row nested too deeply is an error
    assert "Traceback" not in run.err
    name = str(path)
    assert files[f"{name}#L42"]["error"] == f"invalid row: nested more than {MAX_DEPTH} levels deep"
    assert all("GC201" in _rules(files[f"{name}#g{i}"]) for i in range(80))  # every good row
    assert files[f"{name}#big-int"]["error"] is None
    for rid in ("big-price", "400-digits", "1e400", "nan"):
        assert "GC504" in _rules(files[f"{name}#{rid}"]), rid  # a bad price, not an error
    price = next(f for f in files[f"{name}#big-price"]["findings"] if f["rule"] == "GC504")
    assert len(price["message"]) < 100  # the 5,000 digits are quoted, not copied
    (twice,) = [f for f in files[f"{name}#twice"]["findings"] if f["rule"] == "GC100"]
    assert twice["message"] == "The key 'title' is given twice: only the last value is read."
    assert [e for e in files.values() if e["error"]] == [files[f"{name}#L42"]]


def _csv(header: list[str], rows: list[list[str]]) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return out.getvalue()


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_hostile_csv_records_cost_only_themselves(tmp_path, jobs):
    header = ["id", "title", "description", "tags", "extras"]
    good = [[f"g{i}", GOOD["title"], GOOD["description"], "", ""] for i in range(40)]
    hostile = [
        ["deep-extras", "I will x", "d", "", DEEP],
        ["deep-tags", "I will x", "d", DEEP, ""],
        ["big-price", "I will x", "d", "", _extra(DIGITS_5000)],
    ]
    text = _csv(header, good[:20] + hostile + good[20:])
    # A quote opened on the last record's line 2 and never closed.
    text += 'open,"I will x\nstill the same cell\n'
    path = write(tmp_path, "e.csv", text)
    run, files = check_export("csv", str(path), "--jobs", jobs)
    assert run.code == 2 and "Traceback" not in run.err
    name = str(path)
    errors = {p.split("#")[1]: f["error"] for p, f in files.items() if f["error"]}
    assert errors == {
        "deep-extras": f"'extras' is nested more than {MAX_DEPTH} levels deep",
        "deep-tags": f"'tags' is nested more than {MAX_DEPTH} levels deep",
        "L45": "the quote opened on line 45 is never closed: the rest of the file was read as one cell",
    }
    assert all("GC201" in _rules(files[f"{name}#g{i}"]) for i in range(40))
    assert "GC504" in _rules(files[f"{name}#big-price"])


def test_a_quote_never_closed_is_named_by_its_line(tmp_path):
    """The quote opens in the middle of a record that starts two lines earlier (a quoted
    cell with a newline, then one with a doubled quote); the rows before it are checked."""
    text = 'id,title,description\na,I will x,"one\ntwo ""quoted"" three"\nb,"I will y",x "literal\nc,I will z,"open\nd,I will w,ok\n'
    path = write(tmp_path, "e.csv", text)
    run, files = check_export("csv", str(path))
    errors = {p.split("#")[1]: f["error"] for p, f in files.items() if f["error"]}
    assert errors == {"L5": "the quote opened on line 5 is never closed: the rest of the file was read as one cell"}
    assert {p.split("#")[1] for p in files} == {"a", "b", "L5"}


def test_a_column_named_twice_in_the_header(tmp_path):
    text = _csv(["id", "title", "title", "description"], [["a", "I will x & y", "I will x", "Clean."]])
    path = write(tmp_path, "e.csv", text)
    run, files = check_export("csv", str(path))
    assert run.code == 2
    assert files[f"{path}#L1"]["error"] == "the header row names 'title' twice: only the last such column is read"
    assert files[f"{path}#a"]["error"] is None
