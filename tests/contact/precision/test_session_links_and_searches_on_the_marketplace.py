"""The general causes behind the non-policy false alarms
of rt14, rt15 and rt19 and of the known leftovers, with honest variants of our own in 17
languages (appended to dev.jsonl as `dev-neg-<family>-27x..`, note "detG hard negative"),
next to the positives that must stay caught:

* a meeting room's link (Zoom, Meet, Teams) promised after the order or sent through the
  marketplace's messages is the session's (GC205 info), not a contact detail; the time
  after the order in ja/zh/tl/id/tr/pl/nl/ar/hi/vi;
* a name searched ON the marketplace is its own search box;
* a bare identifier left in another script after look-alikes are folded is a word
  ("Telegram-канал: аватар"), not a username;
* refusals and rules: CJK "please do not" (请勿) before and refusals after (お断り), the
  Spanish "No" + first-person verb, a negation over a list's commas and over "or"/"ni";
* "Other ways …: <the marketplace's own packages/subscription>" is no hint; the buyer's
  thing said to be the same everywhere is the work;
* the buyer's brand speaking in copy the seller writes ("Contact us:", "Customers can
  DM") makes an "@your…" name a stand-in.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from contact_support import reported, worst
from table_support import table_test

DEV = Path(__file__).resolve().parents[2] / "data" / "adversarial" / "dev.jsonl"


def _own_negatives() -> list[str]:
    cases = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [c["text"] for c in cases if c["expect"] == "clean" and "detG" in (c.get("note") or "")]


NEGATIVES = _own_negatives()

NAMED = [  # the brief's and the blind sets' sentences, each a cause above
    'Search "Nordic Pine Studio" on Fiverr to see my other gigs (video editing and thumbnails).',
    "所有沟通和付款都在平台内完成，请勿私下联系。",
    "Оформлю ваш Telegram-канал: аватар, обложка, закреп.",
    "ご購入後、Zoomのリンクをココナラのトークルームでお送りします。",
    "ご購入後、Fiverrのメッセージ内でZoomリンクをお送りします。",
    "Pagkatapos ng order, ipapadala ko ang Zoom link sa Fiverr chat.",
    "Other ways to work with me: Basic, Standard and Premium packages, or a monthly Fiverr subscription.",
    "Contact us: @yourshop_support",
    "Customers can DM @yourbrand",
    "No agrego clientes a mi WhatsApp personal.",
    "No comparto mi WhatsApp personal con clientes.",
    "すべてのやり取りはココナラ内で行います。外部での連絡はお断りしています。",
    "I won't\nshare my phone number\nor take calls off Fiverr — all chat stays here.",
    "O nome da sua marca será o mesmo em todas as redes — eu padronizo bio, foto e destaques.",
    "El nombre de tu marca será igual en todas las redes.",
    "Per Fiverr's Terms of Service, sellers may not ask for email, phone or payment outside the platform — "
    "so please don't ask me to.",
    "No pido correo, teléfono ni pago fuera de Fiverr.",
    "Otras formas de trabajar conmigo: paquetes Básico, Estándar y Premium.",
    "Outras formas de trabalhar comigo: pacotes ou oferta personalizada.",
    "Zoomリンクはファイバーのメッセージでお送りします。",
    "Пишите здесь, в Instagram я не отвечаю.",
    "Lütfen burada yazın, Instagram'dan cevap vermiyorum.",
    "Pisz tutaj, na Instagramie nie odpowiadam.",
    'Botones: "Llámanos", "Escríbenos por WhatsApp" para tu landing.',
    'Botões: "Fale conosco no WhatsApp" para o seu site.',
    "Ad account setup:\nact_\n1029384756\n(your Meta ad account ID goes here)",
]

ERRORS = [  # next to each cause: still errors
    "After ordering, I'll give you my WhatsApp for the session.",
    "ご購入後、LINEのIDをお送りします。",
    "After you order I will send you my Zoom link and my Skype.",
    "Setelah order, saya kasih nomor WA saya ya.",
    "Siparişten sonra WhatsApp numaramı veririm.",
    'Search "Nordic Pine Studio" on Instagram to see my work.',
    'Google "Nordic Pine Studio" and call us.',
    "请私下联系我，微信更方便。",
    "外部で連絡しましょう。",
    "LINEで連絡してください。",
    "Hablemos por fuera, es más barato.",
    "No privado me chama no zap.",
    "No zap: me chama que eu respondo.",
    "No problem with revisions and message me on WhatsApp for faster replies.",
    "No photo edits and message me on WhatsApp.",
    "I don't share my number, and please message me on WhatsApp.",
    "Other ways to reach me: Telegram, same name.",
    "Other ways to work with me: outside Fiverr, cheaper.",
    "follow me @mira.designs",
    "follow me @yourbrand",
    "Contact us: @pixelfox_studio",
    "Customers can DM @mira.designs",
    "Email, phone or payment outside Fiverr are all fine with me.",
    "I don't do calls, but payment outside Fiverr is fine.",
    "Telegram: тоmаs_design",
    "Write me here, or on WhatsApp for faster replies.",
    "Пишите здесь или в Telegram.",
    "Escríbeme aquí, también por WhatsApp.",
    "Message me here, then on WhatsApp we finish.",
    '"Escríbeme por WhatsApp" y te paso el precio.',
    '"Message me on WhatsApp" — I answer fast.',
    'Escríbeme por WhatsApp "para tu landing" ok.',
    "whatsapp_\n5551234567",
    "Call me: mira_\n5551234567",
]

HINTS = [  # at least a warning
    "Other ways to work with me: just ask, I'm everywhere.",
    "You can find me elsewhere too: same name on all sites, not only Fiverr.",
    "Estou em todas as redes com o mesmo nome, procura lá.",
    "Me encuentras en todas las redes como tu diseñadora favorita.",
    "Other ways to work with me: packages here, or my Telegram for custom deals.",
    "Otras formas de trabajar conmigo: por fuera, sin paquetes.",
]


def test_the_hard_negatives_are_many_and_many_languages():
    cases = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    mine = [c for c in cases if "detG hard negative" in (c.get("note") or "")]
    assert len(mine) >= 150
    assert len({c["lang"] for c in mine}) >= 12


@table_test("text", NEGATIVES)
def test_an_honest_sellers_sentence_is_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)


@table_test("text", NAMED)
def test_the_named_false_alarms_are_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)


@table_test("text", ERRORS)
def test_the_seller_next_to_each_cause_stays_an_error(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)


@pytest.mark.parametrize("text", HINTS)
def test_hints_next_to_each_cause_stay_reported(lint, text):
    assert worst(lint, text) != "clean", reported(lint, text)


def test_a_session_link_after_the_order_is_noted_for_the_editor(lint):
    found = [f.rule for f in lint("Pagkatapos ng order, ipapadala ko ang Zoom link sa Fiverr chat.")]
    assert "GC205" in found
