"""A way to talk said better than the marketplace's inbox ("easier ways to reach me than this
inbox", "if this inbox ever gets clunky, we can find a more convenient way to talk"): another
place to talk, unnamed, put in the marketplace's place: a hint, a warning
(market_swaps.better_way). The marketplace named as the better way, a denial and a buyer's
question stay clean."""
from __future__ import annotations

from contact_support import severity_tests, warning_tests

WARNINGS = [
    "There are quicker ways to talk than this inbox - just ask in your first message.",
    "If this inbox ever gets clunky, we can always find a more convenient way to talk.",
]

CLEAN = [
    "There's no faster way to talk than this inbox.",
    "Need a faster way to talk? Fiverr's mobile app sends instant notifications.",
    "I build a better way to chat with your customers than your old Fiverr-style inbox widget.",
    "The easiest way to reach me is here on Fiverr.",
    "Fiverr's inbox is the best way to reach me.",
]

test_better_ways_than_the_inbox_are_warnings = warning_tests(WARNINGS)
_, test_the_marketplace_as_the_better_way_stays_clean = severity_tests([], CLEAN)
