"""A link cut after its host's "/" by a line break, a list item or a table row ("t.me/" over
"arjun_vfx") is read with the name under it, and masked; a script scheme hidden by
percent-encoding is an error. A slash at a line end and percent-encoded colons of relative
links in honest text stay clean.
"""
from __future__ import annotations

import pytest
from contact_support import masked, reported, worst

# --- a link cut after its "/" ------------------------------------------------------------

CUT_LINKS = [
    ("t.me/\narjun_vfx", "arjun_vfx"),
    ("Telegram: t.me/\n@arjun_k", "arjun_k"),
    ("instagram.com/\nmira.pix", "mira.pix"),
    ("- t.me/\n- arjun_vfx", "arjun_vfx"),
    ("- instagram.com/\n- mira.pix", "mira.pix"),
    ("| Package | Contact |\n|---|---|\n| Basic | gig chat |\n| VIP | t.me/ |\n| | arjun_vfx |", "arjun_vfx"),
    ("1. wa.me/\n2. 34612445566", "34612445566"),
]


@pytest.mark.parametrize("text,ident", CUT_LINKS)
def test_a_link_cut_after_its_slash_is_read_whole(lint, text, ident):
    assert worst(lint, text) == "error", reported(lint, text)
    assert ident not in masked(lint, text)


CUT_HONEST = [
    "Visit youtube.com/\nand subscribe",
    "- youtube.com/\n- Video editing",
    "Formats: PNG/\nJPG/\nSVG",
    "- and/\n- or",
]


@pytest.mark.parametrize("text", CUT_HONEST)
def test_a_slash_at_a_line_end_in_honest_text_stays_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)


# --- a script scheme hidden by percent-encoding -------------------------------------------

@pytest.mark.parametrize("text", [
    "[Catalogo](javascript%3Aalert(1))",
    "[Ver](JavaScript%3avoid(0))",
    "[x](data%3Atext/html;base64,PHNjcmlwdD4=)",
])
def test_a_percent_encoded_script_scheme_is_an_error(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)


@pytest.mark.parametrize("text", ["[Guide](guide%3Apart-1.md)", "[FAQ](#faq%3Aorders)"])
def test_percent_encoded_colons_in_relative_links_stay_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)
