"""A template's field named for the channel itself ("your" + the platform: "[your_instagram]",
"{seu_instagram}", "@tu_tiktok") is the buyer's stand-in, not anyone's account; the seller
claiming it ("My Instagram: @your_instagram") still gives a handle."""
from __future__ import annotations

import pytest


def _contact(lint, text):
    return [f.rule for f in lint(text) if f.rule.startswith("GC2")]


FIELDS = [
    "Instagram: [your_instagram] · TikTok: [your_tiktok] — the footer fields you fill in.",
    "Instagram: your_instagram in the footer.",
    "TikTok: (your_tiktok) goes under the logo.",
    "O cartão de visita terá os campos {seu_instagram} e {seu_whatsapp} editáveis no Canva.",
    "Plantilla de pie: Instagram @tu_instagram · TikTok @tu_tiktok",
    "Vorlage: Instagram @ihr_instagram, YouTube @ihr_youtube",
]


@pytest.mark.parametrize("text", FIELDS)
def test_a_channel_named_field_is_a_stand_in(lint, text):
    assert _contact(lint, text) == []


OWNED = [
    "My Instagram: @your_instagram",
    "Follow me on Instagram @tu_instagram",
    "Mi Instagram es @tu.instagram.oficial",
]


@pytest.mark.parametrize("text", OWNED)
def test_the_seller_claiming_it_still_gives_a_handle(lint, text):
    assert "GC203" in _contact(lint, text)
