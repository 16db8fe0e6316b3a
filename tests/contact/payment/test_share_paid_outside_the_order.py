"""Issue 12: one share of a split payment paid to the seller outside the order, the rest through
the marketplace ("a 30% deposit up front, paid to me outside the order, and the remaining 70% goes
through the site"): "outside the order" is the marketplace left, not another place ("outside the
EU", payment._outside_elsewhere), and the marketplace in the rest's clause is the way of that rest
only (paid_straight.market_pays).

Clean: every share through the marketplace, a place or a time outside.
"""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "For projects above $1,000 I take a 30% deposit up front, paid to me\noutside the order, and the remaining"
    " 70% goes through the site as a\nnormal milestone.",
    "For projects above $1,000 I take a 30% deposit up front, paid to me outside the order.",
    "A 30% deposit is paid to me directly, the rest through the site.",
]

CLEAN = [
    "Payment outside the EU is possible through the order.",
    "Payment outside business hours is processed by Fiverr the next day.",
    "A 30% deposit is paid through Fiverr, the rest after delivery through the site.",
    "Outside of the order I never take payments.",
    "Custom orders outside the EU pay VAT at checkout.",
    "I take a 30% deposit through the order, and the remaining 70% goes through the site as a milestone.",
]

test_share_paid_outside_is_an_error, test_shares_through_the_marketplace_stay_clean = severity_tests(ERRORS, CLEAN)
