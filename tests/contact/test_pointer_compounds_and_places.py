"""General causes behind blind misses and false alarms of pointers and leaving.

* a hyphenated compound of a channel and an account word ("WhatsApp-Nummer",
  "WhatsApp-nummer", "Skype-ID") is the seller's account, not the work, when a place is
  pointed to; a compound with a work word ("WhatsApp-Chatbot") stays the work;
* camel-case product names ("YouTube", "WordPress") are no user names after a folded
  intro: the Portuguese "é" ("is") folds to the conjunction "e" ("TikTok e YouTube").
"""
from __future__ import annotations

import pytest

SERIOUS = ("error", "warning")


def _worst(lint, text):
    found = [f for f in lint(text) if f.category in ("contact", "payment") and f.severity.name.lower() in SERIOUS]
    if any(f.severity.name == "ERROR" for f in found):
        return "error"
    return "warning" if found else "clean"


COMPOUND_POINTERS = [
    "Meine WhatsApp-Nummer steht auf meinem Profilbild.",
    "Meine WhatsApp-Nummer steht im Video.",
    "Mijn WhatsApp-nummer staat in de video.",
    "Meine Telegram-ID steht im Titelbild.",
    "Mein Skype-Name steht im Wasserzeichen der Beispiele.",
    "Mijn Telegram-gebruikersnaam staat op de omslag.",
]

HONEST = [
    # compounds that are the work
    "Ich baue Ihren WhatsApp-Chatbot, eine Demo steht im Video.",
    "Meine WhatsApp-Chatbots stehen im Video als Demo.",
    "Ihre WhatsApp-Nummer steht dann auf dem Flyer.",
    "Die Telegram-Bot-Demo ist im Video zu sehen.",
    # camel-case product names after a conjunction
    "Entrego em 1080x1920 a 60 fps, pronto para Instagram Reels, TikTok e YouTube Shorts.",
    "Pronto para Reels, TikTok\ne YouTube Shorts.",
    "Post per Instagram e WordPress, con immagini ottimizzate.",
    "Video per TikTok e YouTube, montaggio incluso.",
    "Conteúdo para LinkedIn e HubSpot, com relatórios.",
    "Edito para TikTok e PowerPoint? Não, só vídeos.",
]

STILL_HANDLES = [
    "Meu TikTok é JoanaEdits e meu Insta é joana.edits",
    "Mi TikTok es MariaArte22",
    "Sigue mi TikTok e YouTube: @mariaarte",
    "Meu Instagram é @ana.edita",
]


@pytest.mark.parametrize("text", COMPOUND_POINTERS)
def test_compound_account_pointers_are_errors(lint, text):
    assert _worst(lint, text) == "error"


@pytest.mark.parametrize("text", HONEST)
def test_honest_sellers_stay_clean(lint, text):
    assert _worst(lint, text) == "clean"


@pytest.mark.parametrize("text", STILL_HANDLES)
def test_real_handles_still_found(lint, text):
    assert _worst(lint, text) == "error"


# Leaving said with verbs that carry "we" (Turkish, Italian) or are inflected.
LEAVING_ERRORS = [
    "Fiverr dışında çalışırsak size %20 indirim yapabilirim.",
    "Fiverr dışında çalışalım.",
    "Fiverr dışında çalışabiliriz.",
    "Platform dışında konuşalım.",
    "Platform dışında anlaşalım, daha ucuz olur.",
    "Possiamo accordarci fuori dalla piattaforma per risparmiare.",
    "Accordiamoci fuori da Fiverr.",
    "Lavoriamo fuori dalla piattaforma, costa meno.",
    "Możemy pracować poza platformą, będzie taniej.",
    "We kunnen buiten Fiverr om samenwerken.",
    "Kita bisa bekerja di luar platform supaya lebih murah.",
]

LEAVING_HONEST = [
    "Fiverr dışında çalışmıyorum, tüm iletişim burada.",
    "Fiverr dışında hiçbir şekilde çalışmıyorum.",
    "Bu işte Fiverr dışında çalışan tasarımcılar da var, ama ben burada çalışıyorum.",
    "Size Fiverr üzerinden özel teklif gönderebilirim.",
    "Benimle Fiverr mesajları üzerinden konuşabilirsiniz.",
    "Non lavoro mai fuori dalla piattaforma.",
    "Lavoriamo insieme su Fiverr, tutto tramite la piattaforma.",
    "Sentiamoci qui su Fiverr per i dettagli.",
    "Nigdy nie pracuję poza platformą.",
    "Ik werk nooit buiten Fiverr om.",
    "Tell me the logo size you want and I will deliver it here.",
]


@pytest.mark.parametrize("text", LEAVING_ERRORS)
def test_leaving_with_we_verbs_is_an_error(lint, text):
    assert _worst(lint, text) == "error"


@pytest.mark.parametrize("text", LEAVING_HONEST)
def test_leaving_look_alikes_stay_clean(lint, text):
    assert _worst(lint, text) == "clean"


# A part of the place between the tying word and the place ("at the end of the video").
PLACE_PART_POINTERS = [
    "The Telegram handle is shown at the end of the gig video.",
    "My Telegram handle is shown at the end of the gig video.",
    "Mi número de WhatsApp está en la esquina de mi foto de perfil.",
    "Mon ID Skype est en bas à droite de la dernière image.",
    "Il mio numero WhatsApp è alla fine del video della gig.",
]

PLACE_PART_HONEST = [
    "My WhatsApp chatbot is shown at the end of the gig video.",
    "Your WhatsApp number is shown at the end of the video we make.",
    "My Instagram account grew to 20k followers with the Reels and the photos I post.",
    "My Telegram bot for your shop answers in seconds, watch the demo at the end of the video.",
    "My Instagram handle? I don't share it, everything stays at the end of the order here.",
]


@pytest.mark.parametrize("text", PLACE_PART_POINTERS)
def test_pointer_to_a_part_of_a_place(lint, text):
    assert _worst(lint, text) == "error"


@pytest.mark.parametrize("text", PLACE_PART_HONEST)
def test_place_part_look_alikes_stay_clean(lint, text):
    assert _worst(lint, text) == "clean"


# Korean: the place's particle is glued to it ("썸네일에"); the buyer's account is the work.
KOREAN_POINTERS = [
    "카톡 아이디는 썸네일 두 번째 사진에 있어요.",
    "카톡 아이디는 썸네일에 있어요.",
    "제 카톡 아이디는 썸네일에 있어요.",
    "카카오톡 아이디는 프로필 사진에 있어요.",
    "텔레그램 아이디는 영상 안에 있어요.",
]

KOREAN_HONEST = [
    "카카오톡 챗봇 데모는 영상에 있어요.",
    "고객님의 카톡 아이디는 썸네일에 넣어 드립니다.",
    "귀하의 텔레그램 아이디는 영상 안에 넣어 드립니다.",
]


@pytest.mark.parametrize("text", KOREAN_POINTERS)
def test_korean_pointers(lint, text):
    assert _worst(lint, text) == "error"


@pytest.mark.parametrize("text", KOREAN_HONEST)
def test_korean_look_alikes_stay_clean(lint, text):
    assert _worst(lint, text) == "clean"
