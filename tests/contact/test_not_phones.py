"""Numbers that are not phone numbers (contact-phone, GC202): network addresses, and IDs
a word of their own clause names (ad-account, customer, order, invoice, tax, tracking
numbers), in many languages; a phone word tied to the number still makes it one."""
from __future__ import annotations

import pytest
from table_support import table_test


def _phones(lint, text):
    return [f.excerpt for f in lint(text) if f.rule == "GC202"]


NOT_PHONES = [
    "I'll configure your VPC with subnets 10.0.0.0/24 and 10.0.1.0/24 and a NAT gateway.",
    "Cấu hình IP tĩnh 172.16.0.10/16 cho mạng nội bộ văn phòng.",
    "Allow 203.0.113.0/24 and 198.51.100.7/32 in the firewall.",
    "Server 192.168.100.200:8080 and 10.10.10.10:3306.",
    "Necesito tu ID de cliente de Google Ads (formato 123-456-7890) para\nenviarte la solicitud de acceso.",
    "Send your Google Ads customer ID 123-456-7890 so I can link the MCC.",
    "Share your Meta ad account id 415 555 0132 in the requirements.",
    "Invoice 415-555-0132 is attached to the order.",
    "Tax ID 415-555-0132.",
    "Numéro de TVA 415 555 0132.",
    "Il tuo ID cliente Google Ads (es. 312-555-0148) mi serve.",
    "Seu ID de cliente do Google Ads (formato 312-555-0148) é necessário.",
    "Votre identifiant client Google Ads (format 312-555-0148) est requis.",
    "Ваш ID клиента Google Ads (формат 312-555-0148) нужен для доступа.",
    "Google Ads müşteri kimliğiniz (biçim 312-555-0148) gerekli.",
    "ID pelanggan Google Ads Anda (format 312-555-0148) diperlukan.",
    "Twój identyfikator klienta Google Ads (format 312-555-0148) jest potrzebny.",
    "Nomor resi 415 555 0132 akan dikirim.",
    "Número de pedido 612 345 678, entregado ayer.",
    "Rechnungsnummer 0170 1234567 steht auf der Rechnung.",
    "رقم الطلب 415 555 0132 سيظهر في الفاتورة.",
    "订单编号 415 555 0132，发票随后发送。",
    "주문번호 415-555-0132 를 알려주세요.",
    "Mã số thuế 0312 345 678 của công ty.",
    "Template footer: (555) 555-5555 and hello@yourbrand.com.",
]


@table_test("text", NOT_PHONES)
def test_not_a_phone_number(lint, text):
    assert _phones(lint, text) == []


STILL_PHONES = [
    ("My WhatsApp ID 415 555 0132.", "415 555 0132"),
    ("Order now and WhatsApp me at 415 555 0132.", "415 555 0132"),
    ("Invoice questions? WhatsApp 415 555 0132.", "415 555 0132"),
    ("Customer ID? no, call 312-555-0148.", "312-555-0148"),
    ("Account manager phone 312-555-0148.", "312-555-0148"),
    ("Invoice 415 555 0132 via WhatsApp", "415 555 0132"),
    ("Reach me: 192.168.1.1 is my router but my number is 415 555 0132.", "415 555 0132"),
    ("Llámame al 612 34 56 78 para el pedido.", "612 34 56 78"),
    ("Appelez le 06.12.34.56.78 pour la commande.", "06.12.34.56.78"),
    ("رقم الهاتف 415 555 0132", "415 555 0132"),
    ("Telefon numaram 0532 123 45 67", "0532 123 45 67"),
    ("Bei Fragen zur Rechnung ruf mich an: 0170 1234567.", "0170 1234567"),
    # Far back in the clause, only an ID noun names the number; "code" there does not.
    ("Code for the discount is in my bio 415 555 0176", "415 555 0176"),
]


@pytest.mark.parametrize("text,excerpt", STILL_PHONES)
def test_phone_word_still_wins(lint, text, excerpt):
    assert _phones(lint, text) == [excerpt]
