"""Issue 12: the marketplace named as the way with a negation right before its mark ("no por Fiverr",
"not through Fiverr", "nicht über Fiverr") is said not to be the way: the service named beside it is
the route (payment_market._negated_mark). The service made an English verb with the seller as its
object ("Interac e-Transfer me at …", "Venmo me once …") pays the seller.

Clean: the marketplace as the way, a negation of something else.
"""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "Paga por Nequi, no por Fiverr.",
    "Pay via PayPal, not through Fiverr.",
    "Canadian clients can Interac e-Transfer me at the address in my profile.",
    "Just Venmo me once the draft is approved.",
]

CLEAN = [
    "PayPal is accepted through Fiverr, not outside it.",
    "I accept PayPal only through Fiverr, never directly.",
    "You pay with PayPal on Fiverr, no extra fees.",
    "Stripe told me about the new API, so I can integrate it for you.",
    "Fiverr pays me through Payoneer each month.",
]

test_marketplace_negated_as_the_way_is_an_error, test_marketplace_as_the_way_stays_clean = severity_tests(
    ERRORS, CLEAN
)
