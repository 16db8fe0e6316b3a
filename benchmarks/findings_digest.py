#!/usr/bin/env python3
"""A digest of every finding over fixed inputs, to prove a refactor changed no behaviour.

Runs the library API (`lint_text`) over the contact corpus, the extras corpus, the sample
gigs and a benchmark corpus built by `../shared/bench/make_gigs.py`, and prints one
SHA-256 per input set of the findings as JSON (sorted keys, one line per input). With
`--dump DIR` it also writes those lines, so two runs can be compared with `diff`.

usage: findings_digest.py [--bench DIR] [--dump DIR]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _lines(items: list[tuple[str, str]], path_of: bool) -> list[str]:
    from gigcheck import lint_text, load_config

    config = load_config(discover=False)
    out = []
    for name, text in items:
        findings = [f.to_dict() for f in lint_text(text, path=name if path_of else None, config=config)]
        out.append(json.dumps({"input": name, "findings": findings}, sort_keys=True, ensure_ascii=False))
    return out


def _jsonl(path: Path, key: str) -> list[tuple[str, str]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [
        (str(r.get("id", i)), r[key] if isinstance(r[key], str) else json.dumps(r[key])) for i, r in enumerate(rows)
    ]


def _extras(path: Path) -> list[tuple[str, str]]:
    out = []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if not line.strip():
            continue
        r = json.loads(line)
        text = "## Extras\n\n### {title}\nPrice: {price}\nDelivery: {delivery}\n\n{description}\n".format(
            title=r.get("title", ""), price=r.get("price", ""), delivery=r.get("delivery", ""),
            description=r.get("description", ""),
        )
        out.append((str(r.get("id", i)), text))
    return out


def _files(folder: Path) -> list[tuple[str, str]]:
    return [(p.name, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.md"))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--bench", type=Path, help="a folder of gigs from make_gigs.py")
    ap.add_argument("--dump", type=Path, help="write each set's lines to DIR/<set>.jsonl")
    args = ap.parse_args()
    sets = {
        "contact": _jsonl(ROOT / "tests/data/contact_cases.jsonl", "text"),
        "extras": _extras(ROOT / "tests/data/extras_cases.jsonl"),
        "samples": _files(ROOT / "sample_gigs"),
    }
    if args.bench:
        sets["bench"] = _files(args.bench)
    total = 0
    for name, items in sets.items():
        lines = _lines(items, path_of=name in ("samples", "bench"))
        total += sum(line.count('"rule"') for line in lines)
        digest = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()
        print(f"{name:8} {len(items):5} inputs  {digest}")
        if args.dump:
            args.dump.mkdir(parents=True, exist_ok=True)
            (args.dump / f"{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"findings {total}")


if __name__ == "__main__":
    main()
