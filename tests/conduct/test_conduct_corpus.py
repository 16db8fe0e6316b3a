"""The conduct rules against sellers who try: the labelled corpus in tests/data/conduct/.

`dev.jsonl` holds the red team's rt6 book (`dev-rt6-…`), the rt8 cases whose general cause
was fixed (`dev-rt8-…`), the rt10 and rt12 book cases whose general cause was fixed, with
variants and honest near-misses of each cause (`dev-rt10book-…`, `dev-rt12book-…`), the
rt11 and rt13-rt15 book cases whose general cause conK fixed (`dev-book11-…` etc.), and
variants of each family in many languages with honest-seller negatives (`dev-own-…`), and
the book29/book30 misses conM fixed with their variants and near-misses (`dev-conM-…`), and
the book31/book32 ones of its round 2 (`dev-conM2-…`), and the book34/book35/book37 ones
conN fixed (`dev-conN-…`), and detF's statements about work on another marketplace next to
the work sent there (`dev-detF-…`), and the book35/book37/book39 ones conO fixed with its
self red team's recurring work sent elsewhere (`dev-conO-…`), and conP's own cases, written
before its mechanisms in 15 languages with their near-misses (`dev-conP-…`: counts at a rate,
accounts sold in bulk, review gating, weak marketplace names written as names, the same
offer elsewhere, papers edited to change their facts). A positive counts when a conduct rule
reports it at warning or above (as an error for the error bar); a negative is a false alarm when one reports a
warning or an error. The scoring is `benchmarks/bench_adversarial.py`'s
(`--file tests/data/conduct/dev.jsonl --categories conduct` prints it per family).
"""
from __future__ import annotations

import adversarial_support
import pytest
from adversarial_support import ROOT, load, scores

DEV = ROOT / "tests" / "data" / "conduct" / "dev.jsonl"
FAMILIES = {"prohibited", "review-request", "other-marketplace"}
# Bars: just under what was measured when they were set (recall 1.000, as errors 1.000,
# false alarms 0.000); scoring is deterministic, so a drop is a regression. Bars only go up.
BARS = {"recall": 0.99, "recall_errors": 0.99, "fp_rate": 0.0}


@pytest.fixture(scope="module", name="judged")
def _judged() -> tuple[tuple[dict, str], ...]:
    return adversarial_support.judged(DEV, ("conduct",))


def test_corpus_shape():
    cases = load(DEV)
    assert len({c["id"] for c in cases}) == len(cases)
    assert {c["family"] for c in cases} == FAMILIES
    assert {c["expect"] for c in cases} <= {"error", "warning", "clean"}
    assert all(c["id"].startswith(("dev-rt6-", "dev-rt8-", "dev-rt10book-", "dev-rt12book-", "dev-book", "dev-own-", "dev-conL-", "dev-conL2-", "dev-conM-", "dev-conM2-", "dev-conN-", "dev-detF-", "dev-conO-", "dev-conP-")) for c in cases)
    for family in FAMILIES:
        mine = [c for c in cases if c["family"] == family and c["id"].startswith("dev-own-")]
        assert sum(c["expect"] != "clean" for c in mine) >= 10, family
        assert sum(c["expect"] == "clean" for c in mine) >= 10, family
        assert len({c["lang"] for c in mine}) >= 10, family


@pytest.mark.slow  # seconds of CPU: started first (tests/conftest.py), not last on a worker
def test_recall_and_false_alarms(judged):
    s = scores(judged)
    misses = [c["id"] for c, worst in judged if (c["expect"] == "clean") != (worst == "clean")]
    summary = f"{s} misses/false alarms {misses[:20]}"
    assert s["recall"] >= BARS["recall"], summary
    assert s["recall_errors"] >= BARS["recall_errors"], summary
    assert s["fp_rate"] <= BARS["fp_rate"], summary
