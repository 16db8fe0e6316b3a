"""A field's key under other key lines of the same paragraph ("title: Logo design\\nmade_for:
instagram"): the words view joins the lines with spaces, so the key's line opening is read in the
run's text (handle_ids._field_key), and in a run joining a label with its items, one space stands
for "\\n- ". A user name as the key or value of those lines stays an error."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "title: Logo design\ninstagram: mira.designs\nstyle: minimal",
    "title: Logo design\nmira_art on instagram\nstyle: minimal",
    "title: Logo design\nmira.art: instagram",
    "title: Logo design\n- instagram: @mira.designs\n- style: minimal",
    "Projekt: Logo\ntelegram: @mira_designs\nStil: minimal",
]

CLEAN = [
    "title: Logo design\nmade_for: instagram\nstyle: minimal",
    "title: Logo design\nmade_for: instagram",
    "Project notes\ntarget_platform: TikTok\nstyle: minimal",
    "title: Logo design\n- made_for: instagram\n- style: minimal",
    "titulo: Diseño de logo\npara_red: instagram\nestilo: minimalista",
]

test_user_names_in_key_lines_stay_errors, test_keys_under_key_lines_stay_clean = severity_tests(ERRORS, CLEAN)
