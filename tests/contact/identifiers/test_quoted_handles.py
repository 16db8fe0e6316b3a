"""An "@name" after a handle verb inside straight quotes ('Follow me:
"@mira.designs"'), as curly quotes and guillemets already were; "follow me" in more
languages. A quoted line of copy with its own verb for a made-up account stays what the
placeholder and mockup readings make it.
"""
from __future__ import annotations

from contact_support import severity_tests

QUOTED = [
    'Follow me: "@mira.designs"',
    "Follow me: '@mira.designs'",
    'Sígueme: "@mira.designs"',
    'Folgt mir: "@mira.designs"',
    'DM me "@kai_art" on IG',
    "Segue-me: '@mira.designs'",
    "Sigam-me @mira.designs",
    "Síganme en @mira.designs",
    "Seguitemi: @mira.designs",
    "Takip edin: @mira.designs",
    "Ikuti saya @mira.designs",
]

HONEST = [
    'Poster text: "Follow @coffeehouse"',
    'Your bio will say: "Follow @yourbrand"',
    'Write me "@" in the brief if you want a mention.',
    "Segue-me no Fiverr para novidades.",
]

test_quoted_handles_after_a_verb_are_errors, test_quoted_copy_stays_clean = severity_tests(QUOTED, HONEST)
