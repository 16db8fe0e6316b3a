"""A contact label with a mark right before a user-shaped "@name" (handles._id_labelled,
`contact_labels`): "Contact: @mira_designs", "Socials → @mira.designs", and the same as a
front-matter field, whatever the key's status ("contact: "@x"" is read as the line "contact:
@x"). Not the buyer's stand-in, a group mention, code, or a client named as the work."""
from __future__ import annotations

from contact_support import severity_tests

_HEAD = "---\ntitle: I will design your logo\n"

ERRORS = [
    "Contact: @mira_designs",
    "socials: @mira_designs",
    "Socials → @mira.designs",
    "Kontakt: @mira_designs",
    "联系方式：@mira_designs",
    _HEAD + 'contact: "@mira_designs"\n---\nClean logos.',
    _HEAD + 'socials: "@mira_designs"\n---\nClean logos.',
]

CLEAN = [
    "Contact: @yourbrand",
    "Contact: @media queries are used for layouts",
    "Contact: @everyone in the group gets the file",
    "Client: @nike_running",
    "I manage socials for @nike_running.",
    _HEAD + "made_for: instagram\nstyle: minimal\n---\nLogos.",
]

test_labelled_at_names_are_errors, test_other_at_names_stay_clean = severity_tests(ERRORS, CLEAN)
