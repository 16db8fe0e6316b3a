"""Issue 12: the marketplace's checkout skipped with the next clause's subject right after it ("instead of
checkout I'll knock 15% off"): the pronoun is no noun the checkout names as a part of the work
(payment._checkout_built), so the skip is paying outside.
"""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "If you'd rather settle by bank transfer instead of checkout I'll knock 15% off.",
    "Skip the checkout, we can settle by bank transfer.",
]

CLEAN = [
    "We skip the checkout redesign this sprint.",
    "My Shopify app lets shoppers skip the checkout I built.",
]

test_checkout_skipped_is_an_error, test_checkout_as_the_work_stays_clean = severity_tests(ERRORS, CLEAN)
