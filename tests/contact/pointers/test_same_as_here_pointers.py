"""Pointers to the seller's channel: a work word in a clause of its own after the platform
does not make it the work ("search my seller name on Instagram, I post WIPs there"); the
seller's channel said to be "the same as here" is a pointer without an account word ("Meu
Insta é o mesmo daqui"), and Portuguese "no" ("in the") right after an account word ties it
to the platform, it negates nothing ("Meu usuário no Insta é o mesmo daqui"). Platform lists,
refusals and profiles as showcases stay clean.
"""
from __future__ import annotations

import pytest
from contact_support import reported, worst

# --- pointers --------------------------------------------------------------------------

POINTERS = [
    "Search my seller name on Instagram, I post daily WIPs there — DM me",
    "Find me on Telegram, I share updates daily",
    "Meu insta é o mesmo daqui",
    "Mi Insta es el mismo de aquí",
    "Mon Insta est le même qu'ici",
    "Mein Insta ist derselbe wie hier",
    "Il mio Insta è lo stesso di qui",
    "Mój Insta jest taki sam jak tutaj",
]


@pytest.mark.parametrize("text", POINTERS)
def test_pointers_to_the_sellers_channel_are_errors(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)


POINTERS_HONEST = [
    "I manage Instagram, TikTok marketing and ads",
    "Instagram, Facebook ads and more",
    "Telegram, bot development from scratch",
    "WhatsApp, chatbots and automation",
    "I do Instagram, reels and stories",
    "My Instagram has the same style as my gigs here",
    "Mi Instagram tiene el mismo estilo que mis trabajos aquí",
    "My Instagram shows the same work as here",
    "Same quality as my other gigs here",
]


@pytest.mark.parametrize("text", POINTERS_HONEST)
def test_platform_lists_and_same_style_stay_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)


# --- "no" as "in the" after an account word ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Meu usuário no Insta é o mesmo daqui",
    "Meu nome no Telegram é o mesmo daqui",
    "Meu usuário no Discord é igual ao daqui",
])
def test_pt_no_after_an_account_word_is_a_tie(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)


@pytest.mark.parametrize("text", [
    "No WhatsApp, only Fiverr chat",
    "No trabajo por fuera de Fiverr",
    "Meu perfil no Insta mostra meus trabalhos",
])
def test_refusals_and_profiles_as_showcases_stay_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)
