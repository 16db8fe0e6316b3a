"""Detection quality on the labeled corpus tests/data/contact_cases.jsonl.

Each case is a gig body; `labels` are the corpus labels that must fire (empty: clean).
A label fires when one of its rules reports a finding of severity warning or above
(info findings are context for editors, not detections). Precision and recall are
counted per label (micro-averaged over all labels) and printed per rule.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from gigcheck.records import Severity

DATA = Path(__file__).resolve().parent.parent / "data" / "contact_cases.jsonl"

# Corpus label -> rule names whose findings count for it.
LABEL_RULES = {
    "contact-email": {"contact-email"},
    "contact-phone": {"contact-phone"},
    "contact-handle": {"contact-handle"},
    "contact-invitation": {"contact-invitation"},
    "payment-off-platform": {"payment-off-platform", "payment-details"},
}
RULE_LABEL = {rule: label for label, rules in LABEL_RULES.items() for rule in rules}
BAR = 0.97


def _cases():
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]


def _predict(lint, text: str) -> set[str]:
    return {
        RULE_LABEL[f.name]
        for f in lint(text)
        if f.name in RULE_LABEL and f.severity >= Severity.WARNING
    }


@pytest.fixture(scope="module")
def scored(default_config):
    from gigcheck import lint_text

    tp, fp, fn = Counter(), Counter(), Counter()
    misses = []
    for case in _cases():
        want = set(case["labels"])
        got = _predict(lambda t: lint_text(t, config=default_config), case["text"])
        for label in got & want:
            tp[label] += 1
        for label in got - want:
            fp[label] += 1
        for label in want - got:
            fn[label] += 1
        if got != want:
            misses.append((case["id"], sorted(want), sorted(got)))
    return tp, fp, fn, misses


def _pr(tp: int, fp: int, fn: int) -> tuple[float, float]:
    return (tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0)


def test_corpus_is_large_and_balanced():
    cases = _cases()
    clean = sum(1 for c in cases if not c["labels"])
    assert len(cases) >= 600 and clean >= len(cases) * 0.45
    assert len({c["id"] for c in cases}) == len(cases)
    assert {lab for c in cases for lab in c["labels"]} <= set(LABEL_RULES)


def test_precision_and_recall(scored):
    tp, fp, fn, misses = scored
    print()
    for label in LABEL_RULES:
        p, r = _pr(tp[label], fp[label], fn[label])
        print(f"{label:22} precision {p:.3f} recall {r:.3f}  (tp {tp[label]}, fp {fp[label]}, fn {fn[label]})")
    p, r = _pr(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    print(f"{'all':22} precision {p:.3f} recall {r:.3f}")
    for case_id, want, got in misses[:40]:
        print(f"  miss {case_id}: want {want} got {got}")
    assert p >= BAR and r >= BAR, f"precision {p:.3f} recall {r:.3f} (bar {BAR})"
