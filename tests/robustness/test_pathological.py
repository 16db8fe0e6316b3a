"""Hostile text finishes in bounded time and still yields well-formed findings.

The bound here is generous (a few seconds on a slow CI core) so the test catches
super-linear blow-ups, not noise; `benchmarks/bench_linear.py` shows the growth curve.
"""
from __future__ import annotations

import time

import pytest

CASES = {
    "megabyte line": "a" * 1_000_000,
    "100k brackets": "[" * 100_000,
    "3000 nested blockquotes": "> " * 3000 + "x@y.com",
    "3000 nested lists": "".join("  " * i + "- x\n" for i in range(3000)),
    "a@a@a": "a@" * 200_000,
    "at dot at dot": "at dot " * 50_000,
    "long digit run": "1" * 500_000,
    "spaced digits": "1 " * 200_000,
    "thousands of links": "[x](http://a.com/x) " * 5_000,
    "bare urls": "http://a.com/" * 20_000,
    "backticks": "`" * 100_000,
    "emphasis": "*a " * 100_000,
    "html openers": "<a " * 100_000,
    "comments": "<!-- " * 50_000,
    "entities": "&amp;" * 100_000,
    "spaced letters": "s k y p e " * 20_000,
    "dots": "a." * 100_000,
    "zero width": "\u200b" * 200_000,
    "mixed scripts": "ѕkуpе微信" * 30_000,
}


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_input_is_bounded(name, lint):
    text = CASES[name]
    t = time.perf_counter()
    findings = lint(text)
    elapsed = time.perf_counter() - t
    assert elapsed < 8.0, f"{name}: {elapsed:.1f}s"
    for f in findings:
        assert f.line >= 1 and f.column >= 1
