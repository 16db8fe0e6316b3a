"""extra-duplicate (GC511) indexes names, titles and descriptions: thousands of extras
cost what reading them costs, not every pair (341 KB of extra headings took minutes)."""
from __future__ import annotations

import pytest
from perf_support import assert_linear

GIG = "---\ntitle: I will design a logo\n---\nI design logos.\n\n## Extras\n\n"


def _headings(k: int) -> str:
    return GIG + "".join(f"### Extra number {i} x{i}\n" for i in range(k))


def _described(k: int) -> str:
    return GIG + "".join(
        f"### Option {i}\nPrice: $10\nDelivery: +1 day\n\nword{i} alpha{i % 7} beta{i % 11} gamma{i} delta\n\n"
        for i in range(k)
    )


@pytest.mark.perf
@pytest.mark.parametrize("make", [_headings, _described], ids=["headings", "descriptions"])
def test_many_extras_in_linear_time(lint, make):
    assert_linear(lambda k: lint(make(k), select=["GC511"]), 250, make.__name__)


def test_duplicates_are_still_found(lint):
    text = GIG + (
        "### Fast delivery\nPrice: $10\nDelivery: -1 day\n\nYour files one day sooner than planned.\n\n"
        "### Source files\nPrice: $20\nDelivery: +1 day\n\nThe layered PSD of your design.\n\n"
        "### Faster delivery\nPrice: $20\nDelivery: -2 days\n\nYour files one day sooner than planned.\n\n"
    )
    got = [f for f in lint(text) if f.rule == "GC511"]
    assert len(got) == 2  # the name, and the description, of the third extra
    assert all('"Fast delivery"' in f.message for f in got)
