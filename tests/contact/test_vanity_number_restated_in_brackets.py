"""A number followed by the same number again in brackets (detectors/phone_judge.py
`_bracketed`): a toll-free vanity number and its keypad digits ("1-888-LOGO-PRO
(1-888-5646-776)") are too long together for one number, so each is read on its own.
Figures in brackets after figures stay figures."""
from __future__ import annotations

from tests.contact_support import severity_tests

ERRORS = [
    "Call 1-888-LOGO-PRO (1-888-5646-776) and mention this gig\nfor priority handling.",
    "Call 1-888-5646-776 (1-888-LOGO-PRO) and mention this gig.",
    "Llama al 1-800-DISENO (1-800-347-366) para pedidos urgentes.",
    "Call 917-555-0193 (917-555-0194 after 6pm) today.",
]
CLEAN = [
    "Sizes 1920 1080 (3840 2160) for every banner.",
    "SKU 4471 2290 (8813 4456) in stock.",
    "Budget 1500 2500 (3000 4000 for rush) per month.",
    "Frames 2400 4800 (9600 19200) per clip.",
]

test_restated_numbers_are_errors, test_figures_in_brackets_stay_clean = severity_tests(ERRORS, CLEAN)
