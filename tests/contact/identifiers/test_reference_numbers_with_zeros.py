"""A reference number with leading zeros.

A leading "00" is an international prefix as often as a document number's zeros ("Invoice
number 0045 7781 2230", "Tracking 0044 7700 900 518"): a label of another kind of number
before it (`not_phone_words`) wins over the "00", as it does for a national number
(phone_judge.judge). A "+" still dials, and a phone word nearer the number still makes it
a phone ("Order questions? WhatsApp 0044 7700 900 518").
"""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "WhatsApp 0044 7700 900 518",
    "Call me: 0044 7700 900 518",
    "Order questions? WhatsApp 0044 7700 900 518",
    "Mein Auftrag: ruf an unter 0049 151 5550 2477",
    "Order now, call 0044 7700 900 518",
    "Reference +44 7700 900 518",
    "Bestellung per Telefon: 0049 151 5550 2477",
]

CLEAN = [
    "Invoice number 0045 7781 2230 is generated automatically.",
    "Order ID 0049 1522 3344 55",
    "Tracking 0044 7700 900 518",
    "Invoice no. 0045 7781 2230",
    "Rechnungsnummer 0049 1515 5502 47 steht oben rechts.",
    "Número de pedido 0034 6125 5501 9 (lo ves en tu panel).",
    "Numéro de commande : 0033 6123 4567 8",
    "Sipariş numarası 0090 5321 2345 67, panelde görünür.",
    "Serial 0039 3471 2345 67 is printed on the box.",
]

test_phones_after_zeros_are_errors, test_references_with_zeros_stay_clean = severity_tests(ERRORS, CLEAN)
