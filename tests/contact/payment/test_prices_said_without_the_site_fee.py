"""Issue 12: a price line that says what the price leaves out ("Precios sin la comisión de la
plataforma", "Ціни без комісії платформи"): the price noun heads its clause, the fee phrase right
after it, and nothing else in the sentence pays (payment_topics.price_without_fee). A better price
("Mejores precios sin …", "Цены ниже без …") or a payment in the sentence still pays outside.
"""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "Mejores precios sin la comisión de la plataforma.",
    "Precios más bajos sin la comisión de la plataforma.",
    "Lower prices without the Fiverr fee.",
    "Preços menores sem a taxa da plataforma.",
    "Günstigere Preise ohne Plattformgebühr.",
    "Цены ниже без комиссии платформы.",
    "Ціни без комісії платформи, якщо платите напряму на картку.",
    "Precio especial sin la comisión de la plataforma si me pagas por PayPal.",
    "Págame directo, sin la comisión de la plataforma.",
]

CLEAN = [
    "Precios sin la comisión de la plataforma.",
    "Ціни без комісії платформи.",
    "Цены без комиссии платформы.",
    "Preise ohne Plattformgebühr.",
    "Preços sem a taxa da plataforma.",
    "המחירים ללא עמלת האתר.",
    "قیمت‌ها بدون کارمزد سایت است.",
    "ราคานี้ไม่รวมค่าธรรมเนียมแพลตฟอร์ม",
]

test_a_better_price_around_the_fee_is_an_error, test_a_price_line_about_the_fee_stays_clean = severity_tests(
    ERRORS, CLEAN
)
