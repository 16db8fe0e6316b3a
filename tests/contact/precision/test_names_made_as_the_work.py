"""A name the seller MAKES as the work ("Diseño el logo con el nombre de mi tienda para
Instagram", "Je crée votre pseudo Twitch et le même nom sur Instagram"): a verb of making in
the pointer's clause makes it no pointer; "same name on Instagram" alone stays one.
"""
from __future__ import annotations

import pytest
from contact_support import reported, worst

NAMES_MADE = [
    "Diseño el logo con el nombre de mi tienda para Instagram.",
    "Je crée votre pseudo Twitch et le même nom sur Instagram et TikTok pour une identité cohérente.",
    "I create your Twitch username and the same name on Instagram and TikTok.",
    "I will register the same username on Instagram, TikTok and YouTube for your brand.",
    "Crio o seu nome de usuário e o mesmo nome no Instagram.",
    "I design a logo with the name of my client's shop for Instagram.",
    "Registro el mismo nombre de usuario en Instagram y TikTok para tu marca.",
    "Ich erstelle deinen Markennamen und sichere den gleichen Namen auf Instagram.",
    "Creo il tuo logo e lo stesso nome su Instagram e TikTok.",
    "Logonuzu tasarlarım ve Instagram'da aynı ismi ayarlarım.",
    "Saya buatkan nama brand dan nama yang sama di Instagram.",
]

POINTERS = [  # no making: still pointers
    "Same name on Instagram, come say hi.",
    "I design logos, same name on Instagram if you want to see more.",
    "Je crée des logos. Même nom sur Instagram.",
    "I make logos - look for the same name on Instagram.",
    "Mismo nombre en Instagram, búscame.",
]


@pytest.mark.parametrize("text", NAMES_MADE)
def test_a_name_made_as_the_work_is_no_pointer(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)


@pytest.mark.parametrize("text", POINTERS)
def test_a_name_pointer_without_making_stays_flagged(lint, text):
    assert worst(lint, text) != "clean", reported(lint, text)
