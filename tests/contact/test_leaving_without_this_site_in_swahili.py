"""Working on "without this site" or "outside this site" in Swahili ("bila tovuti hii", "nje ya
tovuti hii"): a request to leave the marketplace (error). A site as the work stays clean."""
from __future__ import annotations

from tests.contact_support import severity_tests

ERRORS = [
    "Baada ya oda ya kwanza tunaweza kufanya kazi moja kwa moja bila tovuti hii.",
    "Baada ya oda ya kwanza tunaweza kuendelea bila tovuti hii.",
    "Kwa kazi zijazo tuwasiliane nje ya tovuti hii.",
]
CLEAN = [
    "Ninaweza kujenga tovuti yako bila WordPress.",
    "Nitaboresha kasi ya tovuti hii ya duka lako.",
]

test_without_this_site_is_an_error, test_a_site_as_the_work_stays_clean = severity_tests(ERRORS, CLEAN)
