"""A seller who KEEPS a channel private ("I keep my WhatsApp private", "Mantengo mi número
privado", "Ich halte mein WhatsApp privat") refuses it: a verb of keeping before the
private word (private_lines.kept_private) stays clean; a private line on offer stays an
error.
"""
from __future__ import annotations

import pytest
from contact_support import reported, worst

KEPT_PRIVATE = [
    "I keep my WhatsApp private.",
    "I keep my personal phone number private, so all talk stays in the Fiverr inbox.",
    "Mantengo mi WhatsApp privado; todo se habla por el chat de Fiverr.",
    "Mantenho meu WhatsApp privado e atendo só pelo chat.",
    "Ich halte mein WhatsApp privat.",
    "Je garde mon WhatsApp privé, tout passe par la messagerie.",
    "Tengo il mio numero personale privato.",
    "Я держу свой личный Telegram закрытым.",
    "WhatsApp numaramı özel tutarım.",
    "Saya jaga nomor pribadi saya tetap rahasia.",
    "Ik houd mijn privénummer voor mezelf.",
    "Zawsze trzymam mój prywatny numer dla siebie.",
]

PRIVATE_LINES = [  # offered: still errors
    "VIP buyers get my private number.",
    "My personal number is available for VIP clients.",
    "Stammkunden bekommen meine private Nummer.",
    "Te paso mi WhatsApp privado después del pedido.",
    "Klien tetap dapat nomor pribadi saya.",
]


@pytest.mark.parametrize("text", KEPT_PRIVATE)
def test_a_channel_kept_private_is_a_refusal(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)


@pytest.mark.parametrize("text", PRIVATE_LINES)
def test_a_private_line_on_offer_stays_an_error(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)
