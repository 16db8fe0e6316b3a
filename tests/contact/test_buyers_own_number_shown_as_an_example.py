"""A number right after an example marker ("(e.g. ", "ej. ", "z. B. ") whose clause names
the buyer's own detail ("your PO number (e.g. 4500012345)"): a sample of what the
buyer fills in (detectors/placeholders.py `buyers_example`), not the seller's. The
seller's own number, a first-person word, or a phone word between the marker and the
number still reads one."""
from __future__ import annotations

from tests.contact_support import severity_tests

ERRORS = [
    "Send me your number, e.g. mine is +44 7911 123456",
    "My number (e.g. +44 7922 815 904) is open for your questions.",
    "Your order ships fast. Call me (e.g. +44 7911 123456).",
    "Mi WhatsApp, por ejemplo: +34 622 815 904",
]
CLEAN = [
    "Invoice no. INV-2024-000317 and your PO number (e.g. 4500012345)\ncan be printed on the PDF.",
    "Tu número de cliente (ej. 612 345 678) aparece en la factura.",
    "Ihre Kundennummer (z. B. 4500012345) steht auf jeder Rechnung.",
    "Votre numéro de commande (ex. 4500012345) apparaît dans l'e-mail de confirmation.",
    "Il tuo numero d'ordine (es. 4500012345) compare nella fattura.",
]

test_the_sellers_number_as_an_example_is_an_error, test_the_buyers_number_as_an_example_stays_clean = (
    severity_tests(ERRORS, CLEAN)
)
