"""Contact details cut by layout and cues written the way a
language writes them — an address broken before its "@domain", "my number" as one
Arabic word with its possessive suffix, a cue inflected with a hyphenated case ending
("BLIK-iem", "SMS-em") — and the honest texts beside them that must stay clean.
"""
from __future__ import annotations

import pytest

from gigcheck import lint_text, load_config
from gigcheck.text.spacing import join_hyphenated

CONFIG = load_config(discover=False)
GIG = "---\ntitle: I will edit your video\n---\n"


def _contact(text: str) -> list:
    return [
        f for f in lint_text(GIG + text, config=CONFIG)
        if f.category in ("contact", "payment", "links") and str(f.severity) in ("error", "warning")
    ]


def _errors(text: str) -> bool:
    return any(str(f.severity) == "error" for f in _contact(text))


FOUND = [
    # an address broken right before its "@domain", in several languages
    "お問い合わせは\nメール\nyuki.tanaka\n@yahoo.co.jp\nまで",
    "Escreva para\nana.souza\n@uol.com.br\nque respondo rápido",
    "Schreib mir:\nlena_k88\n@gmx.de",
    "Пишите:\nivan.petrov\n@mail.ru",
    "Email kami:\nstudio.rinjani\n@yahoo.co.id",
    # "my number / my phone" as one Arabic word, the number over several lines
    "رقمي\n٠٥٥\n١٢٣\n٤٥٦٧",
    "هاتفي\n050\n123\n4567",
    "جوالي:\n٠٥٠\n٩٨٧\n٦٥٤٣",
    # a cue with a hyphenated case ending; BLIK pays to a phone number
    "Dopłatę proszę przesłać BLIK-iem na numer 512 345 678.",
    "Płatność BLIKiem na numer 600 700 800, szybciej.",
    "Napisz SMS-a na 512 345 678, odpiszę od razu.",
]


@pytest.mark.parametrize("text", FOUND)
def test_cut_or_inflected_contact_is_an_error(text):
    assert _errors(text)


CLEAN = [
    "Numer faktury 512 345 678 widnieje na projekcie.",  # "number" itself says nothing
    "Logo w wersji PDF-a i SVG-a, 3 poprawki, 2 dni.",
    "Roboty SEO-we: 50 fraz, raport co 7 dni.",
    "رقم الطلب 512345678 يظهر في الفاتورة",  # an order number
    "Follow the\n@media queries\nin the stylesheet",
]


@pytest.mark.parametrize("text", CLEAN)
def test_honest_text_stays_clean(text):
    assert not _contact(text)


def test_break_before_at_joined_only_before_a_domain():
    assert join_hyphenated("yuki.tanaka\n@yahoo.co.jp").text == "yuki.tanaka@yahoo.co.jp"
    assert join_hyphenated("Telegram\n@lucas").text == "Telegram\n@lucas"
    assert join_hyphenated("see\n@media print").text == "see\n@media print"


TABLE_FOUND = [
    # a number run on from the last filled cell of a row into the first of the next
    "| Kontakt | |\n|---|---|\n| tel. | 601 |\n| | 234 567 |",
    "| Contacto | |\n|---|---|\n| WhatsApp | 612 345 |\n| 678 | |",
    "| Contato | | |\n|---|---|---|\n| | zap | 11 98765 |\n| 4321 | | |",
]

TABLE_CLEAN = [
    "| Plan | Price |\n|---|---|\n| Basic | 15 |\n| 30 | 45 |",
    "| Paket | Preis |\n|---|---|\n| Basic | 601 |\n| Pro | 234 567 |",
    "| Size | px |\n|---|---|\n| width | 1080 |\n| 1920 | height |",
]


@pytest.mark.parametrize("text", TABLE_FOUND)
def test_number_run_over_two_rows_is_found(text):
    assert any(f.rule == "GC202" for f in _contact(text))


@pytest.mark.parametrize("text", TABLE_CLEAN)
def test_numbers_in_neighbouring_rows_stay_apart(text):
    assert not _contact(text)


BRACKETED_LETTER = [
    # one letter bracketed inside a channel's name, the handle in any form
    "Sk{y}pe: (m)(a)(r)(c)(o).(b)(e)(n)(t)(o)",
    "Te(l)egram: @nika_art",
    "Wh{a}tsApp me for details",
    "Dis[c]ord: nika#2231",
    "Insta[g]ram: @luz.design",
    "Escríbeme por Tele(g)ram: @luz_dsgn",
]


@pytest.mark.parametrize("text", BRACKETED_LETTER)
def test_letter_bracketed_inside_a_name_is_read_whole(text):
    assert _errors(text)


@pytest.mark.parametrize("text", [
    "Add the file(s) to your order(s), max 3 revision(s).",
    "I build (T)elegram bots in Python with inline keyboards.",
    "Options: (a) logo only, (b) logo + card, (c) full kit.",
    "f(x) plots and [x] checkboxes in your Notion template",
])
def test_bracketed_letters_in_honest_text_stay_clean(text):
    assert not _contact(text)


USED_FOR = [
    # the channel as what to use, the contact verb its purpose
    "Use WhatsApp to reach me.",
    "Scan the QR code to chat with me directly.",
    "Scan the QR code in gallery image #3 to chat with me directly.",
    "Usa Telegram para escribirme cuando quieras.",
    "Utilisez WhatsApp pour me contacter.",
    "Use my Telegram to message me after hours.",
]


@pytest.mark.parametrize("text", USED_FOR)
def test_channel_used_to_contact_me_is_an_error(text):
    assert _errors(text)


@pytest.mark.parametrize("text", [
    "I use Telegram to talk to my clients' customers through your bot.",
    "I use Slack to communicate with your team.",
    "We use Zoom to review the draft together after you order.",
    "Use the Fiverr chat to reach me.",
    "Scan the QR code to see the menu.",
    "Use Telegram in your app to alert your staff.",
])
def test_channel_used_for_the_work_stays_clean(text):
    assert not _contact(text)


@pytest.mark.parametrize("text", [
    "微\n信\n号：\nchen_studio_88",
    "T\ne\nl\ne\ng\nr\na\nm\n@nika_art",
    "L\nI\nN\nE：\nyuki_design",
    "S\nk\ny\np\ne\n: nora.tr",
])
def test_a_name_written_one_letter_a_line_is_read_whole(text):
    assert _errors(text)


def test_one_letter_lines_join_only_with_each_other():
    assert join_hyphenated("微\n信\n号：\nchen").text == "微信号：\nchen"
    assert join_hyphenated("a\nb c").text == "a\nb c"  # a line of prose stays apart
    assert not _contact("Choose\nA\nB\nor C for the logo layout.")


@pytest.mark.parametrize("text", [
    "電話：ゼロキューゼロ・イチニーサンヨン・ゴーロクナナハチ",
    "LINEの番号はゼロハチゼロ イチニーサンヨン ゴーロクナナハチまで",
    "携帯 ゼロナナゼロ-キューハチナナロク-ゴーヨンサンニー",
])
def test_phone_in_katakana_readings_is_found(text):
    assert _errors(text)


@pytest.mark.parametrize("text", [
    "サンプル画像、ロゴデザイン、ナナハチ",  # numerals inside words, too few alone
    "サンサンサンサン企画のロゴ",
    "ハチミツとレモンのパッケージデザイン",
])
def test_katakana_words_holding_numerals_stay_clean(text):
    assert not _contact(text)


@pytest.mark.parametrize("text", [
    "Meine Handynummer steht im Impressum meiner Website.",
    "Mijn telefoonnummer staat in de laatste afbeelding.",
    "Mi número de celular está en la portada del video.",
    "Il mio numero di cellulare è nella copertina.",
    "Moja Mobilnummer ist im letzten Bild versteckt.",
])
def test_phone_compound_pointed_into_a_place_is_an_error(text):
    assert _errors(text)


@pytest.mark.parametrize("text", [
    "Ich baue ein Formular, das die Handynummer Ihrer Kunden abfragt.",
    "Handynummer-Validierung für Ihr Shopify-Formular",
    "Die Handynummer Ihrer Kunden kommt ins Impressum.",
    "Füge deine Handynummer ins Impressum ein, ich gestalte es.",
])
def test_phone_compound_as_the_work_stays_clean(text):
    assert not _contact(text)


@pytest.mark.parametrize("text", [
    "mera number: nau aath saat, chhah paanch chaar, teen do ek shunya",
    "WhatsApp: nau aath do, saat chhah paanch, chaar teen do ek",
    "bel me: nul zes een twee drie vier vijf zes zeven",
])
def test_numerals_that_are_words_elsewhere_read_between_numerals(text):
    assert _errors(text)


@pytest.mark.parametrize("text", [
    "I do 3 revisions and do 2 drafts in 5 days.",
    "I can do one, two or three logos for you.",
    "Ik maak een logo in twee dagen, drie revisies.",
])
def test_those_words_in_prose_stay_words(text):
    assert not _contact(text)
