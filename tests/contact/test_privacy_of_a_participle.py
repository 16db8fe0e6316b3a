"""A word of privacy right before a participle qualifies it ("privately funded research",
"privately owned clinics"), not the place the talk goes: clean. "We continue privately" and
"Let's continue privately once we trust each other" stay requests to leave (errors)."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "We continue privately.",
    "Let's continue privately once we trust each other.",
    "Let's discuss your project privately.",
    "We can talk privately, just ask.",
]

CLEAN = [
    "We continue privately funded research for biotech startups.",
    "I write case studies for privately owned clinics.",
    "We keep working on privately held companies' annual reports.",
]

test_privacy_of_the_talk_is_leaving, test_privacy_of_a_participle_stays_clean = severity_tests(ERRORS, CLEAN)
