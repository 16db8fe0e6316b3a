"""Round 13 of issue 12 (recall): the general causes behind the thirteenth blind set's
misses, each with variants of our own in several languages and the honest sentences
next to them.

* handle-verb: an "@name" a few words of any language from a messaging verb, in either
  order ("contactez-moi -> @x", "DM 주세요 → @x", "msg karo bhai @x", "@x, folg mir");
  not a decorator, a package path, a template's "@yourbrand" or a CSS rule.
"""
from __future__ import annotations

import pytest
from contact_support import reported, worst

ERRORS = [
    # handle-verb: words between the verb and the "@name", or the name first
    "escríbeme ya mismo → @carla_disena",
    "Schreib mir einfach kurz @jonas.grafik",
    "DMください → @yuki_art.jp",
    "напишите мне сюда 👉 @ivan_dev88",
    "mesaj atın lütfen @ayse.tasarim",
    "scrivimi pure qui: @giulia.design",
    "hubungi saja @budi_desain",
    "@maria.ilustra — escríbeme",
    "napisz do mnie śmiało @kasia_grafika",
    "stuur me gerust een bericht @daan.design",
    "Wasiliana nami kupitia @juma_designs",
    "연락 주세요 @minji_design",
    "私信我 @xiaolin_art",
    "contactez-moi -> @amelie_traduit",
    "Mujhe msg karo bhai @rohit_edits_official pe",
]

CLEAN = [
    "Follow the @media rules for responsive layouts.",
    "I will message your followers from @yourbrand.",
    "Contact form built with @emailjs/browser.",
    "I will write message handlers with @bot.message_handler for your shop.",
    "Message handlers decorated with @app.task run in the background.",
    "Chat widget styled with @tailwindcss/forms.",
    "Message me here for details. @2x retina images included.",
    'Your bot replies: "Hi! Contact us at support@yourshop.com or @yourshop_help".',
]


@pytest.mark.parametrize("text", ERRORS)
def test_errors(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)


@pytest.mark.parametrize("text", CLEAN)
def test_honest_sentences_stay_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)
