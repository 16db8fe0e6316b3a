"""Payment services as the object of integration work in more
languages are the work, not a way to pay (Polish "Wdrożę płatności BLIK", Swahili
"Nitaunganisha malipo ya M-Pesa", Bengali "… পেমেন্ট গেটওয়ে যুক্ত করে দেব", Chinese
"支付接口对接", Korean "결제 연동"); refusals that negate the verb itself (Swahili
"Sikubali", Korean "받지 않습니다", Bengali "গ্রহণ করি না"); and offers that say "directly"
or a discount in Korean, Swahili and Bengali stay errors."""
from __future__ import annotations

import pytest


def _payment(findings, severities=("ERROR",)):
    return [f for f in findings if f.category == "payment" and f.severity.name in severities]


INTEGRATION_WORK = [
    "Wdrożę płatności BLIK i Przelewy24 w Twoim sklepie internetowym.",
    "Wdrożę bramkę płatności Przelewy24 i PayPal w Twoim sklepie.",
    "Zintegruję BLIK z Twoją aplikacją mobilną.",
    "Nitaunganisha malipo ya M-Pesa kwenye programu yako ya simu.",
    "Nitaunganisha Airtel Money na M-Pesa kwenye tovuti yako.",
    "Ninaunganisha lango la malipo la M-Pesa kwenye programu yako.",
    "আপনার ওয়েবসাইটে বিকাশ পেমেন্ট গেটওয়ে যুক্ত করে দেব।",
    "আমি আপনার অ্যাপে নগদ ও বিকাশ পেমেন্ট ইন্টিগ্রেট করব।",
    "为您的小程序完成微信支付接口对接。",
    "支付宝网关对接，含沙盒测试。",
    "카카오페이 결제 연동 및 테스트까지 해드립니다.",
    "Tôi sẽ tích hợp cổng thanh toán MoMo và VNPay cho website của bạn.",
    "Sitenize iyzico ve PayTR sanal pos entegre edeceğim.",
    "Подключу платёжный шлюз ЮMoney к вашему сайту.",
]


@pytest.mark.parametrize("text", INTEGRATION_WORK)
def test_integration_work_in_other_languages_is_the_work(lint, text):
    assert not _payment(lint(text), ("ERROR", "WARNING")), text


REFUSALS = [
    "Sikubali M-Pesa nje ya Fiverr.",
    "Usilipe kwa M-Pesa, malipo yote kupitia Fiverr tu.",
    "카카오페이는 받지 않습니다. 결제는 파이버에서만 가능합니다.",
    "বিকাশ বা নগদে পেমেন্ট গ্রহণ করি না, শুধু Fiverr-এ।",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_refusals_that_negate_the_verb_are_clean(lint, text):
    assert not _payment(lint(text), ("ERROR", "WARNING")), text


OFFERS = [
    "계좌이체로 직접 결제하시면 10% 할인해드려요 (국민은행 123-45-6789012)",
    "계좌이체로 직접 결제하시면 10% 할인해드려요.",
    "카카오페이로 직접 보내주시면 수수료 없이 해드려요.",
    "Lipa kwa M-Pesa moja kwa moja.",
    "Ninakubali M-Pesa moja kwa moja, ni rahisi zaidi.",
    "Zapłać mi BLIKiem bezpośrednio, taniej.",
    "Płatność BLIK na mój numer, bez prowizji.",
    "请直接支付宝转账给我，便宜10%。",
    "Thanh toán trực tiếp qua MoMo cho mình, rẻ hơn 10%.",
    # integration work named in one clause does not excuse an offer in the next
    "Wdrożę płatności BLIK, ale za moją pracę zapłać mi BLIKiem bezpośrednio.",
]


@pytest.mark.parametrize("text", OFFERS)
def test_direct_offers_in_more_languages_are_errors(lint, text):
    assert _payment(lint(text)), text


# ------------------------------------------------------- Tagalog "PM me" before a page name

TAGALOG_ASKS = [
    "i-pm mo ko sa ig: Luna Frames Studio",
    "PM nyo ako sa FB: Rico Santos Art",
    "i-pm mo ko @jessa.art",
    "message mo ako sa fb: Jessa Dizon Art",
]


@pytest.mark.parametrize("text", TAGALOG_ASKS)
def test_tagalog_pm_before_a_page_name_is_an_error(lint, text):
    assert any(f.category == "contact" and f.severity.name == "ERROR" for f in lint(text)), text


TAGALOG_HONEST = [
    "Gagawa ako ng FB page para sa Jessa Dizon Art.",
    "Pwede mo akong i-pm dito sa Fiverr.",
    "pm mo ako dito sa Fiverr para sa custom order.",
]


@pytest.mark.parametrize("text", TAGALOG_HONEST)
def test_tagalog_pm_on_the_marketplace_is_clean(lint, text):
    assert not [f for f in lint(text) if f.category == "contact" and f.severity.name in ("ERROR", "WARNING")], text


# ------------------------------------------- a product in a list of platforms is no handle

PLATFORM_LISTS = [
    "Vou editar seus vídeos para Reels, TikTok e YouTube Shorts",
    "Editarei vídeos para TikTok e YouTube",
    "Edito video per Instagram e Spotify Canvas",
]


@pytest.mark.parametrize("text", PLATFORM_LISTS)
def test_a_product_after_a_platform_is_no_user_name(lint, text):
    assert not [f for f in lint(text) if f.category == "contact" and f.severity.name in ("ERROR", "WARNING")], text


OWN_PROFILE = [
    "Meu TikTok é lunaframes, me chama lá.",
    "O meu Instagram é luna.frames",
    "Il mio Telegram è lunaframes",
]


@pytest.mark.parametrize("text", OWN_PROFILE)
def test_my_platform_is_a_user_name_stays_an_error(lint, text):
    assert any(f.category == "contact" and f.severity.name == "ERROR" for f in lint(text)), text
