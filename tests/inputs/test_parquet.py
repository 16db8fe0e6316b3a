"""`--input-format parquet` (read with pyarrow, the JSONL export's columns) and
`--format parquet` (a findings table: the JSON fields plus the gig's path, id, seller)."""
from __future__ import annotations

import json

import pytest
from ci_support import check_export, gigcheck, write
from lazy_support import lazy_module

pa = lazy_module("pyarrow")
pq = lazy_module("pyarrow.parquet")

ROWS = [
    {"id": "g-1", "seller": "anna", "title": "I will design logos & icons", "tags": ["logo", "icon"],
     "description": "Clean vector logos.\nMail anna.studio@gmail.com first.",
     "extras": [{"title": "Rush", "price": "20", "delivery": "-1", "description": "Or call +44 7700 900123"}]},
    {"id": "g-2", "seller": "ben", "title": "I will draw banners", "tags": ["banner", "ad", "web"],
     "description": "Banners for your shop.", "extras": []},
    {"id": None, "seller": "ben", "title": "No id", "tags": [], "description": "x", "extras": []},
    {"id": "g-1", "seller": "cy", "title": "Again", "tags": [], "description": "y", "extras": []},
]


def _parquet(tmp_path, rows=ROWS, name="export.parquet", **kw):
    path = tmp_path / name
    pq.write_table(pa.Table.from_pylist(rows), path, **kw)
    return path


def test_rows_are_checked_as_the_jsonl_rows_are(tmp_path):
    path = _parquet(tmp_path, ROWS[:2], row_group_size=1)
    lines = write(tmp_path, "export.jsonl", "".join(json.dumps(r) + "\n" for r in ROWS[:2]))
    _, files = check_export("parquet", str(path))
    _, same = check_export("jsonl", str(lines))
    assert files[f"{path}#g-1"]["findings"] == same[f"{lines}#g-1"]["findings"]
    found = {(f["rule"], f["field"], f["line"]) for f in files[f"{path}#g-1"]["findings"]}
    assert ("GC201", "/description", 1) in found and ("GC202", "/extras/0/description", 1) in found


def test_bad_rows_are_errors_naming_file_and_row_and_the_rest_is_checked(tmp_path):
    path = _parquet(tmp_path, row_group_size=2)
    run, files = check_export("parquet", str(path))
    assert run.code == 2
    assert files[f"{path}#L3"]["error"] == "the row has no 'id' (text or a whole number)"
    assert files[f"{path}#L4"]["error"] == "id 'g-1' is already the id of the row on line 1"
    assert f"{path}#L4: id 'g-1' is already" in run.err and "Traceback" not in run.err
    assert files[f"{path}#g-2"]["error"] is None


@pytest.mark.parametrize("content,reason", [
    (b"PAR1 not really", "not a readable Parquet file"),
    (None, "the file has no 'id' column (columns: title)"),
])
def test_an_unreadable_file_is_one_error(tmp_path, content, reason):
    path = tmp_path / "bad.parquet"
    if content is None:
        pq.write_table(pa.Table.from_pylist([{"title": "x"}]), path)
    else:
        path.write_bytes(content)
    good = _parquet(tmp_path, ROWS[1:2], name="good.parquet")
    run, files = check_export("parquet", str(path), str(good))
    assert reason in files[f"{path}#L1"]["error"]
    assert files[f"{good}#g-2"]["error"] is None


def test_standard_input_is_refused_in_one_line(tmp_path):
    run = gigcheck("check", "--input-format", "parquet", "-", input="")
    assert run.code == 2
    assert "cannot be read from standard input" in run.err and "Traceback" not in run.err


def test_the_parquet_report_holds_the_json_findings_and_the_gig(tmp_path):
    pd = pytest.importorskip("pandas")
    path = _parquet(tmp_path)
    out = tmp_path / "findings.parquet"
    run = gigcheck("check", "--input-format", "parquet", str(path), "-o", str(out))
    assert run.code == 2, run.err
    table = pd.read_parquet(out)
    _, files = check_export("parquet", str(path))
    want = [(p, f["rule"], f["message"], f["column"], f["field"]) for p, e in files.items() for f in e["findings"]]
    found = table[table["rule"].notna()]
    assert list(zip(found["path"], found["rule"], found["message"], found["column"], found["field"], strict=True)) == want
    first = found.iloc[0]
    assert (first["id"], first["seller"], first["file"]) == ("g-1", "anna", str(path))
    assert set(table.loc[table["error"].notna(), "path"]) == {f"{path}#L3", f"{path}#L4"}


@pytest.mark.parametrize("args,says", [
    (["--format", "text"], "--scheduler writes parquet, jsonl, json reports, not text"),
    (["--format", "json", "--redact"], "--redact is not available with --scheduler yet"),
])
def test_scheduler_refuses_what_it_cannot_do_in_one_line(tmp_path, args, says):
    path = _parquet(tmp_path)
    run = gigcheck("check", "--input-format", "parquet", str(path), "--scheduler", "local:1", *args)
    assert run.code == 2 and says in run.err and "Traceback" not in run.err


def test_redact_masks_the_parquet_report_too(tmp_path):
    pd = pytest.importorskip("pandas")
    path = _parquet(tmp_path, ROWS[:2])
    out = tmp_path / "findings.parquet"
    gigcheck("check", "--input-format", "parquet", str(path), "--redact", "-o", str(out))
    table = pd.read_parquet(out)
    text = " ".join(str(v) for v in table.to_numpy().ravel())
    assert "GC201" in set(table["rule"]) and "anna.studio@gmail.com" not in text and "7700 900123" not in text


def test_a_gig_files_fix_is_a_json_column_and_an_export_rows_has_none(tmp_path):
    """A Markdown gig's fix (`fix` in JSON) is kept in the table as JSON text; a row of an
    export has no fix: its edits would be placed in the gig rendered from the row."""
    pd = pytest.importorskip("pandas")
    gig = write(tmp_path, "gig.md", "---\ntitle: I will design logos & icons\n---\n\n## Description\n\nClean logos.\n")
    out = tmp_path / "findings.parquet"
    gigcheck("check", str(gig), "--select", "GC104", "-o", str(out))
    fix = json.loads(pd.read_parquet(out).iloc[0]["fix"])
    assert fix["applicability"] == "safe" and fix["edits"][0]["content"].strip() == "and"
    _, files = check_export("parquet", str(_parquet(tmp_path, ROWS[:1])))
    titled = [f for f in files[f"{tmp_path / 'export.parquet'}#g-1"]["findings"] if f["rule"] == "GC104"]
    assert titled and all(f["fix"] is None for f in titled)


def test_a_slice_of_rows_is_read_across_batches_and_row_groups(tmp_path):
    """A Dask partition reads a slice of a file's rows (gigcheck/dask: a row group larger
    than a partition is cut): exactly those rows, numbered as in the whole file, whatever
    batches and row groups they cross."""
    from gigcheck.io.exports.parquet import BATCH, read_rows

    rows = [{"id": f"g-{i}", "seller": "s", "title": "t", "description": "d"} for i in range(3 * BATCH)]
    for size in (3 * BATCH, 700):  # one row group; row groups that do not align with batches
        path = _parquet(tmp_path, rows, name=f"rows-{size}.parquet", row_group_size=size)
        for lo, hi in ((0, 5), (BATCH - 3, 2 * BATCH + 4), (1500, 2100), (3 * BATCH - 1, 3 * BATCH), (10, 10)):
            with open(path, "rb") as stream:
                got = [(n, r["id"]) for n, r in read_rows(stream, 0, range(lo, hi))]
            assert got == [(i + 1, f"g-{i}") for i in range(lo, hi)], (size, lo, hi)
