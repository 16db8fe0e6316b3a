"""General causes behind the brief's misses,
each with variants and the honest twins beside.

* the buyer's handle asked for in one sentence and the seller's message promised in the next
  ("What's your Instagram? I'll DM you there."), or in the verb's own words, where a clitic "you"
  and a dropped "I" live in the verb ("te escribo por DM", "ti scrivo io", "je t'écris en DM");
  a verb that writes the work too ("ti scrivo i testi", "ich schreibe dir Captions") counts only
  closing its clause or followed by a word of where; the next sentence on the marketplace, or
  about the work, keeps the request the work's;
* the question "what is your" and "pass me your" in more languages;
* a detail word with a messenger after one linking word ("Номер для Viber — на слайді"): the
  messenger's detail, with no "my", said to be in a slide, a cover, a banner; slides, covers and
  banners in Ukrainian, Russian, Polish; a buyer's word around the place ("на банер вашої
  компанії") keeps it the work.
"""
from __future__ import annotations

import pytest
from contact_support import reported, worst

ASKED_THEN_MESSAGED = [
    "What's your Instagram? I'll DM you there.",
    "Send me your Instagram. I'll DM you there.",
    "What's your Instagram handle? I will message you with the details.",
    "Leave your Facebook name. I'll message you there.",
    "Drop your TikTok below.\nI'll DM you a discount code.",
    "## FAQ\n**How do we start?**\nWhat's your Instagram? I'll DM you there.",
    "How it works: send me your Instagram handle. I'll DM you the brief.",
    "Pass me your IG, te escribo por DM",
    "¿Cuál es tu Instagram? Te escribo por ahí.",
    "Pásame tu Instagram y te mando un DM.",
    "dammi il tuo profilo Instagram, ti scrivo io",
    "Qual é o seu Instagram? Te chamo no direct.",
    "Quel est ton Insta ? Je t'écris en DM.",
    "Wie ist dein Instagram? Ich schreibe dir dort.",
    "Какой у тебя инстаграм? Напишу тебе туда.",
    "Podaj swój Instagram, napiszę do ciebie.",
]

WORK_ON_THE_HANDLE = [
    "What's your Instagram? I'll design posts for it.",
    "Send your brand's IG handle so I can match its style",
    "What's your Instagram? I'll message you here on Fiverr when the drafts are ready.",
    "Send me your Instagram handle. I will review your feed and write captions.",
    "¿Cuál es tu Instagram? Lo reviso antes de diseñar.",
    "¿Cuál es tu Instagram? Te escribo los textos de cada post.",
    "dammi il tuo profilo Instagram, studio il tuo stile",
    "dammi il tuo profilo Instagram, ti scrivo i testi dei post",
    "Quel est ton Insta ? J'analyse ton feed avant de commencer.",
    "Drop your TikTok below. I'll audit it for free.",
    "Qual é o seu Instagram? Eu analiso o perfil e te mando o relatório aqui no Fiverr.",
    "Wie ist dein Instagram? Ich schreibe dir passende Captions.",
]

SLIDE_POINTERS = [
    "Номер для Viber — на останньому слайді портфоліо, внизу праворуч.\nДзвоніть, обговоримо деталі.",
    "Номер для Viber указан на последнем слайде портфолио.",
    "Номер для WhatsApp — на обкладинці.",
    "Numer do Telegrama jest na ostatnim slajdzie.",
    "Número para WhatsApp: en la última diapositiva.",
    "Nummer für Signal steht im Titelbild.",
    "### Контакти\nНомер для Viber — на банері профілю.",
]

SLIDES_AS_WORK = [
    "Номер для Viber я додам на банер вашої компанії.",
    "Ваш номер для Viber буде на обкладинці флаєра.",
    "Зроблю банер для вашого Viber-каналу.",
    "Зроблю слайди для презентації, номер слайду на кожному.",
    "Вставлю ваш номер телефону на банер.",
    "Нарисую банер для вашого Telegram-каналу.",
    "Слайд 3: контакти компанії клієнта.",
]


@pytest.mark.parametrize("text", ASKED_THEN_MESSAGED)
def test_a_handle_asked_for_then_messaged_is_an_error(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)


@pytest.mark.parametrize("text", WORK_ON_THE_HANDLE)
def test_a_handle_asked_for_the_work_stays_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)


@pytest.mark.parametrize("text", SLIDE_POINTERS)
def test_a_messengers_number_on_a_slide_is_an_error(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)


@pytest.mark.parametrize("text", SLIDES_AS_WORK)
def test_slides_and_banners_as_the_work_stay_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)
