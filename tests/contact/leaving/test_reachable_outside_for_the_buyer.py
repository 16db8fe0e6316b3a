"""Being reachable or working outside said "for you" (`for_buyer_words`: "für dich", "pour vous")
is a private line promised to the buyer, an error (leave_shared.for_the_buyer in
invitations._off_platform); the same said with no one addressed stays a hint, and a time
("außerhalb der Geschäftszeiten") or the marketplace's own chat stays clean."""
from __future__ import annotations

from contact_support import severity_tests, warning_tests

ERRORS = [
    "Nach der Lieferung bin ich außerhalb der Plattform für dich erreichbar.",
    "**Extra: Direkter Draht**\nNach der Lieferung bin ich außerhalb der Plattform für dich erreichbar.\nPreis: 25 $",
]

CLEAN = [
    "Ich bin außerhalb der Geschäftszeiten für dich erreichbar.",
    "Nach der Lieferung bin ich für dich erreichbar, hier im Fiverr-Chat.",
]

WARNINGS = [
    "Ich bin auch außerhalb der Plattform erreichbar.",
]

test_reachable_outside_for_you_is_an_error, test_times_and_the_marketplace_chat_stay_clean = severity_tests(
    ERRORS, CLEAN
)
test_reachable_outside_unaddressed_is_a_hint = warning_tests(WARNINGS)
