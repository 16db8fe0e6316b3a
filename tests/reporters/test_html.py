"""The HTML report without a browser: escaping, self-containment, highlights in place."""
from __future__ import annotations

import base64
import hashlib
import io
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from ci_support import render
from conftest import run_cli

from gigcheck.engine.api import lint_file
from gigcheck.engine.runner import iter_results
from gigcheck.records import FileResult, Finding, Severity
from gigcheck.report import get_reporter
from gigcheck.report.html import HtmlReporter, asset
from gigcheck.report.html_gig import render_gig

FIXTURES = Path(__file__).parent / "fixtures"
GIGS = sorted(FIXTURES.glob("*.md"))
VOID = {"meta", "input", "br", "img", "link", "hr", "col", "area", "base", "embed", "source", "wbr"}
# Elements the report's own markup uses; anything else would have come from a gig.
OUR_TAGS = {
    "html", "head", "meta", "title", "style", "body", "main", "header", "h1", "h2", "p", "section",
    "form", "label", "select", "option", "input", "button", "output", "noscript", "div", "table",
    "thead", "tbody", "tr", "th", "details", "summary", "span", "mark", "b", "figure", "figcaption",
    "svg", "g", "rect", "text", "script", "a", "wbr", "dl", "dt", "dd", "time", "code",
}


class Page(HTMLParser):
    """Collects tags, attributes, text, and each gig's source lines as the page shows them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict]] = []
        self.tags: list[tuple[str, dict]] = []
        self.raw: dict[str, list[str]] = {"script": [], "style": []}
        self.gig_lines: dict[str, list[str]] = {}  # data-path -> lines
        self.marks: dict[tuple[str, str], str] = {}  # (path, data-f) -> highlighted text
        self.text: list[str] = []

    def _gig(self) -> str | None:
        return next((a["data-path"] for t, a in self.stack if t == "details"), None)

    def _inside(self, tag: str, cls: str) -> dict | None:
        return next((a for t, a in reversed(self.stack) if t == tag and cls in (a.get("class") or "").split()), None)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag == "div" and a.get("class") == "l":
            self.gig_lines.setdefault(self._gig(), []).append("")
        if tag not in VOID:
            self.stack.append((tag, a))

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1][0] in self.raw:
            self.raw[self.stack[-1][0]].append(data)
            return
        self.text.append(data)
        if self._inside("div", "l") is not None:
            if self._inside("span", "ctl") is not None:
                data = chr(int(data[2:], 16))  # shown as "U+202E"; stands for that character
            self.gig_lines[self._gig()][-1] += data
            mark = self._inside("mark", "hl")
            if mark is not None:
                for f in mark["data-f"].split():
                    key = (self._gig(), f)
                    self.marks[key] = self.marks.get(key, "") + data


@pytest.fixture(scope="module")
def results(default_config) -> list[FileResult]:
    return [lint_file(p, config=default_config, keep_source=True) for p in GIGS]


@pytest.fixture(scope="module")
def page(results) -> tuple[str, Page]:
    html_text = render("html", results)
    parser = Page()
    parser.feed(html_text)
    parser.close()
    return html_text, parser


def test_fixtures_have_findings_of_every_kind(results):
    by_path = {Path(r.path).name: r for r in results}
    assert not by_path["clean.md"].findings
    assert {f.severity for f in by_path["warnings.md"].findings} == {Severity.WARNING}
    assert any(f.column == f.end_column and f.line == f.end_line for f in by_path["missing.md"].findings)
    assert by_path["hostile.md"].findings


def test_gig_text_is_only_ever_text(page):
    html_text, parser = page
    text = "".join(parser.text)
    for hostile in (
        "<script>window.__pwned=1</script>",
        '<img src=x onerror="window.__pwned=2">',
        "the closing tag </script> and a",
        "comment opener <!-- are just text",
        '<iframe src="https://evil.example/frame"></iframe>',
    ):
        assert hostile in text
    tags = {t for t, _ in parser.tags}
    assert tags <= OUR_TAGS, tags - OUR_TAGS
    assert not [a for _, attrs in parser.tags for a in attrs if a.startswith("on")]
    assert len(parser.raw["script"]) == 1 and html_text.count("<script") == 1


def test_self_contained_and_locked_down(page):
    html_text, parser = page
    for tag, attrs in parser.tags:
        for name in ("src", "action", "srcset", "poster", "data", "xlink:href"):
            assert name not in attrs, (tag, attrs)
        # Links only ever go to a place in the page itself ("Back to the table").
        assert attrs.get("href", "#").startswith("#"), (tag, attrs)
    assert not re.search(r"url\(|@import|https?://", "".join(parser.raw["style"]))
    assert not re.search(r"https?://|fetch\(|XMLHttpRequest|innerHTML|eval\(", "".join(parser.raw["script"]))
    csp = next(a["content"] for t, a in parser.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp
    for kind in ("script", "style"):
        body = "".join(parser.raw[kind])
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"{kind}-src 'sha256-{digest}'" in csp
    # The CSP must come before anything it governs.
    assert html_text.index("Content-Security-Policy") < html_text.index("<style")


def test_each_gig_is_shown_whole_and_exactly(page, results):
    _, parser = page
    for r in results:
        source = Path(r.path).read_text(encoding="utf-8")
        assert "\n".join(parser.gig_lines[r.path]) + "\n" == source


def test_findings_are_highlighted_in_place(page, results):
    _, parser = page
    for r in results:
        for k, f in enumerate(r.findings):
            if (f.line, f.column) != (f.end_line, f.end_column):
                assert parser.marks[(r.path, str(k))] == f.excerpt


def test_every_finding_is_explained_with_its_filter_fields(page, results):
    _, parser = page
    notes = [a for t, a in parser.tags if t == "div" and "note" in (a.get("class") or "")]
    assert len(notes) == sum(len(r.findings) for r in results)
    flat = [f for r in results for f in r.findings]
    assert sorted((n["data-rule"], n["data-severity"], n["data-category"], n["data-section"]) for n in notes) == sorted(
        (f.rule, str(f.severity), f.category, f.section) for f in flat
    )


def _finding(line: int, col: int, end_line: int, end_col: int, rule: str = "GC201", sev: Severity = Severity.ERROR) -> Finding:
    return Finding(rule, "x", "contact", sev, "m <b>", line, col, end_line, end_col, "description", "", None)


def _lines(fragment: str) -> list[str]:
    return re.findall(r'<div class="l" data-n="\d+">(.*?)</div>', fragment, re.S)


def test_overlapping_spans_are_cut_not_nested():
    src = "abcdefgh\n"
    out = render_gig(1, FileResult("g.md", [_finding(1, 2, 1, 6), _finding(1, 4, 1, 8, "GC202", Severity.WARNING)], source=src))
    line = re.sub(r' title="[^"]*"', "", _lines(out)[0])
    assert line == (
        'a<mark class="hl sev-error" data-f="0">bc</mark>'
        '<mark class="hl sev-error" data-f="0 1">de</mark>'
        '<mark class="hl sev-warning" data-f="1">fg</mark>h'
    )


def test_multi_line_span_and_its_note_under_the_last_line():
    src = "one\ntwo\nthree\n"
    out = render_gig(1, FileResult("g.md", [_finding(1, 2, 3, 1)], source=src))  # ends with line 2's newline
    lines = _lines(out)
    assert [re.sub(r"<[^>]+>", "", ln) for ln in lines] == ["one", "two", "three"]
    assert "<mark" in lines[0] and "<mark" in lines[1] and "<mark" not in lines[2]
    assert out.index('class="note') < out.index('data-n="3"')


def test_zero_width_finding_is_a_pin_and_messages_are_escaped():
    out = render_gig(1, FileResult("<i>.md", [_finding(1, 3, 1, 3)], source="ab<cd\n"))
    assert '<span class="pin sev-error" data-f="0" title="error GC201 x: m &lt;b&gt;"></span>' in out
    assert "ab<span" in out and "&lt;cd" in out and "<i>" not in out
    assert 'data-path="&lt;i&gt;.md"' in out


def test_without_source_the_lines_findings_point_at_are_shown():
    r = FileResult("g.md", [_finding(7, 1, 7, 3)], lines={7: "hello", 8: "world"})
    out = render_gig(1, r)
    assert re.sub(r"<[^>]+>", "", "".join(_lines(out))) == "helloworld"
    assert 'data-n="7"' in out and "<mark" in out


def test_unreadable_input_is_listed_with_its_reason():
    out = render_gig(3, FileResult("bad<.md", error="not UTF-8 at byte 3 <x>"))
    assert 'data-status="unreadable"' in out and "not UTF-8 at byte 3 &lt;x&gt;" in out


def test_streams_each_gig_as_it_arrives(results):
    out = io.StringIO()
    reporter = HtmlReporter(out)
    reporter.start()
    reporter.file(results[0])
    assert results[0].path in out.getvalue() and 'id="summary"' not in out.getvalue()


def test_only_reporters_that_need_the_source_get_it(default_config):
    assert get_reporter("html").needs_source and not get_reporter("json").needs_source
    plain = next(iter_results([str(GIGS[0])], default_config))
    kept = next(iter_results([str(GIGS[0])], default_config, keep_source=True))
    assert plain.source is None and kept.source == GIGS[0].read_text(encoding="utf-8")


def test_assets_ship_inside_the_package():
    assert "gig-table" in asset("report.js") and "--error" in asset("report.css")


def test_cli_writes_the_report(tmp_path):
    out = tmp_path / "report.html"
    proc = run_cli(["check", "--format", "html", "-o", str(out), str(FIXTURES)])
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout == ""
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert page.count('<details class="gig') == len(GIGS)


def test_redact_masks_the_whole_gig_text_too(tmp_path):
    # The HTML report shows every gig in full: --redact must reach the text, not just excerpts.
    out = tmp_path / "report.html"
    proc = run_cli(["check", "--format", "html", "--redact", "-o", str(out), str(FIXTURES / "errors.md")])
    assert proc.returncode == 1, proc.stderr
    page = out.read_text(encoding="utf-8")
    assert "dev.sam@devsams.com" not in page and "sam.backup@samdev.org" not in page
    assert ">d*****************m</mark>" in page  # same length, so the highlight still fits
