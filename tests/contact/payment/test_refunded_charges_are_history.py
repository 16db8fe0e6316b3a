"""A charge reported as refunded ("The Stripe charge was refunded", "fue reembolsado",
"wurde erstattet") is a past transaction, not a way to pay the seller (topic_words); a
service offered to pay the seller still is."""
from __future__ import annotations

from tests.contact_support import severity_tests

ERRORS = [
    "Pay me via Stripe directly.",
    "Pay me on PayPal; a late order was refunded before.",
    "Paga por PayPal directamente.",
]
CLEAN = [
    "The Stripe charge was refunded last week, and I fixed the webhook.",
    "Mi cargo de PayPal fue reembolsado sin problema.",
    "Die PayPal-Zahlung wurde erstattet.",
    "Stripe ile ödeme iade edildi.",
]

test_offers_are_errors, test_refunds_stay_clean = severity_tests(ERRORS, CLEAN)
