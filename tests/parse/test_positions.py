"""Every visible piece of text keeps its exact line and column in the original file."""
from __future__ import annotations

from pathlib import Path

import pytest

from gigcheck.document.markdown import parse_gig
from gigcheck.document.positions import LineIndex

FIX = Path(__file__).parent / "fixtures"


def _locate(gig, needle):
    """(line, col, section, kind) of each run occurrence of `needle`, via the run's source map."""
    index = LineIndex(gig.source)
    out = []
    for run in gig.runs:
        i = run.text.find(needle)
        while i >= 0:
            a, b = run.src_span(i, i + len(needle))
            assert gig.source[a:b] == needle, (run.kind, gig.source[a:b])
            out.append((*index.position(a), run.section, run.kind))
            i = run.text.find(needle, i + 1)
    return out


@pytest.fixture(scope="module")
def gig(default_config):
    return parse_gig((FIX / "positions.md").read_text(encoding="utf-8"), "positions.md", default_config.vocabulary.grammar)


@pytest.mark.parametrize(
    "needle,line,col,kind",
    [
        ("I will design your logo", 2, 8, "fm_value"),
        ("Design", 3, 11, "fm_value"),
        ("logo", 5, 5, "fm_value"),
        ("brand", 6, 5, "fm_value"),
        ("One concept, PNG file", 11, 18, "fm_value"),
        ("c@d.io", 17, 18, "text"),
        ("e@f.io", 18, 18, "text"),
        ("g@h.io", 20, 12, "text"),
        ("https://example.com/path", 20, 20, "link_url"),
        ("i@j.io", 20, 60, "image_alt"),
        ("https://img.example/k.png", 20, 68, "image_url"),
        ("k@l.io", 22, 14, "text"),
        ("<!-- comment m@n.io -->", 22, 28, "html"),
        ("fenced o@p.io", 25, 1, "code_block"),
        ("indented q@r.io", 28, 5, "code_block"),
        ("https://ref.example.com/s@t.io", 30, 8, "link_url"),
        ("I deliver one day sooner.", 38, 1, "text"),
    ],
)
def test_run_positions(gig, needle, line, col, kind):
    found = _locate(gig, needle)
    assert any((ln, c, k) == (line, col, kind) for ln, c, _, k in found), found


def test_repeated_matches_on_one_line_and_entities(gig):
    found = _locate(gig, "a@b.co")
    assert [(ln, c) for ln, c, *_ in found] == [(16, 31), (16, 48)]
    # "&amp;" is one "&" in the text but five characters in the source.
    para = next(r for r in gig.runs if "a@b.co" in r.text)
    i = para.text.index("&")
    a, b = para.src_span(i, i + 1)
    assert gig.source[a:b] == "&amp;"


def test_multibyte_columns_count_characters(gig):
    (ln, col, *_), = [x for x in _locate(gig, "bold")]
    assert (ln, col) == (16, 7)


def test_sections_extras_and_fields(gig):
    assert gig.title.raw == "I will design your logo"
    assert [t.raw for t in gig.tags] == ["logo", "brand"]
    assert gig.category.raw == "Design"
    (pkg,) = gig.packages
    assert pkg.name == "Basic" and pkg.price.raw == "10" and pkg.delivery.raw == "2"
    (extra,) = gig.extras
    assert extra.name == "Fast delivery"
    assert extra.price.raw == "$40" and extra.delivery.raw == "-1 day"
    assert extra.description_text == "I deliver one day sooner."
    assert set(gig.sections) >= {"description", "extras", "faq"}
    assert any(r.section == "faq" and r.text == "Question?" for r in gig.runs)


def test_comments_are_real_html_comments_only(gig):
    assert [c.text for c in gig.comments] == ["<!-- comment m@n.io -->"]


@pytest.mark.parametrize("name", ["crlf.md", "bom.md"])
def test_crlf_and_bom_change_nothing(name, lint):
    data = (FIX / name).read_bytes().decode("utf-8")
    lf = data.lstrip("\ufeff").replace("\r\n", "\n")
    a = [(f.rule, f.line, f.column, f.end_column, f.excerpt) for f in lint(data)]
    b = [(f.rule, f.line, f.column, f.end_column, f.excerpt) for f in lint(lf)]
    assert a == b and any(f[0] == "GC201" for f in a)


def test_heading_less_file_is_all_description(grammar):
    g = parse_gig("Just text.\n\n### Some heading\n\nMore text.\n", "g.md", grammar)
    assert {r.section for r in g.runs} == {"description"}
    assert "description" in g.sections


def test_extra_fields_in_list_items_and_bold(grammar):
    text = "## Extras\n### Rush\n- **Price:** US$ 1,250\n- Delivery: +0 days\n\nSame-day delivery of the files.\n"
    (extra,) = parse_gig(text, "g.md", grammar).extras
    assert extra.price.raw == "US$ 1,250" and extra.delivery.raw == "+0 days"
    assert extra.description_text == "Same-day delivery of the files."


def test_broken_front_matter_is_a_problem_not_a_crash(grammar):
    g = parse_gig("---\ntitle: [oops\n---\nBody a@b.co\n", "g.md", grammar)
    assert g.parse_problems and g.title is None
    assert any("a@b.co" in r.text for r in g.runs)
