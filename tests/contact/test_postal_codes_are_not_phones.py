"""Postal codes named as such in many languages are not phone numbers (contact-phone,
GC202), though their digits look like one ("郵便番号 150-0041", "CEP 01310-100"); a
phone given beside a postal code is still a phone."""
from __future__ import annotations

import pytest


def _phones(lint, text):
    return [f.excerpt for f in lint(text) if f.rule == "GC202"]


POSTAL_CODES = [
    "郵便番号 150-0041 の地図デザインも承ります。",
    "包装盒上印邮编 100-0001 和条形码，设计稿两天内交付。",
    "Etiquetas com CEP 01310-100 e endereço da sua loja, prontas para impressão.",
    "우편번호 06236 지역의 상권 분석 보고서를 작성해 드립니다.",
    "Почтовый индекс 101000 и адрес вашего офиса будут на визитке.",
    "पिन कोड 110001 वाले क्षेत्र के लिए स्थानीय SEO रिपोर्ट बनाऊँगा।",
    "Kod pocztowy 00-950 i adres firmy pojawią się na wizytówce.",
    "Desain label dengan kode pos 12190 dan alamat toko Anda.",
]


@pytest.mark.parametrize("text", POSTAL_CODES)
def test_a_named_postal_code_is_not_a_phone(lint, text):
    assert _phones(lint, text) == []


STILL_PHONES = [
    ("Meine Nummer: 0151 23456789, PLZ 10115 Berlin.", "0151 23456789"),
    ("Mi WhatsApp +34 612 345 678, código postal 28013.", "+34 612 345 678"),
    ("Мой телефон +7 912 345-67-89, индекс 101000.", "+7 912 345-67-89"),
]


@pytest.mark.parametrize("text,excerpt", STILL_PHONES)
def test_a_phone_beside_a_postal_code_is_still_a_phone(lint, text, excerpt):
    assert _phones(lint, text) == [excerpt]
