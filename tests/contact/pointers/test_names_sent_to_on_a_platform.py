"""A user name right before "on <platform>" with the platform's article between ("ping
kovacs_edits on the camera app": handle_ids._past_article), and a name in quotes sent to ("to
'wrenfolk' on snap") in a sentence with a verb of reaching (handle_ids.quoted_before). A quoted
word alone before a platform is more often a client's brand, which stays clean."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "For quick questions before ordering, just ping kovacs_edits on the camera app.",
    "Quick questions? Just ping lena_builds on the camera app.",
    "Escríbeme, soy marta_ilustra en el insta.",
    "Shoot a carrier pigeon to 'wrenfolk' on snap, it'll reach me faster than the inbox here.",
    "Send a note to 'northwick' on snap, I answer there within minutes.",
]

CLEAN = [
    "I grew 'Bloom' on Instagram to 20k followers, message me for details.",
    "I posted a reel for 'Bloom' on Instagram last week.",
    "Send your logo to 'Bloom' on the Instagram page? No, message me here.",
    "I manage the posting schedule on the Instagram page of your shop.",
]

test_names_before_a_platform_are_errors, test_brands_on_a_platform_stay_clean = severity_tests(ERRORS, CLEAN)
