"""Hostile text is checked in linear time and still yields well-formed findings.

Each case is timed at two sizes in the same run (t(8n)/t(n), tests/perf_support.py), so
a super-linear blow-up fails and a loaded machine does not; `benchmarks/bench_linear.py`
prints the growth curve.
"""
from __future__ import annotations

import pytest
from perf_support import assert_linear

# Each case is timed at count/32 and count/4 units. The costlier units have smaller
# counts, still keeping t(count/32) above ~10 ms of CPU: far above the timer's floor and
# the lint's fixed cost, so a quadratic step still shows as ~64. Counts aim at 10-50 ms:
# more only slows the suite (a unit of 'phrase items' or 'repeat groups' costs 2-3 ms).
# Three cases start past 20,000 characters: below that length a clause's words are made
# once and shared (`clauses._CACHED_LENGTH`) and readability is scored
# (`readability._MAX_SCORED`); above it each reading makes its own words. A pair of sizes
# across that step read t(8n)/t(n) of ~20-28 with each doubling past it at 2.0: a step in
# cost, not growth, but too near the bound to be a fair test.
CASES = {
    "megabyte line": ("a", 1_000_000),
    "100k brackets": ("[", 100_000),
    "3000 nested blockquotes": ("> ", 3000, "x@y.com"),
    "nested lists, 100 deep": (None, 3000),
    "a@a@a": ("a@", 100_000),
    "at dot at dot": ("at dot ", 100_000),  # from 21 KB
    "long digit run": ("1", 500_000),
    "spaced digits": ("1 ", 340_000),  # from 21 KB
    "thousands of links": ("[x](http://a.com/x) ", 5_000),
    "bare urls": ("http://a.com/", 20_000),
    "backticks": ("`", 100_000),
    "emphasis": ("*a ", 50_000),
    "html openers": ("<a ", 50_000),
    "comments": ("<!-- ", 50_000),
    "entities": ("&amp;", 100_000),
    "spaced letters": ("s k y p e ", 70_000),  # from 21 KB
    "dots": ("a.", 100_000),
    "zero width": ("\u200b", 200_000),
    "mixed scripts": ("ѕkуpе微信", 15_000),
    # detptr: pointers into media, private lines, ASCII stems in the gate
    "media pointers": ("my email is in the video, ", 5_000),
    "private lines": ("my private number ", 5_000),
    "ascii stems": ("gorselinde metadanych ", 10_000),
    # det10a: sentences over list items, names in pieces, repeated groups, lone names
    "phrase items": ("- escríbeme\n- por WhatsApp\n- al 612 445 566\n", 640),
    "name pieces": ("(priya) + 'designs' + ", 10_000, " at yahoo"),
    "repeat groups": ("number: 2x 4, then 88 twice, then 7 x2 ", 480),
    "lone names": ("S\nK\nY\n\nid: a_b\n\n", 5_000),
}


def hostile(name: str, count: int) -> str:
    unit, _, *tail = CASES[name]
    if unit is None:  # lists nested 100 deep, again and again (the text grows with `count`)
        return "".join("  " * (i % 100) + "- x\n" for i in range(count))
    return unit * count + "".join(tail)


@pytest.mark.perf
@pytest.mark.parametrize("name", list(CASES))
def test_hostile_input_is_linear(name, lint):
    count = CASES[name][1]

    def run(k: int) -> None:
        for f in lint(hostile(name, k)):
            assert f.line >= 1 and f.column >= 1

    assert_linear(run, max(1, count // 32), name)
