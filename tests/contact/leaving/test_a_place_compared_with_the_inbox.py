"""An unnamed place ("somewhere", "irgendwo") said better than the marketplace's inbox ("somewhere
quieter than this inbox") is another place to talk, a hint (market_swaps.better_way reads it as it
reads "an easier way to talk than this inbox"): a warning; with a verb of talking and the
marketplace named, an error. The same comparison with no marketplace after "than" is the work or
the seller's habits, and stays clean."""
from __future__ import annotations

from contact_support import severity_tests, warning_tests

HINTS = [
    "Let's sort out the details somewhere quieter than this inbox.",
    "Lass uns irgendwo ruhiger als hier reden.",
]

ERRORS = [
    "Let's talk somewhere easier than Fiverr chat.",
]

CLEAN = [
    "I keep backups somewhere safer than a laptop.",
    "Your brand will be somewhere higher than your competitors on Google.",
    "I store your files somewhere safe.",
]

test_a_place_said_better_than_the_inbox_is_a_hint = warning_tests(HINTS)
test_talking_somewhere_better_than_the_inbox_is_an_error, test_a_place_compared_with_anything_else_stays_clean = (
    severity_tests(ERRORS, CLEAN)
)
