#!/usr/bin/env python3
"""Detection against sellers who try: recall and false alarms on the adversarial corpus.

`tests/data/adversarial/` holds two halves written for this: `dev.jsonl` (fixed against)
and `frozen.jsonl` (written first and never tuned to). Each case is a gig snippet with
`expect` = "error" or "warning" (a positive: something an editor must act on) or "clean"
(a hard negative: platforms as the subject of the work, on-platform sessions, numbers
that are not phones, placeholders, refusals ...), a `family` and a `lang`.

A positive is caught when a contact, payment or links rule reports it at warning or
above; caught "as an error" when one reports an error. A negative is a false alarm when
any of those rules reports a warning or an error (an info note is fine).

usage: bench_adversarial.py [--half dev|frozen|both] [--file CASES.jsonl] [--misses N]
                            [--by family|lang|both|none]

`--file` scores any other set in the same format (a red team's, a marketplace's).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT / "tests" / "data" / "adversarial"
CATEGORIES = ("contact", "payment", "links")


def load(half: str | Path) -> list[dict]:
    """The cases of a half ("dev", "frozen") or of a JSONL file."""
    path = half if isinstance(half, Path) else DATA / f"{half}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def judge(cases: list[dict], categories: tuple[str, ...] = CATEGORIES) -> list[tuple[dict, str]]:
    """Each case with the worst severity the rules of `categories` gave it."""
    from gigcheck import lint_text, load_config

    # Only the rules of `categories` run: each rule's findings are its own (engine/linter.py
    # runs the rules one after another, nothing one finds changes another's), so the worst
    # severity among them is the same as with every rule on, for a quarter less CPU.
    config = load_config(discover=False, select=list(categories))
    out = []
    for case in cases:
        worst = "clean"
        for f in lint_text(case["text"], config=config):
            if f.category in categories and str(f.severity) in ("error", "warning"):
                worst = "error" if str(f.severity) == "error" or worst == "error" else "warning"
        out.append((case, worst))
    return out


def scores(judged: list[tuple[dict, str]]) -> dict[str, float]:
    pos = [(c, w) for c, w in judged if c["expect"] != "clean"]
    neg = [(c, w) for c, w in judged if c["expect"] == "clean"]
    caught = sum(1 for _, w in pos if w != "clean")
    as_error = sum(1 for c, w in pos if w == "error")
    errors_expected = sum(1 for c, _ in pos if c["expect"] == "error")
    errors_caught = sum(1 for c, w in pos if c["expect"] == "error" and w == "error")
    false = sum(1 for _, w in neg if w != "clean")
    return {
        "positives": len(pos),
        "negatives": len(neg),
        "recall": caught / len(pos) if pos else 1.0,
        "recall_errors": as_error / len(pos) if pos else 1.0,
        "recall_expected_errors": errors_caught / errors_expected if errors_expected else 1.0,
        "fp_rate": false / len(neg) if neg else 0.0,
    }


def table(judged: list[tuple[dict, str]], key: str) -> list[str]:
    groups: dict[str, list[tuple[dict, str]]] = defaultdict(list)
    for c, w in judged:
        groups[c[key]].append((c, w))
    lines = [f"  {key:<14} {'pos':>4} {'recall':>7} {'as err':>7} {'neg':>4} {'FP':>6}"]
    for name in sorted(groups):
        s = scores(groups[name])
        lines.append(
            f"  {name:<14} {s['positives']:>4} {s['recall']:>7.3f} {s['recall_errors']:>7.3f} "
            f"{s['negatives']:>4} {s['fp_rate']:>6.3f}"
        )
    return lines


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--half", choices=("dev", "frozen", "both"), default="both")
    ap.add_argument("--misses", type=int, default=0, help="print up to N misses and false alarms")
    ap.add_argument("--by", choices=("family", "lang", "both", "none"), default="both")
    ap.add_argument("--file", type=Path, help="score this JSONL set instead of the halves")
    ap.add_argument("--categories", default=",".join(CATEGORIES),
                    help="rule categories that count (default: %(default)s; `conduct` for the rulebook's sets)")
    args = ap.parse_args()
    halves: tuple[str | Path, ...] = ("dev", "frozen") if args.half == "both" else (args.half,)
    if args.file:
        halves = (args.file,)
    for half in halves:
        judged = judge(load(half), tuple(args.categories.split(",")))
        s = scores(judged)
        print(f"{half}: {s['positives']} positives, {s['negatives']} hard negatives")
        print(f"  recall (warning or error) {s['recall']:.3f}  as errors {s['recall_errors']:.3f}  "
              f"(of expected errors {s['recall_expected_errors']:.3f})  false-alarm rate {s['fp_rate']:.4f}")
        for key in ("family", "lang") if args.by == "both" else () if args.by == "none" else (args.by,):
            print("\n".join(table(judged, key)))
        if args.misses:
            bad = [(c, w) for c, w in judged if (c["expect"] == "clean") != (w == "clean")]
            bad += [(c, w) for c, w in judged if c["expect"] == "error" and w == "warning"]
            for c, w in bad[: args.misses]:
                print(f"  {c['id']} [{c['lang']}] expect {c['expect']}, got {w}: {c['text'][:160]!r}")


if __name__ == "__main__":
    main()
