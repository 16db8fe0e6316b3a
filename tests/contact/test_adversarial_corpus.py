"""Detection against sellers who try: the adversarial corpus in tests/data/adversarial/.

`dev.jsonl` is the half detection was fixed against; `frozen.jsonl` was written first and
never tuned to, so its figures are the honest estimate. A positive counts when a contact,
payment or links rule reports it at warning or above (as an error for the error bar); a
hard negative is a false alarm when any of them reports a warning or an error. The scoring
is `benchmarks/bench_adversarial.py`'s, which prints the same figures per family and language.
"""
from __future__ import annotations

import pytest
from adversarial_support import judged, load, scores

# Bars: the figures measured when they were set, rounded down a little (scoring is
# deterministic, so a drop is a regression, not noise). The targets of issue 12 are higher
# (held out: recall 0.97, as errors 0.93, false alarms 0.005; dev 0.99): raise a bar when
# the detection reaches it, never lower one to let a change through.
# "expected_errors" is the share of the cases labelled `error` that an error reports: the
# plain error rate also counts the cases labelled `warning` (an unclear hint an editor should
# see), which are right as warnings, so it falls whenever such cases are added to dev.
BARS = {
    "dev": {"recall": 0.99, "recall_errors": 0.94, "expected_errors": 0.99, "fp_rate": 0.005},
    "frozen": {"recall": 0.94, "recall_errors": 0.91, "expected_errors": 0.94, "fp_rate": 0.02},
}


@pytest.fixture(scope="module", params=sorted(BARS))
def half(request):
    return request.param, judged(request.param)


def test_corpus_shape():
    cases = load("dev") + load("frozen")
    positives = [c for c in cases if c["expect"] != "clean"]
    negatives = [c for c in cases if c["expect"] == "clean"]
    assert len(positives) >= 300 and len(negatives) >= 300
    assert len({c["lang"] for c in cases}) >= 10
    assert len({c["id"] for c in cases}) == len(cases)
    assert {c["expect"] for c in cases} <= {"error", "warning", "clean"}


@pytest.mark.slow  # seconds of CPU: started first (tests/conftest.py), not last on a worker
def test_recall_and_false_alarms(half):
    name, judged = half
    s = scores(judged)
    bar = BARS[name]
    misses = [c["id"] for c, worst in judged if (c["expect"] == "clean") != (worst == "clean")]
    summary = f"{name}: {s} misses/false alarms {misses[:20]}"
    assert s["recall"] >= bar["recall"], summary
    assert s["recall_errors"] >= bar["recall_errors"], summary
    assert s["recall_expected_errors"] >= bar["expected_errors"], summary
    assert s["fp_rate"] <= bar["fp_rate"], summary
