"""Issue 12, sixth blind set, false alarms: a channel verb whose means phrase names the
marketplace a few words on ("call me — through the phone icon in our Fiverr chat"), and
a payment service as one item of the features a seller builds ("Telegram bot
development: inline keyboards, admin panel, Stripe payments"). Their seller twins (the
seller's own number, another channel, a pay verb, "directly") stay errors."""
from __future__ import annotations

import pytest
from contact_support import reported

ON_PLATFORM_CALLS = [
    "After you order, call me — through the phone icon in our Fiverr chat — whenever you're stuck.",
    "After you order, call me (through the call button in the Fiverr inbox) whenever you're stuck.",
    "Call me using the call feature inside the Fiverr app.",
]

FEATURE_LISTS = [
    "Telegram bot development in Python (aiogram): inline keyboards, admin panel, Stripe payments.",
    "Desarrollo de bots: teclados, panel de administración, pagos con Stripe.",
    "Développement de bots : claviers, panneau admin, paiements via Stripe.",
    "Entwicklung von Bots: Rollen, Ticketsystem, PayPal-Zahlungen.",
    "Shopify store development: custom theme, product pages, PayPal checkout, SEO.",
]


@pytest.mark.parametrize("text", ON_PLATFORM_CALLS + FEATURE_LISTS)
def test_honest_text_is_clean(lint, text):
    assert not reported(lint, text)


TWINS = [
    "Call me through WhatsApp, not the clunky Fiverr chat.",
    "Call me via my personal number, Fiverr chat is slow.",
    "Call me via my own number in the Fiverr order notes.",
    "Call me whenever you're stuck.",
    "Payment: PayPal, Wise or Payoneer.",
    "Bot development: admin panel, PayPal payments directly to me for a discount.",
    "Bot development: admin panel, and you pay me via PayPal.",
    "Delivery: 3 days, source code, PayPal payments welcome.",
]


@pytest.mark.parametrize("text", TWINS)
def test_seller_twin_is_an_error(lint, text):
    assert [f for f in lint(text) if f.category in ("contact", "payment") and f.severity.name == "ERROR"]
