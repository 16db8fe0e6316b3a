#!/usr/bin/env python3
"""`gigcheck server`'s latency: a change to a gig with a 1,200-character description,
once warm.

Prints two figures, each the median of `--runs` changes (each change edits one word, so
nothing is served from a cache of the previous text):
- work: the server's own check of the changed document (GigServer.diagnose: config
  lookup by stat, parse, every gig rule, the diagnostics built), in process;
- round trip: didChange sent by a real client (pygls's, over a pipe) to the diagnostics
  received, less the debounce the server waits on purpose (DEBOUNCE).

The target (issue 18) is the work: within 50 ms once warm.

usage: bench_lsp.py [--runs N]
"""
from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WORDS = ("logos", "brands", "icons", "marks", "badges", "emblems")


def gig(i: int) -> str:
    """A gig whose description is 1,200 characters; `i` changes one word of it."""
    sentence = (f"I design minimalist {WORDS[i % len(WORDS)]} for small brands and start-ups, "
                "delivered as PNG, SVG and PDF files with a style guide. ")
    desc = (sentence * 20)[:1200].rsplit(" ", 1)[0] + "."
    desc = desc + " " * (1200 - len(desc)) if len(desc) < 1200 else desc
    return (
        "---\ntitle: I will design a minimalist logo for your brand\n"
        "tags: [logo design, minimalist logo, brand identity]\n---\n\n"
        f"## Description\n\n{desc}\n\n## Extras\n\n### Extra revision\nPrice: $10\nDelivery: +1 day\n\n"
        "One more round of changes to your chosen logo.\n"
    )


def work(runs: int, folder: Path) -> list[float]:
    from pygls.workspace import TextDocument

    from gigcheck.lsp.server import GigServer

    server = GigServer()
    uri = (folder / "gig.md").as_uri()
    server.diagnose(TextDocument(uri, gig(0), version=0))  # warm: config, packs, compiled vocabularies
    server.diagnose(TextDocument(uri, gig(1), version=1))
    times = []
    for i in range(runs):
        doc = TextDocument(uri, gig(i + 2), version=i + 2)
        t0 = time.perf_counter()
        server.diagnose(doc)
        times.append(time.perf_counter() - t0)
    return times


async def round_trip(runs: int, folder: Path) -> list[float]:
    sys.path.insert(0, str(ROOT / "tests"))
    from lsp_support import GigClient

    from gigcheck.lsp.server import DEBOUNCE

    c = GigClient()
    await c.start(cwd=folder)
    uri = (folder / "gig.md").as_uri()
    try:
        c.open(uri, gig(0))
        await c.diagnostics(uri, 1)
        c.change(uri, gig(1), 2)  # warm
        await c.diagnostics(uri, 2)
        times = []
        for i in range(runs):
            version = i + 3
            t0 = time.perf_counter()
            c.change(uri, gig(version), version)
            await c.diagnostics(uri, version)
            times.append(time.perf_counter() - t0 - DEBOUNCE)
        return times
    finally:
        await c.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    runs = max(5, args.runs)
    os.environ.setdefault("PYTHONPATH", str(ROOT))
    assert len(gig(0).split("## Description\n\n", 1)[1].split("\n\n## Extras", 1)[0]) == 1200
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        w = work(runs, folder)
        r = asyncio.run(round_trip(runs, folder))
    print(f"didChange on a 1,200-character description, median of {runs} (once warm):")
    print(f"  work (check + diagnostics, in process): {statistics.median(w) * 1000:6.1f} ms"
          f"  (min {min(w) * 1000:.1f}, max {max(w) * 1000:.1f})")
    print(f"  round trip over stdio, less the debounce:  {statistics.median(r) * 1000:6.1f} ms"
          f"  (min {min(r) * 1000:.1f}, max {max(r) * 1000:.1f})")


if __name__ == "__main__":
    main()
