"""A service followed a word or two later by an API object's ID ("Stripe charge
ch_3Nx…", "Stripe payment pi_3Nx… failed") names a transaction record, the subject of
debugging work, not a way to pay (payment_topics.record_named). An account label before
the ID, or a pay verb aimed at the seller, still makes an offer."""
from __future__ import annotations

from tests.contact_support import severity_tests

ERRORS = [
    "Pay me on Stripe account acct_1NxYz2LkdIwHu7ix.",
    "Payoneer id pay_1234567890ab — send the balance there.",
    "Pay via Stripe: link buy_14k2xyz9abc0 for a 10% discount.",
]
CLEAN = [
    "Stripe charge ch_3NxYz2LkdIwHu7ix0abc was refunded twice; I fix such bugs.",
    "Stripe payment pi_3NxYz2LkdIwHu7ix0abc failed; I debug such webhooks.",
    "Je corrige vos webhooks : Stripe charge ch_3NxYz2LkdIwHu7ix0abc remboursée deux fois.",
    "Depuro tu integración: el cargo de Stripe ch_3NxYz2LkdIwHu7ix0abc falla en el webhook.",
]

test_accounts_after_a_service_are_errors, test_record_ids_stay_clean = severity_tests(ERRORS, CLEAN)
