"""Links cut over list items, read whole: the joined link replaces the pieces it covers,
and many of them in one gig cost linear time (each piece was compared with every joined
link before)."""
from __future__ import annotations

import random

from perf_support import assert_linear

from gigcheck import lint_text
from gigcheck.scan.links import _covered_by


def test_covered_by_agrees_with_comparing_every_pair() -> None:
    rng = random.Random(7)
    for _ in range(300):
        spans = [(a, a + rng.randrange(0, 30)) for a in (rng.randrange(0, 200) for _ in range(rng.randrange(0, 12)))]
        inside = _covered_by(spans)
        for _ in range(40):
            s = rng.randrange(0, 220)
            probe = (s, s + rng.randrange(0, 20))
            assert inside(probe) == any(a <= probe[0] and probe[1] <= b for a, b in spans), (spans, probe)


def test_a_link_cut_over_list_items_is_read_whole() -> None:
    found = [f for f in lint_text("# Gig\n\nMy channel:\n- t.me/\n- arjun_vfx\n") if f.category == "contact"]
    assert found, "the Telegram link cut after its host was not read over the two items"


def test_many_cut_links_take_linear_time() -> None:
    findings = assert_linear(lambda n: lint_text("t.me/\na_b\n- t.me/\n- c.d\n" * (n // 24)), 2400, "cut links")
    assert any(f.category == "contact" for f in findings)
