"""A private line glossed in brackets right after it as the marketplace's own messages
("напишите мне в личку (в сообщения Fiverr)", "özelden yazın (Fiverr mesajlarından)") asks
for no line out (detectors/market_gloss.py). A bracket that negates or leaves the marketplace,
or a channel in the sentence, keeps the error."""
from __future__ import annotations

from tests.contact_support import severity_tests

ERRORS = [
    "Message me privately (not on Fiverr) before ordering.",
    "Message me privately (outside Fiverr) for a discount.",
    "Напишите мне в личку (не в сообщения Fiverr), уточним сроки.",
    "Message me privately on WhatsApp (Fiverr messages are slow).",
]

CLEAN = [
    "Перед заказом напишите мне в личку (в сообщения Fiverr), уточним сроки.",
    "Sipariş öncesi özelden yazın (Fiverr mesajlarından), teslim tarihini birlikte netleştirelim.",
    "Before ordering, message me privately (in Fiverr messages) so we can agree on dates.",
    "Escríbeme por privado (en los mensajes de Fiverr) antes de pedir.",
]

test_lines_out_stay_errors, test_marketplace_glosses_stay_clean = severity_tests(ERRORS, CLEAN)
