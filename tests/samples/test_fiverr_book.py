"""The fiverr pack's book, as issue 15 says it is done: a gig with four packages, a $3
package, a review request, "find me on Upwork" and a fake-followers offer gets a finding
for each, at the line of the problem (tests/samples/gigs/fiverr-book.md)."""
from __future__ import annotations

from pathlib import Path

from gigcheck import lint_file
from gigcheck.policy.config import load_config

GIG = Path(__file__).resolve().parent / "gigs" / "fiverr-book.md"

EXPECTED = {
    ("GC113", 7, "3"),  # the Basic package's price: below $5
    ("GC112", 18, "Ultimate"),  # the fourth package: at most 3
    ("GC701", 29, "sell 5000 followers"),  # fake followers
    ("GC702", 31, "leave me a 5-star review"),  # a review request
    ("GC703", 33, "find me on Upwork"),  # another marketplace
    ("GC204", 33, "find me on Upwork"),  # detM: a rival marketplace is elsewhere under the fiverr pack
}


def test_each_problem_is_found_at_its_line():
    result = lint_file(GIG, config=load_config(policy="fiverr", discover=False))
    assert result.error is None
    got = {(f.rule, f.line, f.excerpt) for f in result.findings}
    assert got == EXPECTED
