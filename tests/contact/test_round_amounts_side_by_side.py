"""Round figures side by side (detectors/phone_guards.py `_round_amounts`): "3000 4000",
"9600 19200" are amounts or sizes, not the groups of a number, however valid their
digits are in some region. A phone word with a real number's grouping still reads one."""
from __future__ import annotations

from tests.contact_support import severity_tests

ERRORS = [
    "WhatsApp: 0300 4000 500",
    "Mi número es 600 300 400",
    "Call 612 300 400 for rush jobs.",
]
CLEAN = [
    "Budget 3000 4000 per month.",
    "Budget (3000 4000) per month for ads.",
    "Budget 1500 2500 (3000 4000 for rush) per month.",
    "Frames 9600 19200 per clip.",
    "Presupuesto de 2000 3000 euros al mes.",
    "Auflösung 2400 3600 Pixel für den Druck.",
]

test_phone_numbers_with_round_groups_are_errors, test_round_figures_side_by_side_stay_clean = severity_tests(
    ERRORS, CLEAN
)
