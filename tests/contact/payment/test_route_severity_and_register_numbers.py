"""Issue 12, sixth blind set: an off-platform payment route is an error, not a warning,
when the seller offers it as one more way ("also", "auch", "também": besides the
marketplace) or sells it as cheaper; a template's stand-in account ("IBAN XX00 0000 …")
and company-register numbers on an invoice design stay clean, while a real account
behind the same words is still reported."""
from __future__ import annotations

import pytest
from contact_support import reported

# "also" before a service a pay word sits by: one more way to pay, an error.
ALSO_OFFERS = [
    "Payment is also possible via Zelle for US clients.",
    "Pago también por Bizum si te viene mejor.",
    "On peut aussi régler par virement bancaire.",
    "Zahlung auch per PayPal möglich.",
    "Pagamento anche tramite Satispay.",
    "Betaling kan ook via Bunq.",
    "Оплата также на карту Сбербанка.",
    "Bisa juga bayar lewat DANA.",
    "Płatność też BLIKIEM.",
    "Também aceito Pix.",
    "Payment via Wise is also accepted.",
    "Betalen kan ook via een Tikkie, dan scheelt het de servicekosten.",
    "Também aceito MB WAY para o 912 345 678.",
    "Ödemeyi ayrıca havale ile de yapabilirsiniz.",
    "Pembayaran juga bisa lewat transfer bank.",
    "الدفع أيضا عبر فودافون كاش متاح.",
    "Payment bhi Paytm se kar sakte ho.",
    "Pwede rin magbayad sa GCash.",
]


@pytest.mark.parametrize("text", ALSO_OFFERS)
def test_also_offered_route_is_an_error(lint, text):
    assert [f for f in lint(text) if f.name == "payment-off-platform" and f.severity.name == "ERROR"]


# The same "also" where the marketplace is the way, the service is the work, or refused.
ALSO_CLEAN = [
    "I also integrate PayPal and Stripe payments into your store.",
    "Fiverr also accepts PayPal at checkout.",
    "I also write PayPal invoice templates.",
    "You can also pay with PayPal on Fiverr.",
    "Auch Zahlung mit PayPal über Fiverr möglich.",
    "Ich binde auch PayPal-Zahlungen in Ihren Shop ein.",
    "Also, PayPal fees are high these days.",
]


@pytest.mark.parametrize("text", ALSO_CLEAN)
def test_also_without_an_offer_is_not_an_error(lint, text):
    assert not [f for f in lint(text) if f.category == "payment" and f.severity.name == "ERROR"]


# A template's stand-in account: one repeated digit, masked with X.
FILLERS = [
    "Invoice template: 'Pay to: IBAN XX00 0000 0000 0000 00' as a placeholder for your bank.",
    "Pay to: IBAN XX00 0000 0000 0000 00",
    "Modelo de fatura: Pix 000.000.000-00 como exemplo.",
    "Pay via bank transfer to 0000 0000 0000",
]


@pytest.mark.parametrize("text", FILLERS)
def test_stand_in_account_is_clean(lint, text):
    assert not reported(lint, text)


# Their twins: a real account behind the same words.
REAL_ACCOUNTS = [
    "Pay to: IBAN DE21 1001 0010 0123 4567 89",
    "Pay via bank transfer to 4411 2345 6789 01",
    "Pay to: IBAN GB33 BUKB 2020 1555 5555 55",
]


@pytest.mark.parametrize("text", REAL_ACCOUNTS)
def test_real_account_is_an_error(lint, text):
    assert [f for f in lint(text) if f.category == "payment" and f.severity.name == "ERROR"]


# Company-register and tax numbers on an invoice or imprint design are not phones.
REGISTER_NUMBERS = [
    "KvK-nummer 81234567 en btw-nummer NL001234567B01 netjes op je factuurontwerp.",
    "Impressum-Vorlage: HRB 123456, USt-IdNr. DE123456789 sauber gesetzt.",
    "Stopka faktury: NIP 123-456-78-90, REGON 123456789.",
]


@pytest.mark.parametrize("text", REGISTER_NUMBERS)
def test_register_number_is_not_a_phone(lint, text):
    assert not reported(lint, text)


def test_phone_beside_a_register_number_is_still_reported(lint):
    found = reported(lint, "KvK-nummer 81234567, bel me op 0612345678")
    assert [r for r, excerpt in found if "0612345678" in excerpt]
