"""The Italian clitic "ne" ("Ne parliamo su WhatsApp": "let's talk about it on WhatsApp")
is no negation; French negation is read by its second part, which it always has ("ne
… pas", "ne … jamais", "ne … aucun", "ne … rien"), so French refusals stay clean."""
from __future__ import annotations

from tests.contact_support import severity_tests

ERRORS = [
    "Ne parliamo su WhatsApp prima di ordinare.",
    "Ne discutiamo su Telegram prima dell'ordine, scrivimi lì.",
]
CLEAN = [
    "Je ne donne aucun contact WhatsApp, tout passe par Fiverr.",
    "Je ne partage jamais mon WhatsApp.",
    "Je ne communique que via Fiverr, pas sur WhatsApp.",
    "On ne paie jamais par PayPal en dehors de Fiverr.",
    "Je ne prends aucun paiement PayPal direct.",
    "Je ne travaille sur rien hors de Fiverr : ni WhatsApp ni Telegram.",
]

test_italian_invitations_are_errors, test_french_refusals_stay_clean = severity_tests(ERRORS, CLEAN)
