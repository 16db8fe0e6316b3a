"""Placeholder identifiers (detectors/placeholders.py): a template's stand-in for the
buyer's own address, handle or profile is no contact detail; the seller's own
identifier is one, whatever words stand near it."""
from __future__ import annotations

import pytest
from table_support import table_test

from gigcheck.detectors.placeholders import PlaceholderVocab
from gigcheck.policy.packs import load_pack

CONTACT = ("GC201", "GC202", "GC203")


def _contact(lint, text):
    return [(f.rule, f.excerpt) for f in lint(text) if f.rule in CONTACT]


def _keys(lint, text):
    return [str(f.key) for f in lint(text) if f.rule in CONTACT]


@pytest.fixture(scope="module")
def pv():
    return PlaceholderVocab(load_pack("fiverr")["vocab"]["grammar"])


@table_test("ident", [
    "tudominio", "suaempresa", "votre-domaine", "ihre-firma", "tuodominio", "вашдомен",
    "sirketiniz", "namatokoanda", "twojafirma", "jouwbedrijf", "aapkibrand", "tencongty",
    "negosyomo", "yourshop", "@yourstore", "your_brand", "akunbisnismu", "prenom.nom",
    "ejemplo", "tvoy_kanal", "tumarca",
])
def test_made_of_placeholder_words(pv, ident):
    assert pv.is_placeholder(ident)


@pytest.mark.parametrize("ident", [
    "yourfavdesigner", "bob.design", "brandstore", "shop", "yourshop2024", "nika_motion",
    "mostore", "maria.voice", "studio", "",
])
def test_a_real_identifier_is_not(pv, ident):
    assert not pv.is_placeholder(ident)


def test_strict_asks_for_a_name_or_an_example(pv):
    """At a webmail provider anyone may own "yourbrand"; "yourname" is a template's."""
    assert not pv.is_placeholder("yourbrand", strict=True)
    assert pv.is_placeholder("yourname", strict=True)
    assert pv.is_placeholder("firstname.lastname", strict=True)
    assert pv.is_placeholder("nombre.apellido", strict=True)


def test_owned_reads_a_first_person_possessive_in_the_clause(pv):
    assert pv.owned("Follow my Instagram: ", 21)
    assert pv.owned("Mi correo es ", 13)
    assert not pv.owned("Your Instagram handle (", 23)
    assert not pv.owned("My shop is new. Your handle: ", 29)


PLACEHOLDERS = [
    "Configuro tus correos tipo ventas@tudominio.com en Zoho.",
    "Crio seu e-mail profissional (contato@suaempresa.com.br).",
    "Je configure vos adresses du type prenom.nom@votre-domaine.fr.",
    "Ich richte Ihre Postfächer wie info@ihre-firma.de ein.",
    "Creo le caselle email aziendali, ad esempio nome@tuodominio.it.",
    "Настрою корпоративную почту вида имя@вашдомен.рф.",
    "Kurumsal e-postanızı (ornek@sirketiniz.com) taşırım.",
    "Saya buatkan email bisnis seperti admin@namatokoanda.com.",
    "Skonfiguruję skrzynki typu kontakt@twojafirma.pl.",
    "Ik zet je zakelijke mailbox op, bijvoorbeeld info@jouwbedrijf.nl.",
    "Aapke liye professional email banaunga jaise contact@aapkibrand.in.",
    "Mình sẽ tạo email tên miền riêng kiểu lienhe@tencongty.vn cho bạn.",
    "Ilalagay ko ang email ng negosyo mo (hal. info@negosyomo.ph) sa flyer.",
    "Tu dirección será algo como hola@tu-empresa.com.mx.",
    "Your bio link instagram.com/yourhandle will point to a Linktree page.",
    "I'll add your profile link (tiktok.com/@yourbrand) to every video end card.",
    "Your Instagram handle (e.g. @yourshop) goes on the packaging mockup.",
    "Tu Instagram (por ejemplo @tumarca) irá en cada diseño.",
    "Votre Instagram (ex. @votremarque) apparaîtra sur chaque visuel.",
    "Dein Instagram-Name (z. B. @deinshop) kommt auf jedes Template.",
    "Ваш Telegram (например, @ваш_канал) будет на каждой карточке.",
    "| What I need from you | Example |\n|---|---|\n| Your store email | owner@yourstore.com |\n| Your IG handle | @yourstore |",
    "Template sender: test@mail.example and ops@staging.test.",
]


@table_test("text", PLACEHOLDERS)
def test_placeholder_is_no_contact(lint, text):
    assert _contact(lint, text) == []


STILL_CONTACT = [
    # "e.g." or a template nearby excuses nothing: the identifier itself is real.
    ("e.g. my email is bob.design@gmail.com", "bob.design@gmail.com"),
    ("For example, write to maria.voice@outlook.com", "maria.voice@outlook.com"),
    ("Email me: yourbrand@gmail.com", "yourbrand@gmail.com"),
    ("Contact: bob@yourfavdesigner.com", "bob@yourfavdesigner.com"),
    # The seller claims a placeholder-looking identifier as theirs.
    ("My email: ventas@tudominio.com", "ventas@tudominio.com"),
    ("Mi Instagram: @tumarca", "@tumarca"),
    ("My Instagram is @yourshop", "@yourshop"),
    ("Follow me on Instagram @yourfavdesigner for updates.", "@yourfavdesigner"),
    ("My Instagram (e.g. @bob_art) has more samples.", "@bob_art"),
    ("Find me at instagram.com/bob.art.studio", "instagram.com/bob.art.studio"),
]


@pytest.mark.parametrize("text,needle", STILL_CONTACT)
def test_real_identifier_is_still_reported(lint, text, needle):
    assert any(needle.lower() in key for key in _keys(lint, text)), text
