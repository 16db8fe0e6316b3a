"""More disguises, each with variants of its own: "@" and "." as symbols and emoji, provider
names in Cyrillic letters, more words for "@" and ".", brackets around a number's groups,
number words of more languages, a label with its identifier below it (list items, headings,
table rows): errors. Their honest twins (platform lists, bracketed numbers that are no phone,
providers as subjects, number words in prose) stay clean.
"""
from __future__ import annotations

import pytest
from disguise_support import findings_of, reported_contact
from table_support import table_test

MORE_DISGUISES_FOUND = [
    # "@" and "." as symbols and emoji, read only when nothing was found as written
    ("Mail: anna🌀gmail•com", "GC201"),
    ("Mail: anna.k🌀outlook。com", "GC201"),
    ("Correo: lucia.diseno©yahoo●es", "GC201"),
    ("Почта: ivan_art📧yandex🔹ru", "GC201"),
    ("Mail: moc•liamg🌀anna", "GC201"),
    # provider names and endings in Cyrillic letters
    ("Напишите на почту: anna.design собака яндекс точка ру", "GC201"),
    ("Почта: ivan собака джимейл точка ком", "GC201"),
    # more words for "@" and "." (Turkish/Indonesian "et", Ukrainian, Hebrew)
    ("Email aku: dimas(titik)desain(et)yahoo(titik)co(titik)id", "GC201"),
    ("E-posta: ayse.tasarim et gmail nokta com", "GC201"),
    ("Пошта: olena.art равлик ukr крапка net", "GC201"),
    ("Email: budi et gmail titik com", "GC201"),
    # brackets of every kind around the groups of a number
    ("WA: (+1) [602] {555} <0149> — just join the pieces", "GC202"),
    ("Phone: [0812] [5551] [9876]", "GC202"),
    ("Call: {646} {555} {0199}", "GC202"),
    # a phone word beside a number whose last digit passes an EAN check by chance
    ("### Consultation via WA 0812 5550 9876", "GC202"),
    ("Telegram / WhatsApp: 0812-5550-9876", "GC202"),
    # Ukrainian and Hindi number words, "double/triple" in more languages
    ("Телефон: вісім нуль шість сім, один два три, чотири п'ять шість", "GC202"),
    ("WhatsApp: नौ आठ सात छह पांच चार तीन दो एक शून्य", "GC202"),
    ("WhatsApp: zero, dubbel vijf, een twee drie, vier vijf zes", "GC202"),
    ("Телефон: нуль дев'ять сім, подвійна п'ять, один два три чотири", "GC202"),
    # a label and the identifier right below it: list items, headings, bold labels
    ("## Contact\n- Skype:\n- live:nora.translates", "GC203"),
    ("## Telegram\n\n@nora_tr", "GC203"),
    ("**Telegram:**\n\n@nora_tr", "GC203"),
    ("- Instagram\n- @lena.draws", "GC203"),
    # a channel in one row of a column, the handle in the row below
    ("| Package | Delivery | Reach me |\n|---|---|---|\n| Basic | 2 days | Telegram |\n| Pro | 1 day | @nora_tr |", "GC203"),
    ("| Plan | Chat |\n|---|---|\n| A | Discord |\n| B | kai_beats#2231 |", "GC203"),
    # a value in a table's first row still reads with its label
    ("| Telegram | @mia_designs |\n|---|---|\n| Basic | $50 |", "GC203"),
]


@table_test("text,rule", MORE_DISGUISES_FOUND)
def test_more_disguises_and_layouts_are_errors(text, rule):
    found = findings_of(text, rule)
    assert found and str(found[0].severity) == "error"


MORE_DISGUISES_CLEAN = [
    # a header row names columns; a platform in a body cell is a subject
    "| WhatsApp | Price |\n|---|---|\n| Chatbot basic | $50 |",
    "| Telegram | Instagram |\n|---|---|\n| bot setup | page growth |",
    "| Package | Platform | Price |\n|---|---|---|\n| Basic | Telegram | $20 |\n| Pro | Instagram | $40 |",
    "| Plan | Bot for |\n|---|---|\n| Basic | WhatsApp |\n| Pro | v2.0 |",
    # lists of platforms, headings over prose and versions
    "- WhatsApp\n- Telegram\n- Discord_bots",
    "## WhatsApp chatbot\n\nVersion 2.0",
    "## Instagram growth\n\n- 24/7 support",
    "### Packages\n\n- Basic: 1 bot",
    # bullets, symbols and French "et" in prose
    "• Logo design • Gmail setup • Branding",
    "© 2024 Anna Studio • gmail integration • com",
    "Je travaille avec Paul et Marie, pour votre marque.",
    # bracketed numbers that are no phone; a barcode without a phone word
    "See refs [12] [345] [6789] for details",
    "Sizes {1080} {1920} {3840} px",
    "EAN 0812 5550 9876 for the product",
    "Tiers: 100 > 200 > 500 > 1000 words",
    # providers as subjects in Cyrillic
    "Работаю с Яндекс Директ и Google Ads",
    "Настрою почту на Яндекс для вашей команды",
    # number words in prose
    "Я зроблю сім логотипів за два дні",
    "मैं आपके लिए एक लोगो दो दिन में बनाऊंगा",
]


@pytest.mark.parametrize("text", MORE_DISGUISES_CLEAN)
def test_honest_twins_of_the_disguises_stay_clean(text):
    assert not reported_contact(text)
