"""Numbers precision audit, and pointer and wording recall (rt39).

Numbers: 300+ non-phone numbers an honest gig holds (order, invoice, ticket and tracking IDs,
ad-account and customer IDs, ISBN/EAN/UPC, SKUs, IP/CIDR/MAC, versions, dates and times in
local formats, ranges, dimensions, prices, percentages, coordinates, colours, postal codes,
package tables, timestamps) in 14 languages, kept in dev.jsonl as `dev-i-neg-numbers-…`
(note "detI hard negative"). What the audit flagged, fixed by general readings
(detectors/phone_guards.py):

* a range whose ends are clock times or thousands ("jam 09.00-18.00", "30.000-60.000 €");
* a label broken over lines ("Google Ads⏎customer ID:⏎123-456-⏎7890"): a line ending in a
  colon, "#" or a word naming another kind of number goes on to the number below;
* labels of other numbers in more languages ("Codice a barre", "Артикул", "N° de dossier",
  "Google Ads:", "رقم الحساب الإعلاني", "Mã đơn hàng") and currencies in their scripts ("रुपये");
* digits of a script's own block in text of that script ("رقم الحساب الإعلاني ١٠٤٨٢٢٩٣٥٥٦١",
  "ऑर्डर आईडी ४०२७७८१३३०२५") are how the language writes numbers, no disguise
  (detectors/phone_segments.py); the same digits in a Latin sentence still are one.
Real phones after a phone cue stay errors, on the next line too.

Pointer and wording (detectors/leaving.py and the vocabulary): a negation right after the
fees denies the fee, not the dealing ("手数料のかからない直接のお取引", "수수료 없이 직거래");
"personally" reads as "directly"; a private or friends' price; "those who contact me" in the
third person; "off the books"; the name on the profile, the shop's name or the same number
as the key to an address; "if you search my name".
"""
from __future__ import annotations

import json
from pathlib import Path

from contact_support import reported, severity_tests, worst
from table_support import table_test

DEV = Path(__file__).resolve().parents[2] / "data" / "adversarial" / "dev.jsonl"


def _audit() -> list[dict[str, str]]:
    cases = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [c for c in cases if "detI hard negative" in (c.get("note") or "")]


AUDIT = [c["text"] for c in _audit()]

PHONES = [  # real numbers after a phone cue, beside the label readings above
    'Telefon:\n0151 2345 6789',
    'WhatsApp\n0812 3456 7890',
    'Call me\n0151 2345 6789',
    'Send your order details.\n0812 3456 7890',
    'Telefon 0151-234 567',
    'WA 0812-3456-7890',
]

NATIVE_PHONES = [  # phones written in their own script's digits after a phone cue stay errors
    'reach me ٠٥٠١٢٣٤٥٦٧ anytime',
    'my line is ९८२३४५६७१२ for quick questions',
    'سلام ۰۹۱۲۳۴۵۶۷۸۹',
    'أهلاً، للطلب السريع ٠٥٥٨٧٦٤٣٢١',
    'واتساب ٠٥٠١٢٣٤٥٦٧',
    'رقمي على الواتساب ٠٥٥ ٨٧٦ ٤٣٢١',
    'व्हाट्सएप ९८७६५४३२१० पर मैसेज करें',
    'मेरा नंबर ९८२३४ ५६७१२ है',
    'Call ٠٥٠ ١٢٣ ٤٥٦٧ now',
    'WhatsApp me at ९८२३४५६७१२',
    '電話 ０９０ １２３４ ５６７８',
    'تماس با من: ۰۹۱۲ ۳۴۵ ۶۷۸۹',
]

ERRORS = [  # pointer and wording variants, 12 languages
    'Pisz na snapie (kuba.montaz) – odpisuję w 5 min.',
    'Dodaj mnie na snapie: kuba.montaz',
    '**Portfolio note:** the last frame of each showreel shows where to reach me directly.\nUse that for rush jobs.',
    'The last frame of each clip shows how to reach me.',
    'El último fotograma de cada clip muestra cómo contactarme.',
    'Na última imagem da galeria explico como me contatar.',
    '2回目以降のご依頼は、手数料のかからない直接のお取引も可能です。',
    '次回からは手数料のかからない直接取引でお願いします。',
    '재구매 고객님은 수수료 없이 직거래로 진행해 드려요.',
    '다음 주문부터는 수수료 없이 직거래 가능합니다.',
    'दूसरे ऑर्डर से हम सीधे लेन-देन कर सकते हैं, प्लेटफ़ॉर्म की फीस बच जाएगी।',
    'अगली बार से हम सीधे लेन-देन करेंगे, कोई कमीशन नहीं।',
    'From the second order we can deal directly, no platform fee.',
    'I keep a private rate for people who reach me personally\nrather than through the order button.',
    'Special rate for people who contact me personally.',
    'Contact me personally for a special price.',
    'Tarif « ami » pour ceux qui me contactent en privé : −30 % sur tous les packs.',
    'Pour ceux qui me contactent en privé : −30 %.',
    'Prezzo amico per chi mi scrive in privato.',
    'Rabatt für alle, die mir privat schreiben.',
    'Preço de amigo para quem me chama no privado.',
    "**Extra: Priority line — $0**\nGet in touch with me personally after delivery and I'll handle\nall your future edits off the books.",
    'We keep the rest off the books, cash only.',
    'Die Folgeaufträge machen wir unter der Hand, schreib mir.',
    'Los siguientes cambios los hacemos por debajo de la mesa, escríbeme.',
    'Mój e-mail to moje imię i nazwisko z profilu, na gmailu.',
    'My email is my first and last name from the profile, at gmail.',
    'Mi correo es mi nombre y apellido, en gmail.',
    'ไอดีไลน์เหมือนกับชื่อร้านค่ะ แอดมาคุยรายละเอียดได้เลย',
    'O meu Pix é o mesmo número do celular que aparece no vídeo de apresentação.',
    'Mi WhatsApp es el mismo número que sale en el vídeo de presentación.',
    'Mi Bizum es el mismo número del móvil que sale en el vídeo.',
    'Il mio WhatsApp è lo stesso numero del video di presentazione.',
    'Si buscas mi nombre + «ilustradora» en Google sale mi web con el formulario de contacto.\nEscríbeme por ahí.',
    'Si buscas mi nombre en Google sale mi web. Escríbeme por ahí.',
    'Se cerchi il mio nome su Google trovi il mio sito, scrivimi da lì.',
]

CLEAN = [  # honest twins: refusals, the marketplace as the way, other numbers
    'Zdjęcia robię na snapie i w aparacie.',
    'My showreel shows how I edit: cuts, colour and sound.',
    'The FAQ explains how to contact me here on Fiverr.',
    'I show you where to reach your customers on Instagram.',
    'Comment me contacter ? Par la messagerie Fiverr, je réponds en une heure.',
    'I will make a showreel of your best clips with an end card showing your contacts.',
    "Next time we can't deal directly, the platform fee applies.",
    '次回以降も直接のお取引はできません。',
    'I personally answer every message within an hour.',
    'Contact me personally if you have questions about the packages.',
    'I reply personally to every order, no assistants.',
    'Feel free to contact me personally here on Fiverr.',
    'Les clients qui me contactent ici reçoivent une réponse en une heure.',
    'Sconto del 20% per chi mi contatta su Fiverr.',
    'Clientes que me contatam pelo chat da Fiverr recebem resposta rápida.',
    'I never work off the books: every order goes through Fiverr.',
    'My accountant keeps nothing off the books; I write bookkeeping guides.',
    'I write a thriller about a cop who takes money under the table.',
    'I use the same number of fonts in every logo.',
    'Mi nombre y apellido aparecen en el certificado que entrego.',
    'Ponemos el mismo número de páginas en cada capítulo.',
    'Si buscas mi nombre en Fiverr verás mis otros gigs.',
    'Telepon: 150 panggilan per hari, jam 09.00-18.00.',
    'Horario 9.00–17.00 Uhr, Telefon-Support inklusive.',
    'Edad 18-65, ingresos 30.000-60.000 € en la segmentación.',
    'Google Ads\ncustomer ID:\n123-456-\n7890',
    'Kunden-ID\n(Google Ads):\n987 654 3210',
    'Your ad account\nID\n104822935561',
    'Google Ads: 123-456-7890\nMeta: act_1234567890',
    'Codice a barre 8001234567890 su ogni etichetta, pronto per la stampa.',
    'N° de dossier 06 12 34 56 78 dans votre logiciel.',
    'Артикул 8 916 123-45-67 из вашего каталога.',
]


def test_the_audit_is_large_and_in_many_languages() -> None:
    mine = _audit()
    assert len(mine) >= 150
    assert len({c["lang"] for c in mine}) >= 10


@table_test("text", AUDIT)
def test_an_honest_number_is_no_phone(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)


test_errors, test_honest_twins_stay_clean = severity_tests(PHONES + NATIVE_PHONES + ERRORS, CLEAN)
