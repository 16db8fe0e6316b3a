"""False positives on real text nobody on the team wrote.

Runs gigcheck's contact, payment, links and conduct rules over the real gig titles, seller
descriptions, forum posts and job posts in ../shared/corpus, and prints how many texts
were flagged per rule with examples, so that each can be read and judged by hand.

    python benchmarks/scan_real_text.py [--forum-limit 5000] [--examples 8]
"""
from __future__ import annotations

import argparse
import csv
import json
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


def titles() -> Iterator[str]:
    with open(CORPUS / "thirdnostalgia__datasets" / "fiverr_clean.csv", encoding="latin-1", newline="") as fh:
        for row in csv.DictReader(fh):
            yield "I will " + row["name"]


def descriptions() -> Iterator[str]:
    seen = set()
    for name in ("gigs.json", "gigs2.json"):
        for gig in json.loads((CORPUS / "tkgscrkhbr__backendfivers" / name).read_text(encoding="utf-8")):
            text = gig.get("about") or gig.get("description") or ""
            if text and text not in seen:
                seen.add(text)
                yield text


def forum(limit: int) -> Iterator[str]:
    n = 0
    for name in ("forum_threads.jsonl", "forum_replies.jsonl"):
        with open(CORPUS / "alitapan__fiverr-scraper" / name, encoding="utf-8") as fh:
            for line in fh:
                text = json.loads(line).get("text") or ""
                if text:
                    yield text
                    n += 1
                    if n >= limit:
                        return


def jobs() -> Iterator[str]:
    for job in json.loads((CORPUS / "raufh10__Upwork_Job_Data_Analysis" / "job_data.json").read_text(encoding="utf-8")):
        text = job.get("description") if isinstance(job, dict) else None
        if text:
            yield text


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--forum-limit", type=int, default=5000)
    ap.add_argument("--examples", type=int, default=8)
    ap.add_argument("--policy", default=None, help="the pack to check with (default: the default pack)")
    args = ap.parse_args()

    from gigcheck import lint_text
    from gigcheck.policy.config import load_config

    cfg = load_config(discover=False, policy=args.policy, select=["contact", "payment", "links", "conduct"])
    sources = {
        "fiverr titles": titles(),
        "seller descriptions": descriptions(),
        f"forum posts (first {args.forum_limit})": forum(args.forum_limit),
        "upwork job posts": jobs(),
    }
    for label, texts in sources.items():
        total = 0
        flagged = Counter()
        examples = defaultdict(list)
        for text in texts:
            total += 1
            findings = lint_text(text, config=cfg)
            for rule in {(f.rule, f.name) for f in findings}:
                flagged[rule] += 1
            for f in findings:
                ex = examples[(f.rule, f.name)]
                if len(ex) < args.examples:
                    line = text.splitlines()[f.line - 1] if text.splitlines() else text
                    ex.append(f"{f.excerpt!r} in …{line[max(0, f.column - 40): f.column + 60]!r}")
        print(f"\n== {label}: {total} texts, {sum(1 for _ in flagged)} rules fired")
        for (code, name), n in sorted(flagged.items(), key=lambda kv: -kv[1]):
            print(f"  {code} {name}: {n} texts ({n / max(total, 1):.1%})")
            for ex in examples[(code, name)]:
                print(f"      {ex}")


if __name__ == "__main__":
    main()
