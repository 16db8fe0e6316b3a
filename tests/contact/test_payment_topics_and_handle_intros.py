"""Payment and handle detection that generalizes beyond the dev
wording. Payment accounts written as identifiers carry the account as the finding's key;
integration work, a client's own customers paying them and capitalized service names
("Amazon Pay", "Mercado Pago") are no pay verbs; "no extra fee" is a price, not a fee
skipped; user names after identity words in several layouts and languages are handles."""
from __future__ import annotations

import pytest
from table_support import table_test

from gigcheck.detectors.identities import IdentityVocab, identity


def _bad(findings, category=None):
    return [
        f
        for f in findings
        if f.category in ((category,) if category else ("contact", "payment", "links"))
        and f.severity.name in ("ERROR", "WARNING")
    ]


# ------------------------------------------------------------------ integration as topic

TOPICS = [
    # the service's own name holds a pay word
    "Integro Mercado Pago, PayPal y Stripe en tu tienda online.",
    "Agrego Amazon Pay, Google Pay y PayPal a tu página de pago.",
    "I'll hook up Samsung Pay, Apple Pay and Google Pay in your Flutter app.",
    "Pago Fácil and Rapipago barcodes generated for your Argentinian store.",
    # integration verbs, gateways and plugins in other languages
    "Integro pasarelas de pago como Mercado Pago y PayPal.",
    "Conecto pasarelas de pago (PayPal, Stripe, Mercado Pago) a tu sitio.",
    "Подключаю оплату через ЮKassa и Stripe внутри бота.",
    "أقوم بدمج بوابات الدفع مثل PayPal و Stripe في متجرك.",
    "开发微信小程序，并完成支付宝支付接口对接。",
    "PayPal- und Stripe-Plugins richte ich ein.",
    "Implemento Bizum y Redsys en tu WooCommerce.",
    "Integruję Przelewy24, BLIK i PayU w Twoim sklepie.",
    "Tích hợp cổng thanh toán MoMo, ZaloPay cho app của bạn.",
    "Mercado Pago e PayPal integrados na sua loja, sem taxa extra de instalação.",
    # a work word next to a list of services is next to each of them
    "Ik bouw je webshop met iDEAL, Bancontact en PayPal betalingen.",
    "Razorpay aur Paytm ka payment gateway aapki website pe laga dunga.",
    "Sitenize iyzico ve Papara ödeme entegrasyonu yapıyorum.",
    "Я сделаю Telegram-бота с оплатой через ЮKassa и СБП.",
    "سأربط متجرك بـ PayPal و Apple Pay.",
    # what the work does, said with a relative clause
    "I build a Telegram bot that accepts payments via Stripe and crypto.",
    "Creo un bot de Telegram que acepta pagos con Mercado Pago.",
    # the client's customers paying the client
    "Your customers will be able to pay with PayPal, Stripe or Apple Pay.",
    "Seus clientes poderão pagar com Pix, Mercado Pago ou cartão.",
    "Vos clients pourront payer par PayPal, Lydia ou carte bancaire.",
    "Deine Kunden können per PayPal, Klarna oder Giropay bezahlen.",
    # a topic about being paid; a price with no surcharge
    "I will write a guide on how to get paid directly to your bank account as a freelancer.",
    "Pagamento pela Fiverr com cartão ou PayPal, sem taxa extra.",
    "All payments go through Fiverr, no hidden fees.",
    "Bitcoin (2009 - 2024) history explained.",
]


@table_test("text", TOPICS)
def test_payment_topic_is_clean(lint, text):
    assert not _bad(lint(text), "payment"), text


# ---------------------------------------------------------------- offers in more rails

OFFERS = [
    "Bizum al 612 555 019, y empiezo.",
    "Mándame un Bizum y empiezo hoy.",
    "Abonar por Mercado Pago o transferencia.",
    "Stuur een Tikkie naar 06 12345678.",
    "Na je bestelling via Fiverr stuur ik je een Tikkie-betaalverzoek voor extra revisies.",
    "PayPal-Zahlung möglich.",
    "Paysafecard codes accepted for small orders.",
    "Pay via EFT to my FNB account.",
    "Kirim ke GoPay 0812-9876-5432.",
    "Zrób przelew na konto 12 1020 5558 1111 1234 5678 9012.",
    "Pago Móvil o Zelle, como prefieras.",
    "te paso mi Bizum (612 555 019) para los siguientes.",
]


@pytest.mark.parametrize("text", OFFERS)
def test_offer_in_more_rails_is_an_error(lint, text):
    assert [f for f in _bad(lint(text), "payment") if f.severity.name == "ERROR"], text


def test_compound_of_work_is_no_offer(lint):
    assert not _bad(lint("PayPal-Zahlungsarten in deinem Shop einrichten."), "payment")


# ------------------------------------------------------- accounts carry the identifier

ACCOUNTS = [
    ("UPI: priya.designs@okaxis", "priya.designs@okaxis"),
    ("Transferencia SPEI a la CLABE 002180700123456789.", "002180700123456789"),
    ("Chave Pix: 123.456.789-09", "123.456.789-09"),
    ("Pix: 11.222.333/0001-81 (CNPJ)", "11.222.333/0001-81"),
]


@pytest.mark.parametrize("text,account", ACCOUNTS)
def test_account_is_the_key(lint, text, account):
    found = [f for f in lint(text) if f.name == "payment-off-platform"]
    assert found and found[0].key == f"account:{account}"
    assert account in found[0].excerpt  # --redact masks the excerpt
    assert identity(found[0].key, found[0].excerpt, IdentityVocab()) == f"account:{account}"


@pytest.mark.parametrize("text", ["Send the advance to rahul@ybl on PhonePe.", "GPay priya@oksbi"])
def test_upi_address_is_a_payment_detail(lint, text):
    details = [f for f in lint(text) if f.name == "payment-details"]
    assert details and details[0].key.startswith("upi:")


def test_upi_like_email_is_an_email(lint):
    names = {f.name for f in lint("Email me at rahul@ybl.com")}
    assert "payment-details" not in names and "contact-email" in names


def test_lower_case_iban(lint):
    found = [f for f in lint("iban: gb29 nwbk 6016 1331 9268 19") if f.name == "payment-details"]
    assert found and found[0].key == "iban:gb29nwbk60161331926819"


def test_lower_case_iban_with_bad_check_digits_is_nothing(lint):
    assert not [f for f in lint("ref: gb28 nwbk 6016 1331 9268 19") if f.name == "payment-details"]


# ----------------------------------------------------------------- handles after intros

HANDLES = [
    "Instagramの@sakura_illust にDMください",
    "インスタは@sakura_illustです",
    "I'm lunaframes on insta.",
    "I'm lunaframes on Telegram too.",
    "Je suis lunaframes sur Insta.",
    "Ich bin lunaframes auf Insta.",
    "Sou a lunaframes no insta.",
    "Soy vale.ilustra en Instagram.",
    "find me on insta as lunaframes",
    "I'm on Instagram as lunaframes.",
    "Estoy en Instagram como lunaframes.",
    "Jestem na Instagramie jako lunaframes.",
    "Telegram username lunaframes",
    "Discord username lunaframes",
    "インスタやってます！ユーザー名は lunaframes です。",
    "インスタやってます。ユーザー名：lunaframes",
    "Skype? yep — live:.cid.8a3f55ee",
    "Skype? sure — live:nora.tr",
    "WhatsApp? Sure. ID: lunaframes",
    "Telegram? Yes! Username: luna_frames",
    "escríbeme por fb: Vale Ilustra Studio",
    "![instagram: lunaframes](pic.png)",
    "## Instagram @lunaframes",
]


@table_test("text", HANDLES)
def test_handle_after_identity_word(lint, text):
    assert [f for f in lint(text) if f.name == "contact-handle"], text


NOT_HANDLES = [
    "Instagramの運用代行をします",
    "LINEの公式アカウント構築を代行します",
    "インスタは毎日更新するのがコツです",
    "I'm active on Instagram.",
    "I'm also on Instagram and TikTok.",
    "I'm posting daily on Instagram.",
    "I'm a designer on Instagram.",
    "Je suis graphiste sur Instagram depuis 2019.",
    "Ich bin Experte auf Instagram.",
    "Soy diseñadora en Instagram.",
    "As seen on Instagram.",
    "I managed brands on Instagram as requested.",
    "I run ads on Instagram as needed.",
    "We are on Instagram as well.",
    "I'm good at snap decisions on layout, so first drafts come fast.",
    "Instagram username generator and bio writing.",
    "Telegram username required for bot setup.",
    "Going live: tomorrow at 5.",
    "WhatsApp? No. ID cards are scanned on order.",
    "I build Telegram bots. Fast. ID: required for KYC bots",
    "IG: Brand Strategy Workshop",
    "I design for fb: Ads Manager Setup",
]


@table_test("text", NOT_HANDLES)
def test_no_handle_in_honest_text(lint, text):
    assert not _bad(lint(text), "contact"), text
