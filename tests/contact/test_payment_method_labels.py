"""A label of payment methods written as one compound (German "Zahlungsarten", Dutch
"Betaalmethoden"), followed by services, offers them like "Payment methods: PayPal, Wise"
(payment-off-platform, error); payment methods as the work stay clean."""
from __future__ import annotations

from tests.contact_support import severity_tests

ERRORS = [
    "Zahlungsarten: PayPal, Wise",
    "Zahlungsmethoden: Payoneer oder Überweisung",
    "Betaalmethoden: PayPal, Wise",
    "Métodos de pago: PayPal, Wise",
]
CLEAN = [
    "Ich richte Zahlungsarten wie PayPal und Klarna in deinem Shopify-Shop ein.",
    "Ik koppel betaalmethoden zoals iDEAL en PayPal aan je webshop.",
    "Zahlungsarten: nur über Fiverr.",
]

test_payment_method_labels_are_errors, test_payment_methods_as_work_stay_clean = severity_tests(ERRORS, CLEAN)
