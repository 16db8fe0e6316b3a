"""Contact details in disguise and split by layout (issue 12): emails and phones written
with separators, brackets, words and look-alike digits in several languages; numbers,
IBANs and handles cut by line breaks, list items and table cells; and the honest
numbers and words that must stay clean.
"""
from __future__ import annotations

import json

import pytest
from conftest import run_cli

from gigcheck import lint_text, load_config
from gigcheck.text.spacing import collapse_spaced, flow_lines, join_hyphenated, unbracket_words, unstar_address

CONFIG = load_config(discover=False)
GIG = "---\ntitle: I will edit your video\n---\n"


def _found(text: str, rule: str) -> list:
    return [f for f in lint_text(GIG + text, config=CONFIG) if f.rule == rule]


def _contact(text: str) -> list:
    return [
        f for f in lint_text(GIG + text, config=CONFIG)
        if f.category in ("contact", "payment") and str(f.severity) in ("error", "warning")
    ]


EMAILS = [
    # bracketed pieces, one separator after every character, other languages' "@"
    ("Write to [lina] [at] [webmail] [dot] [de] for a quote.", "[lina] [at] [webmail] [dot] [de]"),
    ("Reach me at {tomas} {at} {inbox} {dot} {lv}", "{tomas} {at} {inbox} {dot} {lv}"),
    ("Mail: p·e·t·r·a·@·g·m·x·.·n·e·t", "p·e·t·r·a·@·g·m·x·.·n·e·t"),
    # an address broken over a line before a dot or beside its "@"
    ("Drop a line to daniel.k\n.motion@gmail.com and I'll answer.", "daniel.k\n.motion@gmail.com"),
    ("Write to dana.voice@\noutlook.com for a quote.", "dana.voice@\noutlook.com"),
    ("Mail: j/o/e/l/@/o/r/a/n/g/e/./f/r", "j/o/e/l/@/o/r/a/n/g/e/./f/r"),
    ("Mail: k~i~m~@~n~a~v~e~r~.~c~o~m", "k~i~m~@~n~a~v~e~r~.~c~o~m"),
    ("Escríbeme: r*o*s*a*@*y*a*h*o*o*.*e*s", "r*o*s*a*@*y*a*h*o*o*.*e*s"),
    ("mail: b🔹e🔹a🔹@🔹g🔹m🔹x🔹.🔹a🔹t", "b🔹e🔹a🔹@🔹g🔹m🔹x🔹.🔹a🔹t"),
    ("Email: m4rk0.d3s1gn@h0tm41l.c0m", "m4rk0.d3s1gn@h0tm41l.c0m"),
    ("Contact: studio.rae at y4h00 d0t c0m", "studio.rae at y4h00 d0t c0m"),
    ("E-posta: mert.cizim kuyruklu a hotmail nokta com", "mert.cizim kuyruklu a hotmail nokta com"),
    ("Email: sanjay.art at the rate yahoo dot com", "sanjay.art at the rate yahoo dot com"),
    ("Email: dewi.desain at gmail titik com", "dewi.desain at gmail titik com"),
    ("Email: linh.design a còng gmail chấm com", "linh.design a còng gmail chấm com"),
    ("Pošta: jana.grafika zavináč seznam tečka cz", "jana.grafika zavináč seznam tečka cz"),
]


@pytest.mark.parametrize("text,excerpt", EMAILS)
def test_disguised_email_found(text, excerpt):
    found = _found(text, "GC201")
    assert found and found[0].excerpt == excerpt and str(found[0].severity) == "error"


PHONES = [
    # words, soft separators after a cue, look-alike digits, vanity numbers
    ("Call me: two one two then five five five then zero one four two", "GC202"),
    ("Text me at 646 then 555 then 0199 for a quote.", "GC202"),
    ("WhatsApp: 347 ➡ 555 ➡ 0110", "GC202"),
    ("dzwoń: sześćset jeden / 448 / dwieście siedemdziesiąt trzy", "GC202"),
    ("dzwoń: 601 448 273", "GC202"),
    ("Tel → 415 → 555 → 0132", "GC202"),
    ("Number: ⁴¹⁵⁻⁵⁵⁵⁻⁰¹³²", "GC202"),
    ("Call ④①⑤ ⑤⑤⑤ ⓪①③②", "GC202"),
    ("Call 1-888-FLOWERS before noon.", "GC202"),
    ("Telefono: tre quattro sette / cinque cinque cinque / zero uno uno zero", "GC202"),
    ("Телефон: девятьсот шестнадцать / сто двадцать три / сорок пять / шестьдесят семь", "GC202"),
    ("WhatsApp: sıfır beş üç iki, bir iki üç, dört beş altı yedi", "GC202"),
    ("WA: nol delapan satu dua, tiga empat lima enam, tujuh delapan sembilan", "GC202"),
    ("Zalo: không chín một hai, ba bốn năm, sáu bảy tám", "GC202"),
    ("WhatsApp: 610 / 250 / 1234", "GC202"),
    ("KakaoTalk 821012345678", "GC202"),
    ("WhatsApp: 347🔸555🔸0110", "GC202"),
    ("Call 555 dash 0142 dash 3387", "GC202"),
    ("call: five•five•five•zero•one•four•two•three•three•eight•seven", "GC202"),
    ("Bel me: nul zes, een twee drie, vier vijf zes zeven", "GC202"),
    ("Tawag: sero siyam isa pito, isa dalawa tatlo, apat lima anim pito", "GC202"),
    ("واتساب: صفر خمسة صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة", "GC202"),
    ("Mera number: nau aath saat, chhe paanch chaar, teen ek zero", "GC202"),
    ("wa 447700900123 for quick questions", "GC202"),
    ("Nomor HP: 0812 3456 7890", "GC202"),
]


@pytest.mark.parametrize("text,rule", PHONES)
def test_disguised_phone_found(text, rule):
    found = _found(text, rule)
    assert found and str(found[0].severity) == "error", text


LINE_SPLIT = [
    # (text, rule, first line of the finding, last line) — lines counted in the gig,
    # whose front matter takes three.
    ("Questions? Call +1 415\n555 0132 any weekday.", "GC202", 4, 5),
    ("Pilne? Zadzwoń:\n+48 601\n234 567", "GC202", 5, 6),
    ("Escríbeme por WhatsApp al 612 34\n56 78.", "GC202", 4, 5),
    ("- Fast replies\n- WhatsApp: +44 7700\n  900 123", "GC202", 5, 6),
    ("| Line | Hours |\n|---|---|\n| (415) 555- | 0132, weekdays |", "GC202", 6, 6),
    ("IBAN: DE89 3704 0044\n0532 0130 00", "GC302", 4, 5),
    ("- Fast replies\n- WhatsApp: +1 415\n- 555 0132", "GC202", 5, 6),
    ("WhatsApp:\n+44\n7700\n900\n123", "GC202", 5, 8),
    ("Call\n+1 (415)\n555-\n0132", "GC202", 5, 7),
    ("1. Call +44 7700\n2. 900 123", "GC202", 4, 5),
    ("| Telegram | Discord |\n|---|---|\n| @mira_motion | mira.motion |", "GC203", 6, 6),
]


@pytest.mark.parametrize("text,rule,line,end_line", LINE_SPLIT)
def test_split_over_lines_found_with_its_lines(text, rule, line, end_line):
    found = _found(text, rule)
    assert found, text
    assert (found[0].line, found[0].end_line) == (line, end_line)


@pytest.mark.parametrize("text,key", [
    ("Phone: four one five, five five five, two thousand one hundred", "+14155552100"),
    ("Call me at eight hundred, five five five, zero one nine nine", "+18005550199"),
    ("Call: two one two, five five five, one thousand", "+12125551000"),
    ("Mera WhatsApp number 9876543210 hai, call karo", "+919876543210"),
    ("WhatsApp: plus four four, seven seven double oh, nine hundred, one two three", "+447700900123"),
])
def test_scale_words_read_as_numbers(text, key):
    assert [f.key for f in _found(text, "GC202")] == [key]


@pytest.mark.parametrize("text,key", [
    ("Email (read it backwards): moc.liamg@otohp.anna", "anna.photo@gmail.com"),
    ("Mail: ed.bew@anel", "lena@web.de"),
    ("Reach me: moc.liamtoh@3991kram", "mark1993@hotmail.com"),
])
def test_reversed_address_read_the_right_way(text, key):
    assert [f.key for f in _found(text, "GC201")] == [key]


def test_reversed_address_span_stops_before_the_full_stop():
    found = _found("Write to moc.liamg@otohp.anna.", "GC201")
    assert [(f.excerpt, f.key) for f in found] == [("moc.liamg@otohp.anna", "anna.photo@gmail.com")]


def test_handle_on_the_line_after_its_platform_stays_a_handle():
    # an address's line breaks are joined before a dot or after "@", never before "@"
    found = _found("Depois do pedido, me chama no Telegram\n@lucas_edits pra mandar os arquivos.", "GC203")
    assert [f.excerpt for f in found] and "@lucas_edits" in found[0].excerpt


def test_split_phone_reported_once():
    found = _found("- WhatsApp: +1 415\n- 555 0132", "GC202")
    assert [(f.line, f.end_line) for f in found] == [(4, 5)]


def test_handle_cell_reported_on_the_cell():
    text = "| Telegram | Portfolio |\n|---|---|\n| @mira_motion | reels 2024 |"
    cells = [f for f in _found(text, "GC203") if f.line == 6]
    assert [(f.excerpt, f.end_line) for f in cells] == [("@mira_motion", 6)]


def test_hyphenated_payment_name_read_whole():
    assert _found("You can pay me via Pay-\nPal friends and family.", "GC301")
    view = join_hyphenated("Pay-\nPal and What-\n  sApp")
    assert view.text == "PayPal and WhatsApp"
    assert view.original(0, 6) == "Pay-\nPal"


def test_sentence_read_on_over_a_line_break():
    assert flow_lines("text me\non Telegram").text == "text me on Telegram"
    assert _contact("You can settle the deposit through\nPayoneer and the rest on delivery.")
    assert _contact("Ping me on\nDiscord first: lumen_4821")


def test_views_keep_positions():
    v = collapse_spaced("Mail: d/a/a/n/@/z/i/g/g/o/./n/l today")
    assert "daan@ziggo.nl" in v.text
    a = v.text.index("daan")
    assert v.original(a, a + len("daan@ziggo.nl")) == "d/a/a/n/@/z/i/g/g/o/./n/l"
    u = unbracket_words("at [ana] [at] [studio] [dot] [co] now")
    assert u.text == "at ana at studio dot co now"
    assert u.original(3, 6) == "[ana]"  # a piece covers its brackets
    # two bracketed words or letters without "@" stay as they were
    assert unbracket_words("see [1] [2] here").text == "see [1] [2] here"
    assert collapse_spaced("a/b/c/d").text == "a/b/c/d"
    star = unstar_address("to carla*@gmail.co*m, 5*3 @ home")
    assert star.text == "to carla@gmail.com, 5*3 @ home"
    assert star.original(3, 18) == "carla*@gmail.co*m"


CLEAN = [
    "Mam dwadzieścia lat doświadczenia i pięćset projektów, 601 448 273 złotych obrotu.",
    "W pakiecie: trzy poprawki, dwie koncepcje, pięćset słów.",
    # numbers that are not phones, steps and counts, platform as subject
    "Delivery in 3 days; 1080p and 4K; 24/7 support since 2015.",
    "Steps: 1 then 2 then 3 then 4, then I deliver.",
    "Package: 3 revisions then 2 concepts then 1 final file.",
    "I double the revisions and triple-check every frame.",
    "Three revisions, two concepts, one source file.",
    "Sizes:\n1920 x 1080\n2048 x 1152",
    "Shipping with UPS, tracking number like 1Z 999 AA1 01 2345\n6784 in the order.",
    "Delivery in 3\n5 or 7 days.",
    "- 1080 px\n- 555 frames\n- 0142 takes",
    "- Intro 15\n- 30 second spots\n- 60 second spots",
    "1. Draft in 2\n2. 3 days for revisions",
    "| Size | Price |\n|---|---|\n| 1080 | 2048 |",
    "| Plan | Words | Days |\n|---|---|---|\n| Basic | 500 | 3 |\n| Pro | 1500 | 5 |",
    "| Platform | Deliverable |\n|---|---|\n| Instagram | 10 posts |\n| TikTok | 5 reels |",
    "| Telegram bot | Discord bot |\n|---|---|\n| $50 | $60 |",
    "Versions 2.3.1 → 2.4.0 → 3.0.0 are supported.",
    "Timeline: 2019 → 2021 → 2023 → 2024",
    "Rates: 10 / 20 / 30 / 40 USD per hour",
    "There have been over 800 cases and 2 recalls.",
    "I will build a WhatsApp chatbot and integrate PayPal in your shop.",
    "Mera kaam 5 din mein ho jayega, revisions bhi hai.",
    "Bir logo, iki konsept ve üç revizyon.",
    "Ik maak een logo in een week, een of twee revisies.",
    "Kami punya tiga paket: satu, dua, tiga revisi.",
    "Gagawa ako ng isa o dalawang logo, tatlo ang revision.",
    "Main ek logo aur teen concepts banaunga, saat din mein.",
    "Model 4K-2000 then model 5K-3000.",
    "Stats: 5 years @ 4 companies, 3.5 avg rating.",
    "Call packages: 1500 then 2500 then 4000 words.",
    "Phone reviews: 300 / 500 / 1000 word articles.",
    "Phone repair since 2010 and 2015 and 2020.",
    "I wrote three hundred articles and two thousand posts.",
    "Jobs grew to six hundred and five thousand according to reports.",
    "Over 84000 thousand views across 2.3 months.",
    "Call packages from one hundred to two thousand words, five revisions.",
    "WhatsApp chatbot: 3 flows → 5 flows → 10 flows.",
    "Rates: A + B + C @ 5. Deal.",
    "Rated 4.9 ★ 1200 reviews ★ 5000 orders ★ 24 hour delivery.",
    "Call center training: ★ 5 modules ★ 1200 slides ★ 3000 quiz questions.",
    "Install react.dom@18 and node.js@20 first.",
    "Use the logo@2x.png file for retina screens.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_hard_negatives_stay_clean(text):
    assert not _contact(text), [(f.rule, f.excerpt) for f in _contact(text)]


def test_cli_json_end_line_of_a_split_phone():
    gig = GIG + "Intro line.\nCall +44 7700\n900 123 any weekday.\n"
    r = run_cli(["check", "-", "--format", "json", "--stdin-filename", "gig.md"], input=gig)
    doc = json.loads(r.stdout)
    (f,) = [f for f in doc["files"][0]["findings"] if f["rule"] == "GC202"]
    assert (f["line"], f["column"], f["end_line"], f["end_column"]) == (5, 6, 6, 8)
    assert f["excerpt"] == "+44 7700\n900 123"


# Round 2: the general causes behind blind misses, each with variants of its own.
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


@pytest.mark.parametrize("text,rule", MORE_DISGUISES_FOUND)
def test_more_disguises_and_layouts_are_errors(text, rule):
    found = _found(text, rule)
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
    assert not _contact(text)


# An address cut by layout: table cells side by side or one over the other, list items.
SPLIT_EMAILS = [
    "| Email | |\n|---|---|\n| anna.kowalska | @gmail.com |",
    "| Contact |\n|---|\n| anna.kowalska@ |\n| gmail.com |",
    "- anna.kowalska\n- @gmail.com",
    "- anna.kowalska@\n- gmail.com",
    "1. marco.rossi.design@\n2. libero.it",
    "| Correo | |\n|---|---|\n| lucia_diseno@ | yahoo.es |",
]


@pytest.mark.parametrize("text", SPLIT_EMAILS)
def test_email_split_by_layout(text):
    found = _found(text, "GC201")
    assert found and str(found[0].severity) == "error"


SPLIT_CLEAN = [
    "| Tool | Version |\n|---|---|\n| React | 18.2 |\n| Node | 20.1 |",
    "- I love gmail\n- .com domains are cheap",
    "- Use Node.\n- @types packages included",
    "| Plan | Price |\n|---|---|\n| Basic | 100 |\n| Pro | 200 |",
    "- Gmail setup\n- Outlook setup",
]


@pytest.mark.parametrize("text", SPLIT_CLEAN)
def test_layout_split_honest_clean(text):
    assert not _contact(text)


# A writing verb right before an "@name" points at an account (image alt text too).
VERB_HANDLES = [
    "![Bot example, write to @dmitry_botmaker](img.png)",
    "escríbeme a @lena.art para muestras",
    "Напишите @ivan_dev, отвечу быстро",
    "Bana yaz @ayse.design",
    "Für Muster schreib mir @jonas.cuts",
]


@pytest.mark.parametrize("text", VERB_HANDLES)
def test_writing_verb_before_handle(text):
    found = _found(text, "GC203")
    assert found and str(found[0].severity) == "error"


@pytest.mark.parametrize("text", [
    "The bot will message @everyone when a new order comes",
    "ping @here on release",
    "Use @media queries to message the user",
    "I will write a message for @mentions in Slack",
])
def test_writing_verb_without_handle_clean(text):
    assert not _found(text, "GC203")


# Beside a phone word, a number grouped as thousands are (Spanish and Polish mobiles)
# or one whose last digit passes a barcode check is still a number to dial; "number"
# alone, an invoice or a count of users says otherwise.
@pytest.mark.parametrize("text", [
    "te paso mi Bizum (612 555 019) para los siguientes.",
    "Telefon: 512 345 678",
    "Numer telefonu: 512 345 678",
    "bKash: 01712 345 678",
    "### Consultation via WA 0812 5550 9876",
])
def test_phone_grouped_like_other_number_with_phone_word(text):
    assert _found(text, "GC202")


@pytest.mark.parametrize("text", [
    "Numer faktury 512 345 678 znajdziesz w zamówieniu.",
    "We reached 612 555 019 users on WhatsApp last year",
    "WhatsApp campaign to 250 000 000 users",
    "Call volume: 1 250 000 per month",
    "Telegram marketing for 120 000 subscribers",
    "Barcode (EAN-13) for your label: 4006381333931",
])
def test_other_numbers_stay_clean(text):
    assert not _found(text, "GC202")
