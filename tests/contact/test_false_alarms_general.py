"""Hard negatives made general (falsealarms2): a buyer's template address on any
"your + word" domain, fictional numbers a text calls a sample, several CIDR blocks,
analytics and shop IDs, an FAQ question quoting a channel answered "No", a bare
payment host named as the buyer's. Each has its seller's twin that stays reported."""
from __future__ import annotations

import pytest
from contact_support import placeholder_vocab  # noqa: F401 (the fixture `pv`)
from contact_support import reported as _bad
from table_support import table_test

from gigcheck.detectors.phone_guards import fictional, in_ip_address

CLEAN = [
    "На визитке будет ваш e-mail, например: ivanov@vasha-kompaniya.ru",
    "Kad anda akan ada emel anda, contohnya: nama@syarikatanda.my",
    # buyer-template addresses on "your + any word" domains, in several languages
    "The contact form will send to whichever address you give me (something like contact@yourclinic.com).",
    "Your footer will show an address such as hello@yourbakery.co.",
    "Example inbox for your salon: booking@yoursalon.com",
    "Contoh email toko: admin@tokokamu.id",
    "Ví dụ địa chỉ: lienhe@congtycuaban.vn",
    "Votre adresse apparaîtra ainsi : contact@votreboulangerie.fr",
    "Ihre Adresse steht dann z.B. als info@ihrebaeckerei.de im Impressum.",
    "Custom signature: Your Name | Title | you@yourbrand.com | +1 (555) 000-0000",
    # fictional numbers the text calls a sample or says to replace
    "The mockup shows a sample number, +1 555-0100 — replace it with your own.",
    "Sample header: +1 555 000 0000",
    "On the landing page I put a placeholder phone (555-0199) until you send yours.",
    "Plantilla de firma: Tu Nombre | +34 600 000 000",
    "Mock-up: Tel. +44 7700 900123",
    "Número de exemplo no layout: (11) 9XXXX-XXXX",
    # numbers that are not phones
    "I'll configure your VPC with 10.0.0.0/16 and public subnets 10.0.1.0/24 and 10.0.2.0/24.",
    "Subnets: 10.0.1.0/24, 10.0.2.0/24, 10.0.3.0/24",
    "I'll link your GA4 property 312456789 to Google Ads.",
    "Analytics view 123456789 will be archived.",
    "Send the ad account ID (act_1029384756) after ordering.",
    "Old tracking code UA-12345-1 will be migrated.",
    "Merchant ID 4829301756 in Google Merchant Center",
    "Mastered to -14 LUFS, peaks at -1 dBTP",
    "I'm in UTC+5:30 and reply within 2 hours.",
    "Coordinates 40.7128, -74.0060 for the map pin.",
    # FAQ questions quoting a channel, answered no
    "**Do you share your WhatsApp?** No, we keep all communication in the Fiverr inbox.",
    "## FAQ\n**Will you give me your email?**\nNo — Fiverr's terms don't allow sharing contact details.",
    "## FAQ\n**¿Me das tu WhatsApp?**\nNo, toda la comunicación se queda en Fiverr.",
    "## FAQ\n**Can I pay by PayPal?**\nNo, all payments go through Fiverr.",
    # the buyer's own payment page, named bare
    "Customers will pay through your own PayPal.me link once I configure the donate button.",
    "I'll add your PayPal.me/yourname button to the site.",
    "After delivery we can do a live session over Fiverr's video call tool.",
    # example tables, quoted samples, abbreviations, more languages
    "| What I need from you | Example |\n|---|---|\n| Business email | hello@yourbakery.co |\n"
    "| Phone for the header | +1 555 0142 |\n| Instagram | @yourbakery |",
    "| Lo que necesito | Ejemplo |\n|---|---|\n| Correo | ventas@tuclinica.mx |\n| Teléfono | +52 55 0000 0000 |",
    "I'll put your WhatsApp number in the header, e.g. +1 555 010 0123.",
    "Business card template: Jane Doe, CEO — jane@yourcompany.com — +44 20 0000 0000",
    "Vorlage für die Signatur: Max Mustermann | max@ihrefirma.de | +49 30 000000",
    "Пример подписи: Иван Иванов | info@вашакомпания.рф | +7 900 000-00-00",
    "The invoice template has placeholders like billing@yourstartup.io and 555-0100.",
    "In the Canva template the phone reads 123-456-7890; change it to yours.",
    "Ejemplo de número en la web: +34 600 000 000 (pon el tuyo).",
    "O formulário envia para o seu e-mail (ex.: contato@suaclinica.com.br).",
    "Het formulier stuurt naar je eigen adres, bijv. info@jouwsalon.nl",
    "Formulir akan kirim ke email kamu, contoh: halo@bisnismu.id",
    "Form aapke email par bhejega, jaise info@aapkidukaan.in",
    "The Instagram icon links to your profile (e.g. instagram.com/yourbakery).",
    'Sample post caption: "DM @yourcafe to book a table!"',
    'Template: "WhatsApp us at +1 555 0100 for orders"',
    "Replace 555-0175 in the header with your real number.",
    "Exemple : 06 00 00 00 00 (à remplacer par le vôtre)",
    "Subnets 192.168.10.0/24 192.168.20.0/24 192.168.30.0/24",
    "Propiedad de GA4 312456789 vinculada a Google Ads.",
    "Android versionCode 2024051203",
    "## FAQ\n**Можно написать вам в Telegram?**\nНет, всё общение только через Fiverr.",
    "## FAQ\n**Boleh minta nomor WA?**\nTidak, semua komunikasi lewat Fiverr ya.",
    "Q: Will you send me your Skype ID? A: No — all calls happen through Fiverr's built-in video call.",
    # design pieces the seller fills with the buyer's details
    'The banner will read "Follow @yourbakery for daily bread".',
    "Flyer: Call (555) 010-0199 to book!",
    "Your Twitter header will say: Follow @yourhandle",
    "Pincode 560001 and CEP 01310-100",
    "Telegram bot token 123456789:ABCdefGhIJKlmNoPQRstuVWXyz",
    "## FAQ\n**Will you give me your phone number?**\nI can't — it's against Fiverr's terms.",
    "## FAQ\n**Can I pay by PayPal?**\nA: No. Fiverr handles payments.",
    "Click-to-chat button example: wa.me/15550100",
]


@table_test("text", CLEAN)
def test_hard_negative_is_clean(lint, text):
    assert _bad(lint, text) == [], text


REPORTED = [
    # the seller claims the template-shaped address or the fictional number
    ("Reach me at hello@yourbakery.co", "hello@yourbakery.co"),
    ("Emel saya: nama@syarikatanda.my", "nama@syarikatanda.my"),
    ("Escríbeme a hola@yourbakery.co", "hola@yourbakery.co"),
    ("Schreib mir an info@ihrebaeckerei.de", "info@ihrebaeckerei.de"),
    ("Contact us: hello@yourbakery.co for a quote, sample files included", "hello@yourbakery.co"),
    ("Email: hello@yourbakery.co", "hello@yourbakery.co"),
    ("contact@yourxqzt.com", "contact@yourxqzt.com"),
    ("Call me at 555-0142", "555-0142"),
    ("Example: call me at 555-0142", "555-0142"),
    ("WhatsApp +1 415 555 0123", "+1 415 555 0123"),
    ("Kalau mau lebih cepat, chat aja lewat WA di 0812 3456 7890", "0812 3456 7890"),
    # a channel question answered yes, and real payment pages
    ("**Do you share your WhatsApp?** Yes, message me there.", "WhatsApp"),
    ("## FAQ\n**Can we talk on Skype?**\nYes, add me on Skype and we will talk.", "Skype"),
    ("Pay me through my PayPal.me link.", "PayPal.me"),
    ("Pay through PayPal.me/johnsmith", "PayPal.me/johnsmith"),
    ("Call me: 06.12.34.56.78", "06.12.34.56.78"),
    # a contact verb claims it; an example table does not excuse a real identifier
    ("Write to hello@yourbakery.co for your quote", "hello@yourbakery.co"),
    ("Instagram: @yourbakery", "@yourbakery"),
    ("Follow me on Instagram @yourbakery", "@yourbakery"),
    ("My shop email is hello@yourbakery.co, e.g. for invoices", "hello@yourbakery.co"),
    ("| Contact | Example |\n|---|---|\n| WhatsApp | +1 415 867 5309 |", "+1 415 867 5309"),
    ("| Contact | Example |\n|---|---|\n| Email | juan.perez@gmail.com |", "juan.perez@gmail.com"),
    ("| Canal | Ejemplo |\n|---|---|\n| Instagram | @juanperez_design |", "@juanperez_design"),
    ("## FAQ\n**Can I contact you on WhatsApp?**\nNo problem, message me on WhatsApp anytime.", "WhatsApp"),
    ("**Do you share your WhatsApp?** No, but you can find me on Telegram.", "Telegram"),
    ("Banner: follow me @bakery_jane", "@bakery_jane"),
    ("Chat: wa.me/15550100", "wa.me/15550100"),
    ("Example button: wa.me/14158675309", "wa.me/14158675309"),
    # an answer that opens like a no but says yes excuses nothing
    ("**Do you share your WhatsApp?** Not a problem!", "WhatsApp"),
    ("## FAQ\n**Can I pay by PayPal?**\nNo worries, that works.", "PayPal"),
    ("Signature: Jane Doe | jane@janebakes.com | +1 415 867 5309", "jane@janebakes.com"),
    ("Signature: Jane Doe | jane@janebakes.com | +1 415 867 5309", "+1 415 867 5309"),
]


@table_test("text,needle", REPORTED)
def test_seller_twin_is_reported(lint, text, needle):
    assert any(needle.lower() in ex.lower() for _, ex in _bad(lint, text)), (text, _bad(lint, text))


@pytest.mark.parametrize("ident,open_,want", [
    ("yourclinic", True, True), ("yourbakery", True, True), ("tokokamu", True, True),
    ("congtycuaban", True, True), ("votreboulangerie", True, True),
    ("yourclinic", False, False), ("yourxqzt", True, False), ("yourbrnxdt", True, False),
    ("turismo", True, False), ("sushi", True, False), ("your4shop", True, False),
])
def test_open_nouns(pv, ident, open_, want):
    assert pv.is_placeholder(ident, open_nouns=open_) is want


def test_open_nouns_never_at_webmail(pv):
    assert not pv.is_placeholder("yourbakery", strict=True, open_nouns=True)


@pytest.mark.parametrize("digits,intl,want", [
    ("15550100", True, True), ("5550199", False, True), ("15550000000", True, True),
    ("447700900123", True, True), ("12345678900", True, True), ("14158675309", True, False),
    ("6281234567890", True, False), ("08123456789", False, False),
])
def test_fictional(digits, intl, want):
    assert fictional(digits, intl) is want


@pytest.mark.parametrize("text,want", [
    ("net 10.0.1.0/24 here", True), ("at 192.168.0.1", True), ("06.12.34.56.78", False),
    ("300.1.2.3", False),
])
def test_in_ip_address(text, want):
    i = next(k for k, ch in enumerate(text) if ch.isdigit())
    assert in_ip_address(text, i, i + 4) is want


def test_owned_ends_at_example_marker(pv):
    text = "whatever address you give me (something like contact@yourclinic.com)"
    assert not pv.owned(text, text.index("contact@"))
    text = "reach me at hello@yourbakery.co"
    assert pv.owned(text, text.index("hello@"))


def test_quoted_sample_is_not_the_sellers(pv):
    text = 'Sample caption: "DM @yourcafe to book a table!"'
    assert not pv.owned(text, text.index("@"))
    text = 'DM me at "@yourcafe"'
    assert pv.owned(text, text.index("@"))
