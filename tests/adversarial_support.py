"""The labelled corpora (tests/data/adversarial/, tests/data/conduct/) judged once per test
process. Judging adversarial/dev.jsonl lints ~4,000 texts (seconds of CPU): every test that
reads a half's figures takes them from `judged` instead of linting the half again. The
scoring is `benchmarks/bench_adversarial.py`'s."""
from __future__ import annotations

import hashlib
import sys
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from contact_support import FLAGGED, remember_worst  # noqa: E402

from benchmarks.bench_adversarial import CATEGORIES, judge, load, scores  # noqa: E402

__all__ = ["judged", "load", "scores"]


@cache
def judged(half: str | Path, categories: tuple[str, ...] = CATEGORIES) -> tuple[tuple[dict, str], ...]:
    """Each case of `half` ("dev", "frozen" or a JSONL file) with the worst severity the
    rules of `categories` gave it (bench_adversarial.judge), computed once. A tuple: the
    tests that share it cannot reorder or extend it."""
    cases = tuple(judge(load(half), categories))
    if categories == FLAGGED:  # the judgement `contact_support.worst` makes: no need to lint them again
        name = hashlib.blake2b(str(half).encode(), digest_size=8).hexdigest()
        remember_worst(((case["text"], worst) for case, worst in cases), name)
    return cases
