"""Two readings that named no seller: a field's key written in the body with a platform as its
value ("made_for: instagram", handle_ids._field_key: a key of words joined by "_" opening its line
is no user name), and a quoted name searched for the work's sake ('Search "Nike Running" on
Instagram for inspiration', self_pointers.others_purpose). Their seller twins stay errors."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "kai_88: instagram",
    "mira_studio on Instagram",
    'Search "Mira Studio" on Instagram.',
    'Search "Mira Studio" on Instagram and message me there.',
    'Google "Nordic Pine Studio" and call us.',
    "Just google 'SmileSocial Leeds'.",
]

CLEAN = [
    "made_for: instagram\nstyle: minimal",
    "- target_platform: Instagram",
    'Search "Nike Running" on Instagram for inspiration.',
    'Search "Nike Running" for inspiration.',
    'Busca "Nike Running" en Instagram para inspirarte.',
    "Search 'Nordic Pine Studio' on Fiverr to see my other gigs.",
]

test_seller_twins_stay_errors, test_keys_and_work_searches_stay_clean = severity_tests(ERRORS, CLEAN)
