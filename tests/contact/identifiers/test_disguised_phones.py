"""Phone numbers in disguise: words and look-alike digits in several languages, scale words
("two thousand one hundred") read as numbers, and a number grouped like another kind of
number still dialled beside a phone word; "number" alone, an invoice or a count stays clean.
"""
from __future__ import annotations

import pytest
from disguise_support import findings_of
from table_support import table_test

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


@table_test("text,rule", PHONES)
def test_disguised_phone_found(text, rule):
    found = findings_of(text, rule)
    assert found and str(found[0].severity) == "error", text


@pytest.mark.parametrize("text,key", [
    ("Phone: four one five, five five five, two thousand one hundred", "+14155552100"),
    ("Call me at eight hundred, five five five, zero one nine nine", "+18005550199"),
    ("Call: two one two, five five five, one thousand", "+12125551000"),
    ("Mera WhatsApp number 9876543210 hai, call karo", "+919876543210"),
    ("WhatsApp: plus four four, seven seven double oh, nine hundred, one two three", "+447700900123"),
])
def test_scale_words_read_as_numbers(text, key):
    assert [f.key for f in findings_of(text, "GC202")] == [key]


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
    assert findings_of(text, "GC202")


@pytest.mark.parametrize("text", [
    "Numer faktury 512 345 678 znajdziesz w zamówieniu.",
    "We reached 612 555 019 users on WhatsApp last year",
    "WhatsApp campaign to 250 000 000 users",
    "Call volume: 1 250 000 per month",
    "Telegram marketing for 120 000 subscribers",
    "Barcode (EAN-13) for your label: 4006381333931",
])
def test_other_numbers_stay_clean(text):
    assert not findings_of(text, "GC202")
