"""Issue 12: the marketplace's way of paying said to fail for someone or to be impossible, then a route
taken instead ("so", "better", "lieber"): the route is the payment (payment_market.unusable_end reads a
negation before the marketplace and the pay verb after it, as German puts it; a payment page named in
the failing statement is the marketplace's, not the work's).

Clean: the failing way with no route, or with the marketplace's own help.
"""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "Fiverr's payment page keeps failing for my buyers, so I take Payoneer.",
    "El pago por Fiverr no me funciona, mejor por Nequi.",
    "No puedo cobrar por Fiverr, así que Bizum.",
    "Ich kann nicht über Fiverr zahlen, also PayPal.",
    "Zahlung über Fiverr funktioniert bei mir nicht, also lieber PayPal.",
]

CLEAN = [
    "If the Fiverr checkout keeps failing, contact Fiverr support and try again.",
    "Fiverr payment isn't possible with PayPal in my country.",
    "El pago por Fiverr no me funciona, mejor escríbele al soporte de Fiverr.",
]

test_route_after_a_failing_marketplace_is_an_error, test_failing_way_without_a_route_stays_clean = severity_tests(
    ERRORS, CLEAN
)
