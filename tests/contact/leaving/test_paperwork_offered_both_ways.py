"""An unrecorded phrase ("sans facture", "sin factura") after "with or" ("avec ou sans facture
électronique", `both_ways_marks`) offers both kinds of paperwork, and invoicing named as the work
beside it is the work's subject (leaving._on_record); the phrase's own words are no subject, so a
deal without an invoice said outright stays an error."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "Sans facture, c'est 20% moins cher.",
    "Sin factura te sale más barato.",
    "Ohne Rechnung wird es günstiger.",
    "We can do it off the books for regulars.",
]

CLEAN = [
    "Je fais vos factures et devis, avec ou sans facture électronique.",
    "I can deliver with or without an invoice, your choice.",
    "Hago tu contabilidad, con o sin factura electrónica.",
    "I set up your invoicing templates, including cash in hand receipts.",
]

test_deals_without_an_invoice_are_errors, test_paperwork_offered_both_ways_stays_clean = severity_tests(
    ERRORS, CLEAN
)
