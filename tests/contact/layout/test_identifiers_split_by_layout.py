"""A written identifier split by the layout is read whole, an error and masked: a paragraph
holding only a name ("SKYPE" a letter a line, "> Discord") labels the paragraph under it; a
table's header row labels a number split over a body row's cells ("| DDD | Número |" over
"| 21 | 99876-5432 |"); short list items that go on one sentence ("- Escríbeme⏎- por
WhatsApp⏎- al 612 ...") are read as it. Honest names, tables and lists stay clean.
"""
from __future__ import annotations

import pytest
from contact_support import masked, reported, worst
from table_support import table_test

LAYOUT_ERRORS = [
    ("### Let's talk\nS\nK\nY\nP\nE\n\nid: marco.visuals", "marco.visuals"),
    ("T\nE\nL\nE\nG\nR\nA\nM\n\nnick: anna_retouch", "anna_retouch"),
    ("> Discord\n>\n> zeno\n> .art", "zeno"),
    ("> Telegram\n>\n> @oleg\n> _design", "oleg"),
    ("**WhatsApp**\n\n+55 21 99876 5432", "99876"),
    ("Instagram\n\nuser: lena.draws", "lena.draws"),
    ("Skype\n\nlive:marco.visuals", "marco.visuals"),
    ("| DDD | Número |\n|---|---|\n| 21 | 99876-5432 |\n\nMe chama aí", "99876"),
    ("| Área | Celular |\n|---|---|\n| 11 | 98765-4321 |", "98765"),
    ("| Vorwahl | Nummer |\n|---|---|\n| 0151 | 2345 6789 |", "2345 6789"),
    ("| Prefijo | Móvil |\n|---|---|\n| 612 | 445 566 |", "445 566"),
    ("| Indicatif | Portable |\n|---|---|\n| 06 | 12 34 56 78 |", "34 56 78"),
    ("| Prefisso | Cellulare |\n|---|---|\n| 347 | 123 4567 |", "123 4567"),
    ("- Escríbeme\n- por WhatsApp\n- al 612 445 566", "445 566"),
    ("1. Escríbeme\n2. por WhatsApp\n3. al 612 445 566", "445 566"),
    ("- Schreib mir\n- auf Insta\n- lena.draws", "lena.draws"),
    ("- Écrivez-moi\n- sur Telegram\n- @chloe_lmr", "chloe_lmr"),
    ("- Hubungi aku\n- lewat WA\n- 0812 3456 7890", "3456 7890"),
    ("- Mesajla\n- WhatsApp üzerinden\n- 0532 123 45 67", "123 45 67"),
]


@pytest.mark.parametrize("text,ident", LAYOUT_ERRORS)
def test_identifiers_split_by_layout_are_errors_and_masked(lint, text, ident):
    assert worst(lint, text) == "error", reported(lint, text)
    assert ident not in masked(lint, text)


LAYOUT_INVITATIONS = [
    "- Escríbeme\n- por WhatsApp",
    "- Contact me\n- on WhatsApp\n- for faster replies",
    "- Écrivez-moi\n- sur Telegram",
    "- Schreib mir\n- auf Telegram\n- für Rückfragen",
]


@pytest.mark.parametrize("text", LAYOUT_INVITATIONS)
def test_invitations_over_list_items_are_errors(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)


def test_a_label_and_a_sentence_over_items_give_one_finding(lint):
    found = [f for f in lint("- Write me\n- on Telegram\n- @mira_art") if f.category == "contact"]
    assert [f.excerpt for f in found if str(f.severity) == "error"] == ["@mira_art"]


LAYOUT_HONEST = [
    "- Telegram\n- Discord.js",
    "Telegram\n\nDiscord.js",
    "Telegram\n\nBot development from scratch",
    "Discord\n\nCommunity setup: roles, channels",
    "Instagram\n\n30 posts, 2 reels",
    "WhatsApp\n\nBusiness API: 24/7 bots",
    "Delivery\n\n3 days",
    "| Size | Price |\n|---|---|\n| 21 | 99876-5432 |",
    "| Tamanho | Preço |\n|---|---|\n| 21 | 99876 |",
    "| No | Qty | Price |\n|---|---|---|\n| 1 | 500 | 2500 |\n| 2 | 1000 | 4500 |",
    "| Nr | Datum | Betrag |\n|---|---|---|\n| 12 | 2024-05-01 | 150 |",
    "| Order | Number | Date |\n|---|---|---|\n| 21 | 99876 | 2024-03-11 |",
    "| Paket | Wörter | Preis |\n|---|---|---|\n| Basis | 500 | 25 |\n| Premium | 2000 | 80 |",
    "| Year | Clients | Revenue |\n|---|---|---|\n| 2021 | 120 | 35000 |",
    "| Data | Hora |\n|---|---|\n| 12/05/2024 | 14:30 |",
    "- logo design\n- whatsapp stickers\n- telegram bot",
    "- fast delivery\n- unlimited revisions\n- source files",
    "- I deliver\n- in 2 days\n- with 3 revisions",
    "- contact me\n- here on Fiverr",
    "Nr: 12 2024-05-01 150",
]


@table_test("text", LAYOUT_HONEST)
def test_names_tables_and_lists_in_honest_layouts_stay_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)
