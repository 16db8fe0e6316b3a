"""The HTML report in a real headless browser (Debian's chromium, driven by Playwright).

It must render, sort and filter, never run a gig's script, and never load anything. No
skipping: without chromium these tests fail and say how to install it (.ci/run does).
"""
from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import run_cli
from html_support import ANNA, BEN, CARA, LONG, STAMP, triage_report

from gigcheck import __version__

pytestmark = pytest.mark.slow  # a browser started for the module

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
FIXTURES = Path(__file__).parent / "fixtures"
ROWS = "#gig-table tbody tr:not([hidden])"


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("html")
    shutil.copytree(FIXTURES, root / "gigs")
    (root / "gigs" / "broken.md").write_bytes(b"---\ntitle: I will \xff\xfe\n")  # not UTF-8
    proc = run_cli(["check", "--format", "html", "-o", "report.html", "gigs"], cwd=root)
    assert proc.returncode == 2, proc.stderr  # the unreadable gig; the report is still written
    return root / "report.html"


def _missing(reason: str) -> None:
    """Skip where the browser cannot run (a developer's machine without Chromium); in CI
    (`CI` set, as .ci/run and hosted runners set it) a missing browser is a failure, so the
    report's tests never silently stop running there."""
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        _missing(f"{CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium); .ci/run does")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("playwright is not installed: pip install -e '.[test]'")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Watch:
    """Everything the page asked for or complained about."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        self.blocked: list[str] = []
        self.errors: list[str] = []

    def clear(self) -> None:
        self.requests.clear()
        self.blocked.clear()
        self.errors.clear()


def new_tab(browser) -> tuple[object, Watch]:
    """A page in a context of its own that loads file: URLs only (anything else is
    blocked and noted), its requests and errors noted in its Watch."""
    watch = Watch()
    context = browser.new_context(viewport={"width": 1280, "height": 900})

    def route(r) -> None:
        if r.request.url.startswith("file:"):
            r.continue_()
        else:
            watch.blocked.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.on("request", lambda req: watch.requests.append(req.url))
    page.on("pageerror", lambda exc: watch.errors.append(str(exc)))
    page.on("console", lambda msg: watch.errors.append(msg.text) if msg.type == "error" else None)
    return page, watch


def load(tab: tuple[object, Watch], url: str) -> object:
    """`url` loaded afresh in `tab`, its Watch cleared first: a new document, its script
    run again from the start. (By way of about:blank: the URL the last test left, or the
    same URL with another #hash, would otherwise only scroll, keeping the last state.)"""
    page, watch = tab
    page.goto("about:blank")
    watch.clear()
    page.goto(url)
    page.wait_for_load_state("load")
    return page


def open_page(browser, url: str) -> tuple[object, Watch]:
    tab = new_tab(browser)
    return load(tab, url), tab[1]


@pytest.fixture(scope="module")
def tab(browser) -> Iterator[tuple[object, Watch]]:
    """One page for the module's tests (a new context and page per test cost a quarter
    of a second of Chromium each): each test loads its report in it afresh (`load`)."""
    pg, watch = new_tab(browser)
    yield pg, watch
    pg.context.close()


@pytest.fixture
def page(tab, report) -> Iterator[object]:
    pg = load(tab, report.as_uri())
    yield pg
    watch = tab[1]
    assert watch.errors == []  # a script error, or a CSP refusal of our own style or script
    assert watch.blocked == [] and watch.requests == [report.as_uri()]


def visible_paths(page) -> list[str]:
    return page.locator(f"{ROWS} td.path").all_inner_texts()


def test_renders_summary_table_and_gigs(page):
    assert page.title() == "gigcheck report"
    assert page.locator(ROWS).count() == 6
    assert page.locator("#f-count").inner_text() == "6 of 6 gigs"
    # Streamed last, shown first.
    assert page.locator("#summary").bounding_box()["y"] < page.locator("#triage").bounding_box()["y"]
    assert page.locator("#summary .bar").count() > 0
    assert visible_paths(page)[0] == "gigs/broken.md"  # unreadable sorts first, then errors
    hostile = page.locator("details.gig[data-path='gigs/hostile.md']")
    # The DOM's text, not the rendered one: `content-visibility: auto` skips rendering an
    # off-screen gig, and a loaded machine may not have painted it after a scroll.
    assert "<script>window.__pwned=1</script>" in (hostile.text_content() or "")
    assert hostile.locator("mark").first.text_content() == "/"


def test_gig_scripts_never_run(page):
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("details.gig img, details.gig iframe, details.gig script").count() == 0


def test_filters(page):
    page.select_option("#f-severity", "warning")
    assert visible_paths(page) == ["gigs/warnings.md"]
    assert page.locator("details.gig:not([hidden])").count() == 1
    page.select_option("#f-severity", "")
    page.select_option("#f-rule", "GC201")
    assert sorted(visible_paths(page)) == ["gigs/errors.md", "gigs/hostile.md"]
    # Findings of other rules are hidden in the shown gigs' text.
    assert page.locator("details.gig[data-path='gigs/errors.md'] .note:visible").count() == 2
    page.select_option("#f-rule", "")
    page.select_option("#f-section", "title")
    assert sorted(visible_paths(page)) == ["gigs/errors.md", "gigs/hostile.md", "gigs/missing.md", "gigs/warnings.md"]
    page.select_option("#f-category", "contact")
    assert sorted(visible_paths(page)) == []
    page.click("#f-clear")
    page.fill("#f-path", "HOST")
    assert visible_paths(page) == ["gigs/hostile.md"]
    assert page.locator("#f-count").inner_text() == "1 of 6 gigs"
    page.fill("#f-path", "")
    assert page.locator(ROWS).count() == 6


def test_chart_bars_and_cards_filter(page):
    page.click("#summary .bar[data-value='GC108']")
    assert visible_paths(page) == ["gigs/errors.md"]
    page.click("#summary .bar[data-value='GC108']")  # again: cleared
    assert page.locator(ROWS).count() == 6
    page.click("#summary button.card[data-value='warning']")
    assert visible_paths(page) == ["gigs/warnings.md"]


def test_sorting(page):
    names = ["broken.md", "clean.md", "errors.md", "hostile.md", "missing.md", "warnings.md"]
    page.click("#gig-table th[data-key='path'] button")
    assert visible_paths(page) == [f"gigs/{n}" for n in names]
    assert page.get_attribute("#gig-table th[data-key='path']", "aria-sort") == "ascending"
    page.click("#gig-table th[data-key='path'] button")
    assert visible_paths(page) == [f"gigs/{n}" for n in reversed(names)]
    page.click("#gig-table th[data-key='errors'] button")
    # hostile.md: 7 errors (its <script> and onerror are link-script-url's), errors.md 5
    assert visible_paths(page)[:3] == ["gigs/hostile.md", "gigs/errors.md", "gigs/missing.md"]


def test_row_click_opens_the_gig(page):
    gig = page.locator("details.gig[data-path='gigs/clean.md']")
    assert gig.get_attribute("open") is None  # clean gigs start folded
    page.click(f"{ROWS} td.path >> text=gigs/clean.md")
    assert gig.get_attribute("open") is not None


def test_the_csp_blocks_scripts_that_are_not_ours(browser, report, tmp_path):
    # Second line of defense: even markup that escaped escaping could not run.
    tampered = tmp_path / "tampered.html"
    tampered.write_text(
        report.read_text(encoding="utf-8").replace("<main>", "<main><script>window.__csp=1</script>", 1),
        encoding="utf-8",
    )
    pg, watch = open_page(browser, tampered.as_uri())
    try:
        assert pg.evaluate("typeof window.__csp") == "undefined"
        assert pg.locator(ROWS).count() == 6  # our own script still ran
        assert any("Content Security Policy" in e for e in watch.errors)
    finally:
        pg.context.close()


# -- the editor's batch (tests/html_support.py): search, cross-links, sections, header ----


@pytest.fixture(scope="module")
def triage(tmp_path_factory) -> Path:
    return triage_report(tmp_path_factory.mktemp("triage"))


@pytest.fixture
def tpage(tab, triage) -> Iterator[object]:
    pg = load(tab, triage.as_uri())
    yield pg
    watch = tab[1]
    assert watch.errors == []
    assert watch.blocked == [] and [r.split("#")[0] for r in watch.requests] == [triage.as_uri()]


def shown(page) -> list[str]:
    return sorted(visible_paths(page))


def cells(page, key: str) -> list[str]:
    """The column `key` (its header's data-key), in table order, shown rows only."""
    index = page.locator("#gig-table thead th").evaluate_all(
        f"ths => ths.findIndex(th => th.dataset.key === '{key}')"
    )
    return page.locator(f"{ROWS} td:nth-child({index + 1})").all_inner_texts()


def in_view(page, selector: str) -> bool:
    return page.evaluate(
        "s => { const r = document.querySelector(s).getBoundingClientRect();"
        " return r.top >= -1 && r.top < window.innerHeight; }",
        selector,
    )


def test_search_reads_finding_messages_and_gig_text(tpage):
    assert len(visible_paths(tpage)) == 5
    # Only in a finding's message (GC201's), in no path, title or gig text:
    tpage.fill("#f-path", "against marketplace rules")
    assert shown(tpage) == [ANNA, BEN]
    tpage.fill("#f-path", "GC506")  # a rule code: anna's extras
    assert shown(tpage) == [ANNA]
    # Only in a gig's body, any case, words in any order:
    tpage.fill("#f-path", "ZANZIBAR")
    assert shown(tpage) == [CARA]
    tpage.fill("#f-path", "tiles  zanzibar")
    assert shown(tpage) == [CARA]
    tpage.fill("#f-path", "zanzibar voice")  # every word must be found
    assert shown(tpage) == []
    assert tpage.locator("#f-count").inner_text() == "0 of 5 gigs"
    tpage.fill("#f-path", "minimalist logo")  # a title from a `# ...` heading
    assert shown(tpage) == [CARA]
    tpage.fill("#f-path", "ben_reads")  # a seller
    assert shown(tpage) == [BEN]
    tpage.fill("#f-path", "")
    assert len(visible_paths(tpage)) == 5


def test_title_and_seller_columns_sort(tpage):
    tpage.click("#gig-table th[data-key='seller'] button")
    assert cells(tpage, "seller") == ["anna_voices", "ben_reads", "", "", ""]  # unknown last
    tpage.click("#gig-table th[data-key='seller'] button")
    assert cells(tpage, "seller") == ["ben_reads", "anna_voices", "", "", ""]
    tpage.click("#gig-table th[data-key='title'] button")
    assert cells(tpage, "title") == [
        "I will design a minimalist logo for your brand", "I will edit your podcast episode",
        "I will record a warm voice over", "I will record your voice over", "I will tune your guitar tracks",
    ]
    assert tpage.get_attribute("#gig-table th[data-key='title']", "aria-sort") == "ascending"


def test_cross_gig_links_go_to_the_other_draft_and_back(tpage):
    ben = tpage.locator(f"details.gig[data-path='{BEN}']")
    ben_id = ben.get_attribute("id")
    link = tpage.locator(f"details.gig[data-path='{ANNA}'] .note[data-rule='GC901'] a.xref")
    assert link.inner_text() == BEN and link.get_attribute("href") == f"#{ben_id}"
    tpage.evaluate(f"document.querySelector('#{ben_id}').open = false")
    link.click()
    assert tpage.evaluate("location.hash") == f"#{ben_id}"
    assert ben.get_attribute("open") is not None and in_view(tpage, f"#{ben_id}")
    assert tpage.evaluate("document.querySelector(':target').id") == ben_id
    # GC902 links back the other way.
    tpage.click(f"#{ben_id} .note[data-rule='GC902'] a.xref")
    assert tpage.evaluate("location.hash") == "#" + tpage.locator(f"details.gig[data-path='{ANNA}']").get_attribute("id")
    # And every gig has its way back to the table.
    tpage.click(f"#{ben_id} a.back")
    assert tpage.evaluate("location.hash") == "#triage" and in_view(tpage, "#gig-table")


def test_a_link_to_a_draft_the_filters_hide_shows_it(tpage):
    tpage.fill("#f-path", "custom quotes")  # only anna's text
    assert shown(tpage) == [ANNA]
    tpage.click(f"details.gig[data-path='{ANNA}'] .note[data-rule='GC901'] a.xref")
    ben = f"details.gig[data-path='{BEN}']"
    assert tpage.locator(ben).is_visible() and tpage.input_value("#f-path") == ""
    assert len(visible_paths(tpage)) == 5


def test_the_section_filter_groups_extras(tpage):
    options = tpage.locator("#f-section option").evaluate_all("os => os.map(o => [o.value, o.textContent])")
    values = [v for v, _ in options]
    assert "extra:*" in values and not [v for v in values if v.startswith("extra:") and v != "extra:*"]
    assert dict(options)["extra:*"] == "Extras (5)"  # anna's two extras, five findings in them
    tpage.select_option("#f-section", "extra:*")
    assert shown(tpage) == [ANNA]
    anna = f"details.gig[data-path='{ANNA}']"
    assert tpage.locator(f"{anna} .note:visible").count() == 5
    assert tpage.locator(f"{anna} .note[data-rule='GC201']").is_hidden()


def test_the_header_says_what_made_the_report(tpage):
    header = tpage.locator("#top dl.run").inner_text()
    for text in ("fiverr built in", __version__, STAMP, "5 files", "drafts"):
        assert text in header, text
    assert tpage.locator("#top").bounding_box()["y"] < tpage.locator("#summary").bounding_box()["y"]


def test_long_paths_wrap_at_separators_and_never_widen_the_table(tpage):
    wrap = tpage.locator(".tablewrap")
    assert wrap.evaluate("w => w.scrollWidth <= w.clientWidth")
    cell = tpage.locator(f"{ROWS} td.path a", has_text="a-gig-with-a-long-file-name.md")
    assert cell.locator("wbr").count() == LONG.count("/")
    # Wrapped into several lines, each ending at a separator or a hyphen, never inside a
    # word (as `word-break: break-all` did).
    lines = cell.evaluate(
        """a => { const r = document.createRange(), text = a.textContent, tops = [];
                  let out = [], line = "", top = null;
                  for (const node of a.childNodes) if (node.nodeType === 3)
                    for (let i = 0; i < node.length; i++) {
                      r.setStart(node, i); r.setEnd(node, i + 1);
                      const t = Math.round(r.getClientRects()[0].top);
                      if (top !== null && t !== top) { out.push(line); line = ""; }
                      top = t; line += node.data[i];
                    }
                  out.push(line); return out; }"""
    )
    assert len(lines) > 1 and "".join(lines) == LONG
    assert all(line.endswith(("/", "-")) for line in lines[:-1]), lines


def test_bars_are_coloured_by_severity(tpage):
    fill = "e => getComputedStyle(e).fill"
    error = tpage.locator("#summary .bar[data-value='cross-gig'] .seg.sev-error").evaluate(fill)
    warning = tpage.locator("#summary .bar[data-value='cross-gig'] .seg.sev-warning").evaluate(fill)
    legend = tpage.locator("#summary .legend .swatch.sev-error").evaluate("e => getComputedStyle(e).backgroundColor")
    assert error != warning and error == legend


def test_each_gigs_row_has_its_bar_of_findings(tpage):
    def bar(path: str) -> tuple[str, list[int], list[str]]:
        row = tpage.locator(ROWS).filter(has=tpage.locator(f"td.path a[href='#{gig_id(path)}']"))
        b = row.locator(".minibar")
        widths = b.locator(".seg").evaluate_all("ss => ss.map(s => Math.round(s.getBoundingClientRect().width))")
        return b.get_attribute("title"), widths, b.locator(".seg").evaluate_all("ss => ss.map(s => s.className)")

    def gig_id(path: str) -> str:
        return tpage.locator(f"details.gig[data-path='{path}']").get_attribute("id")

    assert bar(ANNA) == ("2 errors, 6 warnings", [15, 45], ["seg sev-error", "seg sev-warning"])
    assert bar(BEN) == ("2 errors, 1 warning", [15, 8], ["seg sev-error", "seg sev-warning"])
    assert tpage.locator(f"{ROWS} .minibar").count() == 2  # clean gigs have none
