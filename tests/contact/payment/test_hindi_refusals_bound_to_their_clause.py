"""A refusal after a list of payment services refuses them ("Paytm या UPI से भुगतान की बात
न करें"), but only within its own clause when both sides of the clause break pay: "मुझे
Paytm पर भुगतान करें, Fiverr पर भुगतान न करें" offers Paytm and refuses Fiverr
(payment_refusals._refused_after_tail)."""
from __future__ import annotations

from tests.contact_support import severity_tests

ERRORS = [
    "मुझे Paytm पर भुगतान करें, Fiverr पर भुगतान न करें",
    "मुझे Paytm पर भुगतान करें, इंतज़ार न करें",
    "Mujhe Paytm par payment karein, Fiverr par payment mat karein.",
]
CLEAN = [
    "Paytm या UPI से भुगतान की बात न करें।",
    "Paytm ya UPI se payment ki baat na karein.",
    "Paytm या UPI पर भुगतान न करें, सिर्फ़ Fiverr से।",
    "PayPal payments, not accepted.",
]

test_offers_before_another_clause_are_errors, test_refused_lists_stay_clean = severity_tests(ERRORS, CLEAN)
