"""The HTML report as an editor's triage page, without a browser: titles and sellers,
cross-links between drafts, back links, severity bars, the header, wrapping paths, and
`--redact` over all of them. (test_html_browser.py drives the same page in Chromium.)"""
from __future__ import annotations

import json
import re
from collections import Counter
from datetime import UTC, datetime
from html import unescape
from html.parser import HTMLParser

import pytest
from conftest import run_cli
from html_support import ANNA, BEN, CARA, DAN, EPOCH, LONG, STAMP, triage_report

from gigcheck import __version__
from gigcheck.records import FileResult, Finding, Severity
from gigcheck.report.html_gig import render_gig
from gigcheck.report.html_header import report_time
from gigcheck.report.html_summary import SeverityTally, bar_chart


class Elements(HTMLParser):
    """Every element's tag, attributes and text (its own and its descendants')."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.all: list[tuple[str, dict, list[str]]] = []
        self.open: list[tuple[str, dict, list[str]]] = []

    def handle_starttag(self, tag, attrs):
        item = (tag, dict(attrs), [])
        self.all.append(item)
        if tag not in ("wbr", "meta", "input"):
            self.open.append(item)

    def handle_endtag(self, tag):
        while self.open:
            if self.open.pop()[0] == tag:
                break

    def handle_data(self, data):
        for _, _, text in self.open:
            text.append(data)

    def find(self, tag: str, cls: str | None = None, **attrs: str) -> list[tuple[dict, str]]:
        return [
            (a, "".join(t))
            for name, a, t in self.all
            if name == tag
            and (cls is None or cls in (a.get("class") or "").split())
            and all(a.get(k.replace("_", "-")) == v for k, v in attrs.items())
        ]


def elements(page: str) -> Elements:
    parser = Elements()
    parser.feed(page)
    parser.close()
    return parser


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> str:
    return triage_report(tmp_path_factory.mktemp("triage")).read_text(encoding="utf-8")


def _gig(page: str, path: str) -> str:
    """The `<details>` block of the gig at `path`."""
    m = re.search(rf'<details [^>]*data-path="{re.escape(path)}".*?</details>', page, re.S)
    assert m is not None, path
    return m.group()


def _names(page: str) -> dict[str, tuple[str, str]]:
    """Each gig's (title, seller) as its summary line shows them ("" when not shown)."""
    out = {}
    for a, _ in elements(page).find("details", "gig"):
        gig = elements(_gig(page, a["data-path"]))
        title, seller = ([t for _, t in gig.find("span", cls)] for cls in ("title", "seller"))
        assert len(title) <= 1 and len(seller) <= 1
        out[a["data-path"]] = ((title or [""])[0], (seller or [""])[0])
    return out


def test_titles_and_sellers_name_each_gig(page):
    assert _names(page) == {
        ANNA: ("I will record a warm voice over", "anna_voices"),
        BEN: ("I will record your voice over", "ben_reads"),
        CARA: ("I will design a minimalist logo for your brand", ""),  # the `# ...` heading
        DAN: ("I will edit your podcast episode", ""),
        LONG: ("I will tune your guitar tracks", ""),
    }
    assert elements(_gig(page, DAN)).find("span", "seller") == []  # unknown: nothing made up


def test_the_seller_of_an_export_row(tmp_path):
    rows = [
        {"id": "r1", "seller": "eve_designs", "title": "I will draw your <b>cat</b>", "description": "Ink drawings."},
        {"id": "r2", "title": "I will draw your dog", "description": "Pencil drawings."},
    ]
    (tmp_path / "gigs.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    proc = run_cli(["check", "--input-format", "jsonl", "--format", "html", "gigs.jsonl"], cwd=tmp_path)
    assert _names(proc.stdout) == {
        "gigs.jsonl#r1": ("I will draw your <b>cat</b>", "eve_designs"),
        "gigs.jsonl#r2": ("I will draw your dog", ""),
    }
    assert '<span class="title">I will draw your &lt;b&gt;cat&lt;/b&gt;</span>' in proc.stdout


def test_cross_gig_findings_link_the_drafts_they_name(page):
    for here, other in ((ANNA, BEN), (BEN, ANNA)):
        notes = elements(_gig(page, here))
        for rule in ("GC901", "GC902"):
            (note, text), = notes.find("div", "note", data_rule=rule)
            links = elements(_gig(page, here)[_gig(page, here).index(f'data-rule="{rule}"'):]).find("a", "xref")
            assert links[0] == ({"class": "xref"}, other), rule
            assert other in text  # the message still reads as before
    # Only cross-gig findings name other drafts.
    assert page.count('class="xref"') == 4


def test_a_named_draft_the_message_does_not_spell_is_listed_after_it():
    f = Finding("GC901", "shared-contact-detail", "cross-gig", Severity.ERROR, "Also in 2 other drafts.",
                1, 1, 1, 2, "description", "x", related=("a/b.md", "c<d>.md"))
    out = render_gig(1, FileResult("x.md", [f], source="x\n"))
    assert '(see <a class="xref">a/<wbr>b.md</a>, <a class="xref">c&lt;d&gt;.md</a>)' in out


def test_every_gig_has_a_way_back_to_the_table(page):
    parsed = elements(page)
    gigs = parsed.find("details", "gig")
    backs = parsed.find("a", "back")
    assert len(backs) == len(gigs) == 5
    assert {a["href"] for a, _ in backs} == {"#triage"} and parsed.find("section", id="triage")
    unreadable = render_gig(2, FileResult("bad.md", error="not UTF-8"))
    assert unreadable.count('class="back" href="#triage"') == 1


def test_the_header_says_what_made_the_report(page):
    (dl, text), = elements(page).find("dl", "run")
    assert "Policy packfiverr built in" in text  # never the installation's absolute path
    assert "Configurationnone (the pack's defaults)" in text
    assert f"gigcheck{__version__}" in text
    assert f'<time datetime="{STAMP}">{STAMP}</time>' in page
    assert "Inputs5 files from drafts" in text


def test_the_header_names_the_pack_and_config_chosen(tmp_path):
    (tmp_path / "g.md").write_text("---\ntitle: I will help you\n---\nHello.\n", encoding="utf-8")
    (tmp_path / ".gigcheck.toml").write_text('policy = "strict"\n', encoding="utf-8")
    proc = run_cli(["check", "--format", "html", "g.md", "g.md"], cwd=tmp_path, env={"SOURCE_DATE_EPOCH": "0"})
    (dl, text), = elements(proc.stdout).find("dl", "run")
    assert "Policy packstrict built in" in text
    assert "Configuration.gigcheck.toml" in text  # relative to where it ran, as the findings' paths
    assert str(tmp_path) not in text
    assert "Generated1970-01-01T00:00:00Z" in text


def test_a_project_pack_outside_the_working_directory_is_shown_whole(tmp_path):
    (tmp_path / "packs").mkdir()
    (tmp_path / "packs" / "house.toml").write_text('[pack]\nname = "house"\nextends = "fiverr"\n', encoding="utf-8")
    (tmp_path / "work").mkdir()
    (tmp_path / "work" / "g.md").write_text("---\ntitle: I will help you\n---\nHello.\n", encoding="utf-8")
    pack = str(tmp_path / "packs" / "house.toml")
    proc = run_cli(["check", "--format", "html", "--policy", pack, "g.md"], cwd=tmp_path / "work")
    (dl, text), = elements(proc.stdout).find("dl", "run")
    assert f"Policy packhouse {pack}" in text


def test_many_arguments_are_counted(tmp_path):
    names = [f"g{i:02}.md" for i in range(20)]
    for n in names:
        (tmp_path / n).write_text("---\ntitle: I will help you\n---\nHello.\n", encoding="utf-8")
    proc = run_cli(["check", "--format", "html", *names], cwd=tmp_path)
    (dl, text), = elements(proc.stdout).find("dl", "run")
    assert "Inputs20 files from g00.md g01.md" in text and "g11.md and 8 more" in text and "g12.md" not in text


def test_the_same_run_gives_the_same_bytes(tmp_path):
    first = triage_report(tmp_path, name="a.html").read_bytes()
    assert triage_report(tmp_path, name="b.html").read_bytes() == first


def test_without_source_date_epoch_the_report_says_now():
    before = datetime.now(UTC).replace(microsecond=0)
    when = report_time({})
    assert before <= when <= datetime.now(UTC) and when.tzinfo is not None
    assert report_time({"SOURCE_DATE_EPOCH": EPOCH}) == datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)


@pytest.mark.parametrize("value", ["yesterday", "-5", "1.5", "99999999999999999999"])
def test_a_malformed_source_date_epoch_is_a_usage_error(tmp_path, value):
    (tmp_path / "g.md").write_text("---\ntitle: I will help you\n---\nHello.\n", encoding="utf-8")
    proc = run_cli(["check", "--format", "html", "-o", "r.html", "g.md"], cwd=tmp_path,
                   env={"SOURCE_DATE_EPOCH": value})
    assert proc.returncode == 2
    assert proc.stderr == (
        f"gigcheck: error: SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, not '{value}'\n"
    )
    assert not (tmp_path / "r.html").exists()
    # Other formats have no date: the variable is theirs to ignore.
    assert run_cli(["check", "g.md"], cwd=tmp_path, env={"SOURCE_DATE_EPOCH": value}).returncode == 0


def test_bars_are_split_by_severity_and_say_it_in_words(page):
    parsed = elements(page)
    assert [t for _, t in parsed.find("span", "key")] == ["error", "warning", "info"]  # the legend
    bars = {a["data-value"]: a for a, _ in parsed.find("g", "bar")}
    assert bars["GC201"]["aria-label"] == "GC201 contact-email: 2 findings (2 errors)"
    assert bars["cross-gig"]["aria-label"] == "cross-gig: 4 findings (2 errors, 2 warnings)"
    assert bars["payment"]["aria-label"] == "payment: no findings"
    cross = page[page.index('data-value="cross-gig"'):]
    cross = cross[: cross.index("</g>")]
    assert re.findall(r'class="seg (sev-\w+)"', cross) == ["sev-error", "sev-warning"]
    assert ">2 errors, 2 warnings</text>" in cross


def test_bar_segments_are_in_proportion():
    tally = SeverityTally()
    for sev, n in ((Severity.ERROR, 3), (Severity.INFO, 1)):
        tally.add(FileResult("g.md", [Finding("GC1", "x", "listing", sev, "m", 1, 1, 1, 2, "title", "x")] * n))
    out = bar_chart("t", [("GC1", "GC1 x", tally.rules["GC1"]), ("GC2", "GC2 y", Counter({Severity.WARNING: 2}))], "rule")
    widths = [int(w) for w in re.findall(r'class="seg sev-\w+" x="\d+" y="\d+" width="(\d+)"', out)]
    assert widths == [165, 55, 110]  # 3 errors + 1 info fill the longest bar; 2 warnings half of it


def test_paths_wrap_after_separators(page):
    summary_path = re.search(r'<span class="path">(.*?)</span>', _gig(page, ANNA)).group(1)
    assert summary_path == "drafts/<wbr>anna/<wbr>voice.md"
    long = re.search(r'<span class="path">(.*?)</span>', _gig(page, LONG)).group(1)
    assert unescape(long.replace("<wbr>", "")) == LONG and long.count("<wbr>") == LONG.count("/")
    row = render_gig(1, FileResult("C:\\gigs\\export.jsonl#row-7", []))
    assert '<span class="path">C:\\<wbr>gigs\\<wbr>export.jsonl#<wbr>row-7</span>' in row


def test_redact_masks_titles_sellers_named_drafts_and_arguments(tmp_path):
    secret = "nora.vance@gmail.com"
    gig = f"---\ntitle: I will paint pets, mail {secret}\nseller: {secret}\n---\nPortraits in oil. Mail {secret}\n"
    (tmp_path / f"call-{secret}.md").write_text(gig, encoding="utf-8")
    (tmp_path / "other.md").write_text(gig.replace(f"seller: {secret}", "seller: cat_studio"), encoding="utf-8")
    plain = run_cli(["check", "--format", "html", f"call-{secret}.md", "other.md"], cwd=tmp_path).stdout
    assert f'<span class="seller">{secret}</span>' in plain and f'<a class="xref">call-{secret}.md</a>' in plain
    for selection in ([], ["--select", "links"], ["--ignore", "GC201"]):
        proc = run_cli(["check", "--format", "html", "--redact", *selection, f"call-{secret}.md", "other.md"],
                       cwd=tmp_path)
        assert proc.returncode in (0, 1), proc.stderr
        assert "nora" not in proc.stdout.lower() and "vance" not in proc.stdout.lower(), selection
