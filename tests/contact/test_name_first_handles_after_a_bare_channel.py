"""A joined user name after a bare channel name whose first part is a person's name
and which ends its phrase (detectors/handle_ids.py `_name_first`): an account, though
a work word ends it ("WeChat wanglei_design"), in many languages. Joined words that
open with an ordinary word or go on as a phrase ("Telegram bot_api integration",
"WhatsApp chat_widget setup") name the work and stay clean."""
from __future__ import annotations

from tests.contact_support import severity_tests

ERRORS = [
    "Quotes faster on WeChat wanglei_design",
    "Para dudas: Telegram nika_design.",
    "Schreib mir gern, Telegram jonas_grafik.",
    "Pour les devis plus rapides — WhatsApp camille_studio.",
    "Di solito rispondo prima su Telegram giulia_foto.",
]
CLEAN = [
    "I will build a Telegram bot_api integration for your shop.",
    "Includes a WhatsApp chat_widget setup on your site.",
    "Entrego la integración de WhatsApp lead_capture en tu web.",
    "Ich richte Ihr WeChat mini_program ein.",
    "Configuration Discord server_setup incluse.",
]

test_name_first_handles_are_errors, test_joined_work_words_stay_clean = severity_tests(ERRORS, CLEAN)
