"""contact-phone (GC202): phone numbers plain and disguised, each located exactly.

Each case gives the text, the excerpt the finding must cover (the source exactly as the
seller wrote it, spelled-out words included) and the E.164 key, or None where the
region is a guess among the pack's regions (a national number valid in several).
"""
from __future__ import annotations

from table_support import table_test

from gigcheck.detectors.phones import PhoneVocab, find_phones, may_hold_phone
from gigcheck.policy.packs import load_pack
from gigcheck.text.digits import NumberWords, letters_to_digits, words_to_digits
from gigcheck.text.fold import fold
from gigcheck.text.spacing import collapse_spaced

FOUND = [
    # plain, international and national
    ("Call me to discuss: +1 415 555 0132", "+1 415 555 0132", "+14155550132"),
    ("Berliner Webdesign — Tel. +49 30 901820", "+49 30 901820", "+4930901820"),
    ("Appelez-moi : +33 6 12 34 56 78", "+33 6 12 34 56 78", "+33612345678"),
    ("Сделаю лендинг. Тел: +7 916 123-45-67", "+7 916 123-45-67", "+79161234567"),
    ("Real estate VA. Call +1 (415) 555–0132", "+1 (415) 555–0132", "+14155550132"),
    ("Cover letters. Tel.: +44 (0)20 7946 0012", "+44 (0)20 7946 0012", "+442079460012"),
    ("WhatsApp +44 7700 900321 (drama range)", "+44 7700 900321", "+447700900321"),
    ("Sales funnels. 0044 7700 900456", "0044 7700 900456", "+447700900456"),
    ("Drone footage editing. 415.555.0176", "415.555.0176", "+14155550176"),
    ("Menus. 415/555/0132", "415/555/0132", "+14155550132"),
    ("Office (415) 555-0132 weekdays", "(415) 555-0132", "+14155550132"),
    ("My cell is 415. 555. 0132", "415. 555. 0132", "+14155550132"),
    ("Handy: 0176 12345678", "0176 12345678", "+4917612345678"),
    ("BR: +55 (11) 91234-5678", "+55 (11) 91234-5678", "+5511912345678"),
    ("Urgent? call 0412 555 019 (Australia).", "0412 555 019", None),
    ("GCash 0917 123 4567 for Filipino clients", "0917 123 4567", None),
    ("[Call me now](tel:+447700900123) today", "+447700900123", "+447700900123"),
    ("<!-- ph 07700900789 -->\nI will design a logo.", "07700900789", None),
    ("Ext. line: (523) 222-8888 x 623", "(523) 222-8888", "+15232228888"),
    ("我的电话号码是415-666-7777", "415-666-7777", "+14156667777"),
    # spelled out, mixed, glued
    ("Number: 415 five five five 0132", "415 five five five 0132", "+14155550132"),
    ("Hindi dubbing. nine eight seven six five four three two one zero, WhatsApp only",
     "nine eight seven six five four three two one zero", "+919876543210"),
    ("Podcast. call six four seven - five five five - oh one four three",
     "six four seven - five five five - oh one four three", "+16475550143"),
    ("Text: fourfivefour five5five 0one9eight", "fourfivefour five5five 0one9eight", None),
    ("Call me at (four one five) five five five - zero one nine eight",
     "(four one five) five five five - zero one nine eight", "+14155550198"),
    ("Pet art. FOUR ONE FIVE FIVE FIVE FIVE ZERO ONE THREE TWO",
     "FOUR ONE FIVE FIVE FIVE FIVE ZERO ONE THREE TWO", "+14155550132"),
    ("Call nine-one-seven, five-five-five, zero-one-nine-nine",
     "nine-one-seven, five-five-five, zero-one-nine-nine", "+19175550199"),
    # digit groups between spelled ones, with commas
    ("Ring me: Six-Four-Seven, 555, Zero-One-Four-Three", "Six-Four-Seven, 555, Zero-One-Four-Three", "+16475550143"),
    ("Text 415, Five-Five-Five, 0132", "415, Five-Five-Five, 0132", "+14155550132"),
    ("Mobile: four15 five55 0132", "four15 five55 0132", "+14155550132"),
    ("my number: +1 four one five 555 0132", "+1 four one five 555 0132", "+14155550132"),
    ("Ring zero seven seven zero zero nine double zero one two three",
     "zero seven seven zero zero nine double zero one two three", None),
    # letters for digits, other digits, spacing, invisibles
    ("Brand kits. O7700 9OOl23", "O7700 9OOl23", None),
    ("Amazon A+ content. +9I 98765 432IO", "+9I 98765 432IO", "+919876543210"),
    ("Mixing engineer. +1 (4l5) 555-O198", "+1 (4l5) 555-O198", "+14155550198"),
    ("Resume writing. ＋１ ４１５ ５５５ ０１３２", "＋１ ４１５ ５５５ ０１３２", "+14155550132"),
    ("تعليق صوتي عربي. +٩٧١ ٥٠ ١٢٣ ٤٥٦٧", "+٩٧١ ٥٠ ١٢٣ ٤٥٦٧", "+971501234567"),
    ("हिंदी अनुवाद। फ़ोन: +९१ ९८७६५ ४३२१०", "+९१ ९८७६५ ४३२१०", "+919876543210"),
    ("Beat making. 𝟺𝟷𝟻-𝟻𝟻𝟻-𝟶𝟷𝟹𝟸", "𝟺𝟷𝟻-𝟻𝟻𝟻-𝟶𝟷𝟹𝟸", "+14155550132"),
    ("Vectorise logo. 𝟰𝟭𝟱 𝟱𝟱𝟱 𝟬𝟭𝟯𝟮", "𝟰𝟭𝟱 𝟱𝟱𝟱 𝟬𝟭𝟯𝟮", "+14155550132"),
    ("বাংলা অনুবাদ। ফোন: ০১৭১২ ৩৪৫৬৭৮", "০১৭১২ ৩৪৫৬৭৮", None),
    ("WhatsApp: 4 1 5 5 5 5 0 1 3 2", "4 1 5 5 5 5 0 1 3 2", "+14155550132"),
    ("Call 4-1-5-5-5-5-0-1-3-2", "4-1-5-5-5-5-0-1-3-2", "+14155550132"),
    ("Call 415\u200b555\u200b0132 now", "415\u200b555\u200b0132", "+14155550132"),
    # underscores between the groups
    ("Flyers. call: 212_555_0178", "212_555_0178", "+12125550178"),
    # letters beyond O/I/l for digits, right after a phone word or "+"
    ("Book covers. phone: 4l5-5S5-Ol98", "4l5-5S5-Ol98", "+14155550198"),
    ("WhatsApp +1 4l5 S55 Ol32", "+1 4l5 S55 Ol32", "+14155550132"),
    ("Menus. Call me at 2l2 55Z 0l78 today", "2l2 55Z 0l78", "+12125520178"),
    # other languages
    ("Meu número é onze nove um dois três quatro cinco seis sete oito",
     "onze nove um dois três quatro cinco seis sete oito", "+5511912345678"),
    ("Ruf an: null eins sieben sechs eins zwei drei vier fünf sechs sieben acht",
     "null eins sieben sechs eins zwei drei vier fünf sechs sieben acht", "+4917612345678"),
    ("Звоните: восемь девять один шесть один два три четыре пять шесть семь",
     "восемь девять один шесть один два три четыре пять шесть семь", "+79161234567"),
    ("zap: onze, nove, meia, meia, três, dois, um, sete, oito, nove, zero",
     "onze, nove, meia, meia, três, dois, um, sete, oito, nove, zero", None),
    ("Numéro : zéro sept, quarante-cinq, douze, trente, quatre-vingt-dix-neuf",
     "zéro sept, quarante-cinq, douze, trente, quatre-vingt-dix-neuf", None),
    ("Номер: плюс семь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь",
     "плюс семь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь", "+79161234567"),
    ("WhatsApp: nove oito sete seis cinco quatro três dois um zero",
     "nove oito sete seis cinco quatro três dois um zero", "+919876543210"),
    ("Llámame: seis uno dos, tres cuatro cinco, seis siete ocho",
     "seis uno dos, tres cuatro cinco, seis siete ocho", None),
    ("Chiamami: tre tre tre uno due tre quattro cinque sei sette",
     "tre tre tre uno due tre quattro cinque sei sette", None),
    ("电话：一三八 零零一三 八零零零", "一三八 零零一三 八零零零", "+8613800138000"),
]

CLEAN = [
    "Delivered over 3,200 logos since 2015-03-01; last update 2023-04-15.",
    "Premium package: $1,250.00 — includes source files and 3 revisions.",
    "I will format your book for print. Example ISBN: 978-3-16-148410-0.",
    "Map data for New York (40.7128, -74.0060) and London (51.5074, -0.1278).",
    "5000+ orders completed, 4.9 average rating, 10 000 clients.",
    "Experience: 2015-2023 at a Berlin agency, 2023-now freelance.",
    "My last music video hit 1 000 000 views in two weeks.",
    "Please include your order number (e.g. FO12345) in the brief.",
    "I will generate 500 unique SKUs like 4820-1177-03 for your inventory.",
    "Barcode labels with UPC 036000291452 and EAN-13 5901234123457.",
    "Audio delivered as WAV 48000 Hz / 24-bit and MP3 320 kbps.",
    "Your app will run on port 8080 behind Nginx 1.24.0.",
    "Vehicle VIN decoding script, e.g. 1HGCM82633A004352.",
    "Tracking page for parcels like 1Z999AA10123456784.",
    "Resolution 3840 × 2160, 1920x1080, 2560 x 1440 pixels, 60 fps.",
    "Citation style APA 7th ed., DOI 10.1000/182 examples included.",
    "Flight itinerary: LH 400 FRA–JFK, dep. 10:25, arr. 13:05.",
    "Exam prep: past papers 2010-2024, questions 1-100.",
    "Chart of 2,147,483,647 explained — the max 32-bit integer.",
    "GPS tracker dashboard: timestamps like 1700000000.",
    "Pi to 20 digits: 3.14159265358979323846 printed on a mug design.",
    "Accounting for fiscal year 04/2023–03/2024.",
    "Reference photos: IMG_20240315_142233.jpg and IMG_20240316_090112.jpg",
    "Mortgage calculator: $350,000 at 6.75% over 30 years = $2,270.09/month.",
    "Budget breakdown: 2500 + 1750 + 980 + 3300 = 8530 USD.",
    "Spec sheet: 1,234.56 kg, 2 345,67 €, 3.456,78 CHF.",
    "Stanford, CA 94305-9515",
    "Servers 192.168.100.200 and 10.0.0.1",
    "Count-in for your track: one, two, three, four!",
    "Learn to count: one two three four five six seven eight nine ten",
    # counting down is a countdown without a phone word, and always from ten
    "I will voice a launch countdown: ten, nine, eight, seven, six, five, four, three, two, one, go!",
    "Countdown: nine eight seven six five four three two one zero, liftoff",
    "Countdown call for your stream: ten nine eight seven six five four three two one",
    # single number words between commas, without a phone word
    "Lucky picks: seven, three, nine, one, four, two, eight, six",
    # look-alike letters where nothing says phone: names of their own
    "Phone case for Galaxy S23 2023 2024 and Z690 B550 boards",
    "Call me about the S23 2024 2025 model",
    "Reports for the B2B 2024 launch, S3 bucket 2025 0001",
    # underscores in file names and identifiers
    "Photos 20240315_142233.jpg and file_415_555_0132.txt",
    "I will deliver 1 2 3 4 5 6 7 8 logos",
    "Twenty-four hour turnaround for orders under five hundred words.",
    "Double oh seven style spy thriller short story.",
    "Vier Entwürfe, zwei Korrekturen, fünf Tage Lieferzeit.",
    "我将为您的品牌设计一个简约的标志，包含三次修改和源文件。",
    "Chat with me: wa.me/15551234567",
    "Consultation room: zoom.us/j/81234567890",
    "Payment to GB82 WEST 1234 5698 7654 32, reference your order name.",
    "Tracking 1Z 999 AA1 01 2345 6784",
    "Regex that validates numbers in the format (###) ###-####.",
]


def _found(lint, text):
    return [(f.excerpt, f.key) for f in lint(text) if f.rule == "GC202"]


@table_test("text,excerpt,key", FOUND, ids=[c[1] for c in FOUND])
def test_phone_found_exactly(lint, text, excerpt, key):
    found = _found(lint, text)
    assert [e for e, _ in found] == [excerpt]
    assert found[0][1].startswith("+") or found[0][1].isdigit()
    if key is not None:
        assert found[0][1] == key


@table_test("text", CLEAN)
def test_not_a_phone(lint, text):
    assert _found(lint, text) == []


def test_two_numbers_in_one_stretch(lint):
    found = _found(lint, "Lines: 415-666-7777 - 800-443-1223 - 212-443-1223")
    assert [e for e, _ in found] == ["415-666-7777", "800-443-1223", "212-443-1223"]


def test_detector_reports_offsets_in_the_original_text():
    vocab = load_pack("fiverr")["vocab"]
    pv = PhoneVocab(vocab["phone"], vocab["numbers"])
    text = "Call: fourfivefour five5five 0one9eight!"
    assert may_hold_phone(text.lower(), pv)
    digits = collapse_spaced(letters_to_digits(words_to_digits(fold(text), NumberWords(vocab["numbers"]["words"]))))
    (m,) = find_phones(digits, pv)
    assert text[m.start:m.end] == "fourfivefour five5five 0one9eight"
    assert m.form == "spelled"


def test_plain_prose_is_not_even_looked_at():
    vocab = load_pack("fiverr")["vocab"]
    pv = PhoneVocab(vocab["phone"], vocab["numbers"])
    text = "I will design one logo in two days, with 3 revisions and 24/7 support."
    assert not may_hold_phone(text.lower(), pv)
