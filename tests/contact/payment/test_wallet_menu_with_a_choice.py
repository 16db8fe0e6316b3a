"""Issue 12: services listed together with the buyer told to choose ("whichever you prefer", "alinman ang
gusto mo", "wie du magst"): the menu offered outright, an error (payment._weak_offer, `choice_words`).

Clean: the services as the work's subject, or paid through the marketplace.
"""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "Maya o GCash, alinman ang gusto mo.",
    "Nequi o Daviplata, como prefieras",
    "PayPal or Wise, whichever you prefer.",
    "PayPal oder Wise, wie du magst.",
]

CLEAN = [
    "Stripe or PayPal integration, whichever you prefer.",
    "I compare PayPal and Wise fees, your choice of currency.",
    "I can set up PayPal or Stripe on your store, whichever you prefer.",
    "Pay on Fiverr with PayPal or card, whichever you prefer.",
]

test_menu_with_a_choice_is_an_error, test_services_as_the_work_stay_clean = severity_tests(ERRORS, CLEAN)
