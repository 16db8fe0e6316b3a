"""A user name behind a handle label, no platform named ("Handle: mira_designs", "닉네임:
jiwoo_art"): a handle (handle_labels.labelled_names). The verb "handle", a site's login
("Username: admin_user"), a file, a buyer's stand-in and plain words after the label stay
clean."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "Handle: mira_designs",
    "- **Handle:** mira_designs",
    "Nickname: lena.draws",
    "닉네임: jiwoo_art",
    "Ник: lena_art22",
    "Pseudo : julie_dessine",
]

CLEAN = [
    "Handle: with care",
    "Handle: 3 revisions",
    "Handle: your_brand",
    "Handle: logo_final.png",
    "Username: admin_user",
    "I handle: file_prep",
    "Handle bars: chrome_finish",
]

test_names_behind_handle_labels, test_verbs_logins_and_files_stay_clean = severity_tests(ERRORS, CLEAN)
