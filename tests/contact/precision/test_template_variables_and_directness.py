"""Round 9 of issue 12: the general causes behind the ninth blind set's false alarms and
misses, each with variants of our own in several languages and the honest sentences next
to them.

* links: a template's variable where the identifier goes (`wa.me/{{phone}}`) and a
  site's documentation or developer pages (`developers.facebook.com/docs/...`) are no
  one's chat or profile;
* leaving: a phrase of directness ("trato directo") in a sentence that keeps the dealing
  inside the marketplace ("siempre dentro de Fiverr") is the seller's manner;
* subject: Thai gig offers ("รับทำระบบ...") make the payment system the work.
"""
from __future__ import annotations

import pytest
from contact_support import reported, warning_tests, worst

HONEST = [
    # template variables where the identifier goes
    "Your new button will use https://wa.me/{{phone}}?text=Hi — the number comes from your settings.",
    "The widget links to https://t.me/<bot_username> once you paste your bot name.",
    "El botón abre https://wa.me/{numero} con el número de tu tienda.",
    "O link fica https://wa.me/[telefone]?text=Olá, com o número da sua loja.",
    "Der Link lautet https://instagram.com/${handle}, aus Ihren Einstellungen gefüllt.",
    "Le bouton pointe vers https://m.me/%PAGE_ID% défini dans votre thème.",
    # documentation and developer pages
    "Docs I follow: https://developers.facebook.com/docs/whatsapp/cloud-api",
    "Sigo la guía oficial: https://developers.facebook.com/docs/messenger-platform",
    "Referência: https://developer.twitter.com/en/docs/twitter-api",
    "Ich halte mich an https://help.instagram.com/581066165581870",
    "Guía oficial: https://developers.facebook.com/docs/instagram-api/ y nada más.",
    # the dealing kept inside the marketplace
    "Trato directo y cercano con cada cliente, siempre dentro de Fiverr.",
    "Atendimento direto e próximo, sempre dentro do Fiverr.",
    "Direct, personal communication with every client, always within Fiverr.",
    "Contatto diretto con ogni cliente, sempre all'interno di Fiverr.",
    "Kontakt bezpośredni z każdym klientem, tylko przez Fiverr.",
    # Thai gig offers: the payment system is the work
    "รับทำระบบจ่ายเงินพร้อมเพย์สำหรับเว็บไซต์",
    "รับทำระบบรับชำระเงินพร้อมเพย์และทรูมันนี่ให้ร้านออนไลน์",
]


@pytest.mark.parametrize("text", HONEST)
def test_honest_sentences_stay_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)


STILL_ERRORS = [
    "Add me: https://wa.me/5215512345678",
    "https://api.whatsapp.com/send?phone=5511974031865&text=Oi",
    "Follow me: instagram.com/luna.designs",
    "Trato directo por WhatsApp, nada dentro de Fiverr.",
    "Mi línea directa para clientes VIP por Telegram, siempre dentro de Fiverr.",
    "Let's deal outside, it's cheaper than inside Fiverr.",
    "โอนเงินผ่านพร้อมเพย์ 0812345678 ได้เลย",
]


@pytest.mark.parametrize("text", STILL_ERRORS)
def test_contact_and_leaving_beside_them_stay_errors(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)


# Wording and leaving: "beyond" the marketplace, continuing or handling the work outside
# it, the seller's personal number, and the buyer told to ask the seller for a channel.
LEAVING_AND_WORDING = [
    "Let's connect beyond Fiverr for a smoother long-term workflow.",
    "Podemos seguir más allá de Fiverr, te escribo.",
    "Let's talk beyond the platform, it's easier.",
    "Possiamo continuare fuori da Fiverr per i prossimi lavori.",
    "Podemos continuar fuera de Fiverr para los próximos trabajos.",
    "Wir können außerhalb von Fiverr weitermachen.",
    "Pour les gros projets, on peut traiter en direct, hors plateforme.",
    "My personal number is available for VIP clients, ask in chat.",
    "VIP clients get my personal number.",
    "Me pede o contato do zap que eu passo.",
    "Minta nomor WA aku di chat ya, biar fast respon.",
    "Pídeme el número de WhatsApp por chat.",
    "Demandez-moi le numéro WhatsApp en message.",
    "Frag mich nach der Telegram-Nummer im Chat.",
    "Chiedimi il numero WhatsApp in chat.",
]


@pytest.mark.parametrize("text", LEAVING_AND_WORDING)
def test_leaving_and_contact_on_request_are_errors(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)


HONEST_WORDING = [
    "My skills go beyond Fiverr gigs: I ran an agency for 10 years.",
    "I never share my personal number.",
    "Your personal number stays private: I never see it.",
    "I will build a personal number generator for your raffle.",
    "Minta revisi lewat chat Fiverr kapan saja.",
    "Minta integrasi WhatsApp API untuk toko kamu.",
    "Ask me for the Instagram caption pack in chat.",
    "Pídeme el bot de Telegram que necesites.",
    "Me pede uma arte para o Instagram.",
    "Mis trabajos fuera de Fiverr incluyen agencias.",
]


@pytest.mark.parametrize("text", HONEST_WORDING)
def test_honest_wording_stays_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)


# Other ways to reach the seller, none named: a warning in every language.
OTHER_WAYS = [
    "Es gibt auch andere Wege, mich zu erreichen.",
    "Je kunt me ook op een andere manier bereiken, vraag maar.",
    "Hay otras formas de contactarme, pregunta.",
    "Existem outras formas de me contatar.",
    "Il y a d'autres moyens de me joindre.",
    "Ci sono altri modi per raggiungermi.",
    "Ada cara lain untuk menghubungi saya.",
]

test_other_ways_to_reach_the_seller_are_warnings = warning_tests(OTHER_WAYS)


NO_OTHER_WAYS = [
    "Il n'y a pas d'autres moyens de me joindre que Fiverr.",
    "Hier auf Fiverr gibt es keine anderen Wege, mich zu erreichen.",
    "No hay otras formas de contactarme fuera de Fiverr, solo aquí.",
]


@pytest.mark.parametrize("text", NO_OTHER_WAYS)
def test_no_other_way_than_the_marketplace_is_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)


# Pointers with no identifier written: more ways to reach the seller, "where else",
# "the other platform": warnings, errors once a channel is named ("the bird app").
def test_more_ways_to_reach_me_with_a_channel_is_an_error(lint):
    text = "Check my bio on the bird app for more ways to reach me."
    assert worst(lint, text) == "error", reported(lint, text)


POINTER_HINTS = [
    "You know where else to find me 😉",
    "Se cerchi il mio nome sull'altra piattaforma mi trovi subito.",
    "Mi trovi anche sull'altra piattaforma.",
    "There are more ways to contact me, just ask.",
]

test_hints_at_other_places_are_warnings = warning_tests(POINTER_HINTS)


@pytest.mark.parametrize("text", [
    "I will migrate your store from one platform to the other platform.",
    "Your customers will have more ways to reach you.",
])
def test_the_buyers_platforms_and_ways_stay_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)
