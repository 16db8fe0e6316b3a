"""The middleman skipped or not paid from the orders to come is a request to leave
(direct_deals.middleman, leaving.left): the orders to come right after the phrase are when the
leaving happens, not a working time ("skip the middleman next time", unlike "talk outside
business hours"), and not paying the middleman is skipping it ("so next time we don't pay the
middleman"). A middleman the seller's own work does without, and a process's details shared
after delivery, stay clean."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "Repeat buyers: skip the middleman next time, I'll send you my details after delivery.",
    "After delivery I'll share my details so next time we don't pay the middleman.",
    "La próxima vez no pagamos al intermediario, te paso mis datos.",
]

CLEAN = [
    "We can talk outside business hours.",
    "I'll share the details of the revision process after delivery.",
    "We don't pay the middleman: I print everything in-house.",
    "I don't pay the middleman for fabric, I buy straight from the mill.",
    "Your shop won't pay the middleman anymore once I set up direct supplier orders.",
    "Next time, order here again and skip the waiting line.",
]

test_middleman_skipped_from_the_next_order_is_an_error, test_middlemen_the_work_does_without_stay_clean = (
    severity_tests(ERRORS, CLEAN)
)
