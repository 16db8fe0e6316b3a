"""The buyer's business taking payments is the work (the service a feature of it) and stays
clean; the seller paid off the marketplace stays an error.
"""
from __future__ import annotations

import pytest
from contact_support import reported, worst

# The buyer's business as what takes the payment: the service is a feature of the work.
BUYERS_BUSINESS = [
    "I integrate Stripe so your shop charges the remaining balance via PayPal",
    "Configuro tu tienda para que cobre el resto por Mercado Pago.",
    "Je configure votre boutique pour encaisser le solde via PayPal.",
    "Configuro sua loja para cobrar o restante pelo Pix.",
    "I set up your online store to take the remaining balance via PayPal after delivery.",
    "Imposto il tuo negozio per incassare il saldo con PayPal.",
    "Настрою ваш магазин для приёма остатка оплаты через ЮMoney.",
    "Toko anda bisa menerima sisa pembayaran lewat OVO.",
    "Twój sklep przyjmie resztę płatności przez BLIK.",
    "I connect your website so it collects the balance via Venmo.",
]

SELLER_PAID = [
    "Your shop is great; pay me the remaining balance via PayPal.",
    "Pay the deposit on Fiverr, the remaining 50% via PayPal.",
    "I build your store. Remaining balance via PayPal please.",
    "Deine Website ist fertig, den Rest zahlst du mir per PayPal.",
]


@pytest.mark.parametrize("text", BUYERS_BUSINESS)
def test_the_buyers_business_taking_payments_is_the_work(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)


@pytest.mark.parametrize("text", SELLER_PAID)
def test_the_seller_paid_off_the_marketplace_stays_an_error(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)
