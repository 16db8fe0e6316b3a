"""An unnamed place ("somewhere", "irgendwo") said better than the marketplace's inbox ("somewhere
quieter than this inbox") is another place to talk, a hint (market_swaps.better_way reads it as it
reads "an easier way to talk than this inbox"): a warning. The same comparison with no marketplace
after "than" is the work or the seller's habits, and stays clean."""
from __future__ import annotations

import pytest
from contact_support import worst

HINTS = [
    "Let's sort out the details somewhere quieter than this inbox.",
    "Lass uns irgendwo ruhiger als hier reden.",
]

CLEAN = [
    "I keep backups somewhere safer than a laptop.",
    "Your brand will be somewhere higher than your competitors on Google.",
    "I store your files somewhere safe.",
]


@pytest.mark.parametrize("text", HINTS)
def test_a_place_said_better_than_the_inbox_is_at_least_a_warning(lint, text):
    assert worst(lint, text) in ("warning", "error")


@pytest.mark.parametrize("text", CLEAN)
def test_a_place_compared_with_something_else_stays_clean(lint, text):
    assert worst(lint, text) == "clean"
