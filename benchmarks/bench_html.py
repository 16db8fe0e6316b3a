"""The HTML report for an editor's batch: its size, the time to write it, and the time a
browser takes to open it and to filter it.

    python benchmarks/bench_html.py [--count 2000] [--jobs 1] [--report FILE]

Builds the corpus with ../shared/bench/make_gigs.py into benchmarks/out/gigs-<count>
(once; it is deterministic), runs `gigcheck check --format html --jobs N` over it (wall
time and size), then opens the page in headless Chromium (/usr/bin/chromium through
Playwright, as tests/reporters/test_html_browser.py does) and prints:

- load: navigation start to the end of the `load` event, the page's own script (which
  builds the gig table) included; and the main thread's CPU time in that (Chromium's
  ScriptDuration, LayoutDuration, RecalcStyleDuration, TaskDuration), steadier than wall
  time on a busy machine;
- search: one search typed into the filter box (text from a gig's body) until the
  table is filtered.

`--report FILE` measures an existing report instead of writing one (to compare versions).
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
MAKE_GIGS = ROOT.parent / "shared" / "bench" / "make_gigs.py"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]


def corpus(count: int) -> Path:
    target = OUT / f"gigs-{count}"
    if not target.is_dir():
        subprocess.run([sys.executable, str(MAKE_GIGS), str(target), "--count", str(count)], check=True)
    return target


def write_report(gigs: Path, jobs: int) -> tuple[Path, float]:
    report = OUT / f"report-{gigs.name}.html"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SOURCE_DATE_EPOCH": "0"}
    t = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "gigcheck", "check", "--format", "html", "--jobs", str(jobs), "-o", str(report),
         str(gigs)],
        env=env, stdout=subprocess.DEVNULL, check=False,
    )
    return report, time.perf_counter() - t


def browse(report: Path, query: str) -> tuple[float, dict[str, float], float, int]:
    """(load ms, main-thread CPU ms by kind, search ms, rows shown after the search)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        cdp = page.context.new_cdp_session(page)
        cdp.send("Performance.enable")
        page.goto(report.as_uri())
        page.wait_for_load_state("load")
        metrics = {m["name"]: m["value"] * 1000 for m in cdp.send("Performance.getMetrics")["metrics"]}
        cpu = {k: metrics[k] for k in ("ScriptDuration", "LayoutDuration", "RecalcStyleDuration", "TaskDuration")}
        load = page.evaluate(
            "(() => { const n = performance.getEntriesByType('navigation')[0];"
            " return n.loadEventEnd - n.startTime; })()"
        )
        search = page.evaluate(
            """(q) => { const box = document.querySelector('#f-path'); const t = performance.now();
                       box.value = q; box.dispatchEvent(new Event('input'));
                       return performance.now() - t; }""",
            query,
        )
        shown = page.locator("#gig-table tbody tr:not([hidden])").count()
        browser.close()
    return load, cpu, search, shown


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=2000)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--report", type=Path, help="measure this report instead of writing one")
    ap.add_argument("--query", default="wordpress", help="what to search for")
    a = ap.parse_args()
    if a.report is None:
        report, wall = write_report(corpus(a.count), a.jobs)
        print(f"write: {wall:.2f} s (gigcheck check --format html --jobs {a.jobs}, {a.count} gigs)")
    else:
        report = a.report
    print(f"size: {report.stat().st_size / 1e6:.2f} MB")
    load, cpu, search, shown = browse(report, a.query)
    print(f"load: {load:.0f} ms in Chromium (script included)")
    print("main thread: " + ", ".join(f"{k.removesuffix('Duration').lower()} {v:.0f} ms" for k, v in cpu.items()))
    print(f"search {a.query!r}: {search:.0f} ms, {shown} rows shown")


if __name__ == "__main__":
    main()
