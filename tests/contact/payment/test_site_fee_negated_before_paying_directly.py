""""No site fee" opening a sentence negates the fee, not the payment after it: "No site fee if you
pay me directly" offers paying outside, as "No fees if you pay me directly" does (the pack's
`incentive_words` name the fee with its owner after "no"). A sentence with no payment outside
stays a price's claim."""
from __future__ import annotations

from tests.contact_support import severity_tests

ERRORS = [
    "No site fee if you pay me directly.",
    "No site fees when you pay me by PayPal.",
    "No platform fees if you pay me directly after the first order.",
]
CLEAN = [
    "No site fees are added to your price.",
    "There is no site fee for revisions.",
    "No site fee surprises: the price you see is the price you pay.",
    "No site fee if you pay through Fiverr, of course: it is included.",
]

test_site_fee_negated_then_paid_directly_is_an_error, test_site_fee_claims_stay_clean = severity_tests(ERRORS, CLEAN)
