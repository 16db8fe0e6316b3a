"""An unnamed place ("somewhere", "irgendwo") said better than the marketplace's inbox ("somewhere
quieter than this inbox") is another place to talk, the marketplace said the worse one: a request
to leave, an error (market_compared.py), as with a verb of talking and the marketplace named. The same comparison with no marketplace after "than" is the work or
the seller's habits, and stays clean."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "Let's talk somewhere easier than Fiverr chat.",
    # (a request to go somewhere the marketplace is said the worse of: market_compared.py, an error)
    "Let's sort out the details somewhere quieter than this inbox.",
    "Lass uns irgendwo ruhiger als hier reden.",
]

CLEAN = [
    "I keep backups somewhere safer than a laptop.",
    "Your brand will be somewhere higher than your competitors on Google.",
    "I store your files somewhere safe.",
]

test_talking_somewhere_better_than_the_inbox_is_an_error, test_a_place_compared_with_anything_else_stays_clean = (
    severity_tests(ERRORS, CLEAN)
)
