"""A place away from "here" opening a sentence that only says what the seller does there, to
no one ("Outside of here I teach piano", "Fuori da qui insegno pianoforte"): the seller's own
life, not a hint of leaving (leave_shared.own_pursuit). With a price, the seller's presence, a
better way, the buyer or a verb of contact, the place stays a finding."""
from __future__ import annotations

from contact_support import severity_tests, warning_tests

ERRORS = [
    "Fuori da qui ti faccio uno sconto.",
    "Fuera de aquí trabajo sin comisiones.",
    "Outside of here we can talk freely.",
    "Outside of here I work much cheaper.",
]

CLEAN = [
    "Outside of here I teach piano.",
    "Fuori da qui insegno pianoforte.",
    "Fuera de aquí doy clases de piano.",
    "Außerhalb von hier unterrichte ich Klavier.",
    "En dehors d'ici, je donne des cours de piano.",
]

WARNINGS = [
    "Outside of here I'm easier to reach.",
    "Outside of here I have my own studio.",
]

test_offers_outside_are_errors, test_the_sellers_own_life_stays_clean = severity_tests(ERRORS, CLEAN)
test_presence_outside_stays_a_warning = warning_tests(WARNINGS)
