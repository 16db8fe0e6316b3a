"""A user name in quotes between a verb that addresses an account and "on <platform>"
(handle_ids.intro_before): "Message 'wrenfolk' on snap for faster replies". The quotes mark the
name, so the phrase may go on after the platform; a quoted greeting or keyword the buyer is told
to send is no name, nor are the people addressed as the work."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "Message 'wrenfolk' on snap for faster replies.",
    'DM "lunaframes" on IG for a quote.',
    "Schreib 'wrenfolk' auf Snapchat an.",
    "Escribe a 'wrenfolk' en Snapchat.",
    "Message \"wren_folk\" on snap.",
]

CLEAN = [
    "Message 'Hello' on Instagram to get the discount code.",
    'Message "Hello" on Instagram and I reply fast.',
    "Message 'clients' on Instagram for me.",
    "Type 'logo' in the search box on Instagram.",
    "Message clients on Instagram for me.",
]

test_quoted_names_are_errors, test_quoted_words_stay_clean = severity_tests(ERRORS, CLEAN)
