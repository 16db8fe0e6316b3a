"""Small numbers in plain digits that count up or down ("Countdown from 10 9 8 7 6 5
4") are a count, not a phone number in spaced-out digits (phone_judge._count_values
reads a one- or two-digit group as a number); a spaced-out number that does not count,
or a countdown below ten next to a phone word, is still a phone number."""
from __future__ import annotations

from tests.contact_support import severity_tests

ERRORS = [
    "WhatsApp 0 8 1 2 3 4 5 6 7 8 9",
    "Call me 9 8 7 6 5 4 3 2 1 0",
    "Mi número 11 9 8 7 6 5 4 3 2 1",
]
CLEAN = [
    "Countdown from 10 9 8 7 6 5 4 and we launch the trailer.",
    "Counting 3 4 5 6 7 8 9 10 11 in the kids' song animation.",
    "Cuenta regresiva 12 11 10 9 8 7 6 en el video de lanzamiento.",
    "Le compte à rebours 10 9 8 7 6 5 4 apparaît à l'écran.",
]

test_spaced_numbers_are_errors, test_counts_stay_clean = severity_tests(ERRORS, CLEAN)
