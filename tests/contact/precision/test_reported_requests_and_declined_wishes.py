"""Others' requests reported ("Buyers often ask for my WhatsApp") and others' wish to leave
declined by the seller stay clean: no promise, no invitation; the invitations next to them,
and a reported request the seller grants, stay errors.
"""
from __future__ import annotations

import pytest
from contact_support import reported, worst

# Others' request reported ("Buyers often ask for my WhatsApp"), and others' wish to leave
# declined by the seller: no promise, no invitation (forum and seller-description texts).
REPORTED = [
    "Buyers often ask for my WhatsApp, but I keep everything on Fiverr.",
    "Some clients ask for my Instagram after the order.",
    "Many clients ask me for my phone number.",
    "Clients asked for my Instagram so they could credit me.",
    "Clients sometimes want to talk outside the platform; I politely decline.",
    "Clients sometimes want to talk outside the platform, which I always decline.",
    "Some buyers want to move the chat outside Fiverr, I always say no.",
    "Certains clients veulent parler en dehors de Fiverr, je refuse toujours.",
    "Manche Kunden wollen außerhalb von Fiverr schreiben, das lehne ich ab.",
    "Algunos clientes quieren hablar fuera de Fiverr, siempre lo rechazo.",
]

STILL_INVITATIONS = [
    "Buyers can ask for my WhatsApp after ordering.",
    "Ask for my WhatsApp after ordering.",
    "Clients, ask for my WhatsApp.",
    "VIP clients ask for my number and get it.",
    "Let's talk outside Fiverr, I decline the fees.",
    "Message me on WhatsApp, I decline Fiverr's fees.",
    "Clients often want to talk outside Fiverr, just message me on WhatsApp.",
]


@pytest.mark.parametrize("text", REPORTED)
def test_reported_requests_and_declined_wishes_are_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)


@pytest.mark.parametrize("text", STILL_INVITATIONS)
def test_invitations_next_to_them_stay_errors(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)


def test_a_wish_to_leave_declined_in_the_next_sentence_is_clean(lint):
    text = "Then a buyer wanted to talk outside the platform (via voice). I refused, of course."
    assert worst(lint, text) == "clean", reported(lint, text)
    text = "Some buyers want to chat on WhatsApp. I always say no and keep it on Fiverr."
    assert worst(lint, text) == "clean", reported(lint, text)


def test_a_reported_request_whose_asker_gives_the_seller_something_stays_clean(lint):
    text = "After the order he did ask for my Instagram so that he can give me a credit."
    assert worst(lint, text) == "clean", reported(lint, text)
    text = "Clients ask for my WhatsApp and I give it to them."
    assert worst(lint, text) == "error", reported(lint, text)
