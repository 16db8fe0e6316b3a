#!/usr/bin/env python3
"""What the context scans of triggers cost, measured without a profiler.

    python benchmarks/bench_contexts.py --bench DIR [--gigs 400] [--runs 5]

The channel, invitation, handle and payment rules ask `RunScan.context` for the context
words of many slices of a run (a sentence, the words before a trigger, the rest of a
sentence after it); each distinct slice is one `Lexicon.scan`. cProfile inflates their
share (many small calls), so this measures them in CPU time inside an ordinary check of
every rule (the first --gigs gigs of a make_gigs.py corpus, one process, medians of
--runs rounds), and then, on the same runs and slices, what scanning each slice costs
against one scan of each whole run: the bound on any design that scans a run once and
answers its slices from that one scan.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bench", type=Path, required=True, help="a folder of gigs from make_gigs.py")
    ap.add_argument("--gigs", type=int, default=400)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()

    from gigcheck import Linter, load_config
    from gigcheck.detectors import run_scan

    texts = [f.read_text(encoding="utf-8") for f in sorted(args.bench.glob("*.md"))[: args.gigs]]
    config = load_config(discover=False, select=["ALL"])
    linter = Linter(config)
    for t in texts:  # warm: the lexicons' pieces compiled, as in any long batch
        linter.check_text(t)

    direct = run_scan.RunScan.context
    spent = [0.0]
    calls = [0]
    # The runs asked about in the first round, kept alive (their ids stay theirs).
    asked: dict[int, tuple[run_scan.RunScan, list[tuple[int, int]]]] = {}
    first = [True]

    def timed(self: run_scan.RunScan, cv: object, a: int, b: int) -> object:
        calls[0] += 1
        if first[0] and (a, b) not in self._context and b > a:
            asked.setdefault(id(self), (self, []))[1].append((a, b))
        t0 = time.process_time()
        got = direct(self, cv, a, b)  # type: ignore[arg-type]
        spent[0] += time.process_time() - t0
        return got

    run_scan.RunScan.context = timed  # type: ignore[assignment]
    totals, shares = [], []
    for r in range(args.runs):
        spent[0] = 0.0
        calls[0] = 0
        first[0] = r == 0
        t0 = time.process_time()
        for t in texts:
            linter.check_text(t)
        total = time.process_time() - t0
        totals.append(total / len(texts) * 1000)
        shares.append(spent[0] / len(texts) * 1000)
    run_scan.RunScan.context = direct  # type: ignore[assignment]

    n = len(texts)
    runs = [(scan.text, cut) for scan, cut in asked.values()]
    slices = sum(len(s) for _, s in runs)
    print(f"{n} gigs, every rule, one process, CPU time, medians of {args.runs} rounds (load {os.getloadavg()[0]:.1f})")
    print(f"  check           {statistics.median(totals):.3f} ms/gig")
    print(f"  context scans   {statistics.median(shares):.3f} ms/gig"
          f"  ({100 * statistics.median(shares) / statistics.median(totals):.1f}%)")
    print(f"  {calls[0] / n:.1f} context calls a gig, {slices / n:.1f} slices scanned, over"
          f" {len(runs) / n:.1f} runs; the slices hold {sum(b - a for _, s in runs for a, b in s) / n:.0f}"
          f" characters a gig, their runs {sum(len(t) for t, _ in runs) / n:.0f}")

    lexicon = config.vocabulary.channels.context
    per_slice, per_run = [], []
    for _ in range(args.runs):
        t0 = time.process_time()
        for text, cut in runs:
            for a, b in cut:
                lexicon.scan(text[a:b], at=a)
        t1 = time.process_time()
        for text, _ in runs:
            lexicon.scan(text)
        t2 = time.process_time()
        per_slice.append((t1 - t0) / n * 1000)
        per_run.append((t2 - t1) / n * 1000)
    print(f"  the same slices scanned again: {statistics.median(per_slice):.3f} ms/gig;"
          f" one scan of each whole run instead: {statistics.median(per_run):.3f} ms/gig")


if __name__ == "__main__":
    main()
