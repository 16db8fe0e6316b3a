"""GC110's "did you mean" guesses are capped per gig (rules/front_matter.py NEAR_GUESSES):
a front matter of thousands of made-up keys costs linear time; every key is still flagged."""
from __future__ import annotations

import pytest
from perf_support import FACTOR, assert_linear

from gigcheck.rules.front_matter import NEAR_GUESSES


def _gig(keys: int) -> str:
    return "---\ntitle: I will draw\n" + "".join(f"titel{i}: x\n" for i in range(keys)) + "---\nBody.\n"


def test_first_keys_get_a_guess_the_rest_the_field_list(lint):
    found = [f for f in lint(_gig(NEAR_GUESSES + 5)) if f.rule == "GC110"]
    assert len(found) == NEAR_GUESSES + 5  # every unknown key flagged
    tips = [f.suggestion or "" for f in found]
    assert all(t == "Did you mean `title`?" for t in tips[:NEAR_GUESSES])
    assert all(t.startswith("The fields are") and "allowed_keys" in t for t in tips[NEAR_GUESSES:])


def test_a_few_misspellings_all_guessed(lint):
    found = [f for f in lint(_gig(3)) if f.rule == "GC110"]
    assert [f.suggestion for f in found] == ["Did you mean `title`?"] * 3


@pytest.mark.perf
def test_thousands_of_made_up_keys_cost_linear_time(lint):
    def run(keys: int) -> int:
        return sum(f.rule == "GC110" for f in lint(_gig(keys)))

    assert assert_linear(run, 500, "unknown front-matter keys") == 500 * FACTOR
