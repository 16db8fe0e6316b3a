"""A phone number told in two halves with "the rest is" between them, after a phone word
("Mi número: 612 34, el resto es 5678"): the halves are one number, as over "then" or
"and ends with" (`group_joiners`). Without a phone word "the rest is" parts figures."""
from __future__ import annotations

from tests.contact_support import severity_tests

ERRORS = [
    "WhatsApp first half 0917 55, the rest is 50142",
    "Mi número: 612 34, el resto es 5678",
    "Mon numéro : 06 12 34, le reste 56 78",
    "Meine Nummer: 0171 23, der Rest ist 45678",
    "Мой номер: 8 912 34, остальное 56789",
]
CLEAN = [
    "The first 500 copies are free, the rest is 20 cents each.",
    "Package: 3 logos for 50, the rest is 10 each; call it a bundle.",
    "50 % vorab, der Rest ist 50 % bei Lieferung, alles über die Plattform.",
    "Les 10 premières pages en 48 h, le reste en 5 jours.",
]

test_halves_after_a_phone_word_are_errors, test_the_rest_of_figures_stays_clean = severity_tests(ERRORS, CLEAN)
