"""Look-alike letters: Latin letters that NFKC leaves alone but Unicode names as one plain
letter (small capitals, negative circled / squared capitals, regional-indicator letters)
fold to that letter, so channel names spelled with them are read; honest styled text stays
clean.
"""
from __future__ import annotations

import pytest
from contact_support import masked, reported, worst

from gigcheck.text.fold import fold


@pytest.mark.parametrize(
    "styled,plain",
    [
        ("ꜱɴᴀᴘ", "snap"),
        ("ᴡʜᴀᴛꜱᴀᴘᴘ", "whatsapp"),
        ("ᴛᴇʟᴇɢʀᴀᴍ", "telegram"),
        ("🆂🅺🆈🅿🅴", "skype"),
        ("🅖🅜🅐🅘🅛", "gmail"),
        ("🇸🇰🇾🇵🇪", "skype"),
        ("ɢᴍᴀɪʟ", "gmail"),
    ],
)
def test_named_letter_lookalikes_fold_to_plain_letters(styled, plain):
    assert fold(styled).text == plain


LOOKALIKE_HANDLES = [
    ("ꜱɴᴀᴘ: kenzie.draws", "kenzie.draws"),
    ("ᴛᴇʟᴇɢʀᴀᴍ → @luna_art", "luna_art"),
    ("Escríbeme al ᴡʜᴀᴛꜱᴀᴘᴘ: lucia.dsgn", "lucia.dsgn"),
    ("ɪɴꜱᴛᴀ: mira.pix", "mira.pix"),
    ("ⓘⓝⓢⓣⓐ: mira.pix", "mira.pix"),
    ("ᴰⁱˢᶜᵒʳᵈ: zeno.art", "zeno.art"),
    ("𝕊𝕜𝕪𝕡𝕖: zeno.art", "zeno.art"),
    ("Ｔｅｌｅｇｒａｍ: @oleg_design", "oleg_design"),
    ("Schreib mir auf 🆃🅴🅻🅴🅶🆁🅰🅼: @jonas_cuts", "jonas_cuts"),
    ("Mon ꜱɴᴀᴘᴄʜᴀᴛ : chloe.lmr", "chloe.lmr"),
    ("🆆🅷🅰🆃🆂🅰🅿🅿 +34 612 44 55 66", "612 44 55 66"),
]


@pytest.mark.parametrize("text,ident", LOOKALIKE_HANDLES)
def test_lookalike_channel_names_with_an_identifier_are_errors(lint, text, ident):
    assert worst(lint, text) == "error", reported(lint, text)
    assert ident not in masked(lint, text)


LOOKALIKE_HONEST = [
    "🇺🇸 Native English speaker, 🇧🇷 Portuguese, 🇪🇸 Spanish",
    "ᴅɪꜱᴄᴏʀᴅ ʙᴏᴛ ᴅᴇᴠᴇʟᴏᴘᴍᴇɴᴛ with slash commands",
    "I make ꜱɴᴀᴘᴄʜᴀᴛ filters for your brand",
    "🅿🆁🅴🅼🅸🆄🅼 package: 3 logo concepts",
    "Diseño posts para ɪɴꜱᴛᴀɢʀᴀᴍ con tu paleta de colores",
]


@pytest.mark.parametrize("text", LOOKALIKE_HONEST)
def test_lookalike_letters_in_honest_text_stay_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)
