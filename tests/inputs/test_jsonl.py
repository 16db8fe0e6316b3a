"""`--input-format jsonl`: one gig per line; findings located by the row's line, the field
(a JSON pointer) and columns in the field's value."""
from __future__ import annotations

import json

from ci_support import check_export, write

from gigcheck.document import gig as G
from gigcheck.engine.linter import default_linter
from gigcheck.engine.tasks import check_row
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


def _where(f: dict) -> tuple:
    return f["rule"], f["field"], f["line"], f["column"], f["end_column"], f["excerpt"]


def test_findings_name_the_row_and_field(tmp_path):
    path = write(tmp_path, "export.jsonl", _lines(ROW))
    run, files = _check(str(path))
    found = {(f["rule"], f["section"], f["field"], f["excerpt"]) for f in files[f"{path}#g-1"]["findings"]}
    assert ("GC104", "title", "/title", "&") in found
    assert ("GC201", "description", "/description", "anna.studio@gmail.com") in found
    assert ("GC506", "extra:Extra stuff", "/extras/1/title", "Extra stuff") in found
    assert ("GC602", "extra:Extra stuff", "/extras/1/description", "!!!") in found
    assert run.code == 1


def test_one_line_export_reports_line_1_and_the_field(tmp_path):
    """The acceptance case: a contact detail in extras[1].description."""
    row = {
        "id": "a1",
        "title": "I will record your voice over",
        "description": "Warm, clear narration.",
        "extras": [
            {"title": "Source files", "price": 10, "delivery": 1, "description": "The raw WAV takes."},
            {"title": "Rush order", "price": 20, "delivery": -1, "description": "Questions? Mail bob.voice@gmail.com"},
        ],
    }
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(row), encoding="utf-8")  # one line, no final newline
    run, files = _check(str(path))
    (f,) = [f for f in files[f"{path}#a1"]["findings"] if f["rule"] == "GC201"]
    value = row["extras"][1]["description"]
    col = value.index("bob.voice") + 1
    assert _where(f) == ("GC201", "/extras/1/description", 1, col, col + 19, "bob.voice@gmail.com")
    assert f["end_line"] == 1 and value[f["column"] - 1 : f["end_column"] - 1] == f["excerpt"]
    assert f["section"] == "extra:Rush order"


def test_columns_count_from_the_value_start_newlines_included(tmp_path):
    """A phone on the second line of a multi-line value: the column counts the first line
    and its newline; the row's line is still the file's line."""
    first = "I mix and master podcasts."
    row = {"id": "p", "title": "I will mix your podcast", "description": f"{first}\nCall +1 415 555 0134 today."}
    path = write(tmp_path, "e.jsonl", _lines({"id": "other", "title": "I will help"}, "", row))
    run, files = _check(str(path))
    (f,) = [f for f in files[f"{path}#p"]["findings"] if f["rule"] == "GC202"]
    col = len(first) + 1 + len("Call ") + 1
    assert _where(f) == ("GC202", "/description", 3, col, col + 15, "+1 415 555 0134")


def test_crlf_counts_two_characters():
    """Columns count the value as decoded: "\\r\\n" is two characters."""
    row = {"id": "c", "title": "I will help", "description": "One.\r\nTwo.\r\nMail x.y@gmail.com"}
    result, _ = check_row(default_linter(), row, "x#c")
    (f,) = [f for f in result.findings if f.rule == "GC201"]
    assert row["description"][f.column - 1 : f.end_column - 1] == "x.y@gmail.com" == f.excerpt
    assert result.values["/description"] == row["description"]


def test_title_and_tags_are_located_in_their_fields(tmp_path):
    rows = [
        {"id": "t", "title": "I will design logos & icons", "tags": ["logo", "bob.smith@gmail.com"]},
        {"id": "u", "title": "I will help", "tags": ["a", "b", "c", "d", "e", "f", "g"]},
        {"id": "v", "title": "I will help", "tags": "a, b, c, d, e, f, g"},
    ]
    path = write(tmp_path, "e.jsonl", _lines(*rows))
    run, files = _check(str(path))
    t = {f["rule"]: _where(f) for f in files[f"{path}#t"]["findings"]}
    assert t["GC104"] == ("GC104", "/title", 1, 21, 22, "&")
    assert t["GC201"] == ("GC201", "/tags/1", 1, 1, 20, "bob.smith@gmail.com")
    # Tags 6 and 7 of a list: the list as a whole (its items are separate values).
    (u,) = [_where(f) for f in files[f"{path}#u"]["findings"] if f["rule"] == "GC107"]
    assert u == ("GC107", "/tags", 2, 1, 1, "f, g")
    # Comma-separated text is one value: columns in it.
    (v,) = [_where(f) for f in files[f"{path}#v"]["findings"] if f["rule"] == "GC107"]
    assert v == ("GC107", "/tags", 3, 16, 20, "f, g")


def test_findings_about_something_missing_point_at_the_row_or_the_extra(tmp_path):
    row = {"id": "m", "category": "Design", "extras": [{"description": "One PNG file of your logo."}]}
    path = write(tmp_path, "e.jsonl", _lines(row))
    run, files = _check(str(path))
    where = {f["rule"]: (f["field"], f["column"], f["end_column"]) for f in files[f"{path}#m"]["findings"]}
    assert where["GC101"] == ("", 1, 1)  # no title: the row itself
    assert where["GC105"] == ("", 1, 1)
    # An extra without a title is named in messages, and located at the extra.
    assert where["GC502"] == ("/extras/0", 1, 1)
    assert 'The extra "Extra 1" has no price.' in [f["message"] for f in files[f"{path}#m"]["findings"]]


def test_findings_are_those_of_the_gig_file_written_by_hand(default_config):
    """A row is checked by the same rules as the Markdown gig a seller would write for it."""
    linter = default_linter()
    markdown = {
        "g-1": (
            "---\ntitle: I will design logos & icons\ntags: [logo, icon]\n---\n\n## Description\n\n"
            "Clean vector logos.\nMail anna.studio@gmail.com first.\n\n## Extras\n\n"
            "### Source files\nPrice: 25\nDelivery: 1\n\nAI and PSD files.\n\n"
            "### Extra stuff\nPrice: $20\nDelivery: +1 day\n\nI will do extra stuff!!!\n"
        ),
        "h": (
            "---\ntitle: best LOGO designer!!!\ncategory: Graphics & Design\n"
            "tags: [logo, logo design, minimalist, brand, vector, icon]\n---\n\n## Description\n\n"
            "I design **minimalist** logos. WhatsApp me at +44 7700 900123 or see "
            "[my work](https://bit.ly/abc).\n\n- three concepts\n- PayPal accepted outside the site\n\n"
            "## Extras\n\n### Rush\nPrice: free\nDelivery: soon\n\nFaster.\n\n"
            "### Live call\nPrice: $25\nDelivery: +1 day\n\nWe talk on Skype.\n\n"
            "## FAQ\n\n**Can I pay by bank transfer?** Yes, IBAN DE89 3704 0044 0532 0130 00.\n\n"
            "## Requirements\n\nSend your brand name and colors to me@brand.co.\n"
        ),
    }
    rows = {
        "g-1": ROW,
        "h": {
            "id": "h",
            "title": "best LOGO designer!!!",
            "category": "Graphics & Design",
            "tags": "logo, logo design, minimalist, brand, vector, icon",
            "description": "I design **minimalist** logos. WhatsApp me at +44 7700 900123 or see "
            "[my work](https://bit.ly/abc).\n\n- three concepts\n- PayPal accepted outside the site",
            "extras": [
                {"title": "Rush", "price": "free", "delivery": "soon", "description": "Faster."},
                {"title": "Live call", "price": 25.0, "delivery": "+1 day", "description": "We talk on Skype."},
            ],
            "faq": "**Can I pay by bank transfer?** Yes, IBAN DE89 3704 0044 0532 0130 00.",
            "requirements": "Send your brand name and colors to me@brand.co.",
        },
    }
    for rid, text in markdown.items():
        want = sorted((f.rule, f.excerpt, f.section) for f in linter.check_text(text, "x.md"))
        result, _ = check_row(linter, rows[rid], f"x#{rid}")
        got = sorted((f.rule, f.excerpt, f.section) for f in result.findings)
        assert got == want and len(got) >= 4, rid


def test_the_row_gig_is_built_from_the_fields():
    gig = gig_from_row(ROW, "x#g-1", default_linter().parse).gig
    assert gig.title.raw == "I will design logos & icons" and gig.title.run.section == G.TITLE
    assert [t.raw for t in gig.tags] == ["logo", "icon"]
    assert list(gig.sections) == [G.DESCRIPTION, G.EXTRAS] and all(s.heading is None for s in gig.sections.values())
    assert [(e.name, e.section, e.price.raw, e.delivery.raw, e.description_text) for e in gig.extras] == [
        ("Source files", "extra:Source files", "25", "1", "AI and PSD files."),
        ("Extra stuff", "extra:Extra stuff", "$20", "+1 day", "I will do extra stuff!!!"),
    ]
    # Every value is in the source as the parser read it; no Markdown is made up around it.
    for value in ("I will design logos & icons", ROW["description"], "AI and PSD files.", "$20"):
        assert value in gig.source
    assert "##" not in gig.source and "Price:" not in gig.source and "---" not in gig.source


def test_markdown_in_a_value_stays_in_its_field():
    """A heading inside a description is text of the description; a value starting with
    "---" is a rule, not front matter; an unclosed fence ends with its value."""
    row = {
        "id": 1,
        "title": "I will help",
        "description": "---\ntitle: no\n---\n# Big heading\n\n## FAQ\n\nMail a.b@gmail.com\n\n```\nopen fence",
        "faq": "Questions go to c.d@gmail.com",
    }
    result, _ = check_row(default_linter(), row, "x#1")
    emails = [(f.section, f.field, f.excerpt) for f in result.findings if f.rule == "GC201"]
    assert emails == [("description", "/description", "a.b@gmail.com"), ("faq", "/faq", "c.d@gmail.com")]
    gig = gig_from_row(row, "x#1", default_linter().parse).gig
    assert gig.title.raw == "I will help" and not gig.parse_problems
    assert {r.section for r in gig.runs} == {G.TITLE, G.DESCRIPTION, G.FAQ}
    assert "FAQ" in [r.text for r in gig.sections[G.DESCRIPTION].runs if r.kind == "heading"]


def test_suppression_comments_in_a_value(tmp_path):
    row = {
        "id": 1,
        "title": "I will help",
        "description": "<!-- gigcheck-disable-next-line contact-email -->\nMail a.b@gmail.com\n\nMail c.d@gmail.com",
    }
    path = write(tmp_path, "e.jsonl", _lines(row))
    run, files = _check(str(path))
    assert [f["excerpt"] for f in files[f"{path}#1"]["findings"] if f["rule"] == "GC201"] == ["c.d@gmail.com"]


def test_cross_gig_findings_name_the_field(tmp_path):
    rows = [
        {"id": "1", "seller": "anna", "title": "I will help", "description": "Mail bob.smith@gmail.com now."},
        {"id": "2", "seller": "ben", "title": "I will help too", "extras": [
            {"title": "Call", "price": 5, "delivery": 1, "description": "Write to bob.smith@gmail.com"}]},
    ]
    path = write(tmp_path, "x.jsonl", _lines(*rows))
    run, files = _check(str(path), "--select", "GC201,GC901")
    shared = {p.split("#")[1]: [_where(f) for f in f["findings"] if f["rule"] == "GC901"] for p, f in files.items()}
    assert shared == {
        "1": [("GC901", "/description", 1, 6, 25, "bob.smith@gmail.com")],
        "2": [("GC901", "/extras/0/description", 2, 10, 29, "bob.smith@gmail.com")],
    }


def test_workers_give_the_same_report(tmp_path):
    """Rows travel to worker processes (pickled) and come back located the same way."""
    rows = [dict(ROW, id=f"g{i}", seller=f"s{i}") for i in range(40)]
    path = write(tmp_path, "many.jsonl", _lines(*rows))
    one = _check(str(path), "--jobs", "1")[0].json()
    two = _check(str(path), "--jobs", "2")[0].json()
    assert one == two and one["files"][39]["findings"][0]["line"] == 40


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
        {"id": "n", "title": 5},
        {"id": "t", "title": "I will tag", "tags": ["logo", 2024]},
        {"id": "e", "extras": [{"title": False}]},
        {"id": "s", "seller": 42, "title": "I will have a seller id"},
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
        "n": "'title' must be text, not a number",
        "t": "'tags' must be a list of texts or comma-separated text",
        "e": "'extras[0].title' must be text, not true/false",
    }
    assert f"{path}#7" in files and f"{path}#last" in files  # the other rows are checked
    assert f"gigcheck: error: {path}#L2: invalid JSON" in run.err
    # The blank line is skipped, not renumbered: the last row is on line 13 of the file.
    assert {f["line"] for f in files[f"{path}#last"]["findings"]} == {13}


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
    """Quotes, control characters, CRLF, NUL and lone surrogates in values: every finding
    inside a value quotes that value at its columns."""
    row = {
        "id": 1,
        "title": 'I will "quote"\u2028 & tab\t&',
        "tags": ["a\nb", "c\u0000@gmail.com"],
        "description": "line one\r\nline two \u0000 end \ud800 mail x.y@gmail.com!!!\rlast",
        "extras": [{"title": "Extra\r\nstuff!!!", "price": True, "delivery": [1], "description": "More!!!"}],
    }
    result, _ = check_row(default_linter(), row, "x#1")
    assert result.error is None and len(result.findings) >= 6
    for f in result.findings:
        value = result.values.get(f.field)
        if value is not None:
            assert value[f.column - 1 : f.end_column - 1].replace("\r\n", "\n").replace("\r", "\n") == f.excerpt, f
    assert "\ud800" not in "".join(result.values.values()) and "\0" not in "".join(result.values.values())
    prices = [f for f in result.findings if f.rule == "GC504"]
    assert [(f.field, f.excerpt) for f in prices] == [("/extras/0/price", "true")]
