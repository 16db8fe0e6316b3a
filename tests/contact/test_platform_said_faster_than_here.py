"""A platform named as the means ("DMs on IG", "on Telegram") said to answer faster than the
marketplace ("than here"): the seller's way put in the marketplace's place, a request to
leave (market_compared._platforms_by_means). The platform as the work ("IG marketing"),
compared with something else ("the industry average"), the marketplace the better way and a
denial stay clean."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "**Response time:** ~2 h. DMs on IG usually get answered even faster than here.",
    "Messages on Telegram get answered faster than here.",
    "On Telegram I answer faster than here.",
]

CLEAN = [
    "IG marketing works faster than here.",
    "DMs on IG get answered faster than the industry average.",
    "Orders here get answered faster than on IG.",
    "I never answer on IG faster than here.",
    "Files on Drive load faster than here.",
]

test_platforms_said_faster_than_here, test_other_comparisons_stay_clean = severity_tests(ERRORS, CLEAN)
