"""The dealing "taken offline" by "we" or for the orders to come (`left_phrases`: "take it
offline", read by leave_requests.asked_away as a place left) is a request to leave, an error;
the work's site or server taken offline by the seller stays clean."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "After the first order we can take things offline.",
    "For the next project we can take it offline, just ask.",
]

CLEAN = [
    "If your site is hacked, I take it offline and clean it.",
    "I can take the store offline during the migration so your customers see a maintenance page.",
    "We take the old server offline once the new one works.",
]

test_dealing_taken_offline_is_an_error, test_the_work_taken_offline_stays_clean = severity_tests(ERRORS, CLEAN)
