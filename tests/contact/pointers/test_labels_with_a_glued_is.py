"""English "is" glued to an account's label ("My handle's @x", "Username's x on Telegram"):
`copulas` holds "'s", so the label reads as "my handle is". A genitive before another noun
("the handle's length") and the buyer's stand-in stay clean."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "My handle's @thesoundsmith, say hi.",
    "Username's mira_designs on Telegram.",
]

CLEAN = [
    "The handle's length matters for @mentions in your bio.",
    "Your handle's @your_brand in the template.",
]

test_glued_labels_are_errors, test_genitives_stay_clean = severity_tests(ERRORS, CLEAN)
