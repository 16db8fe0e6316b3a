"""Messaging apps told by their look instead of their name (channel_looks.py): a look of
the pack's `channel_looks` with a noun of an app or its icon, either order, is the
platform, in every language the pack lists; a look in the work's context stays clean."""
from __future__ import annotations

from contact_support import severity_tests

from gigcheck.detectors.channel_looks import look_phrases

ERRORS = [
    "The inbox here is slow, I answer faster on the app with the green icon.",
    "Message me on the paper-plane app for quick answers.",
    "Add me on the little ghost app.",
    "Escríbeme por la app verde.",
    "Schreib mir in der grünen App.",
    "Напишите мне в зелёный мессенджер.",
    "Пишите в зелёном мессенджере.",
    "Écris-moi sur l'appli verte.",
    "Bana yeşil uygulamadan yaz.",
    "Hubungi saya di aplikasi hijau.",
    "Napisz do mnie na zielonej aplikacji.",
    "Escríbeme en la app del fantasmita.",
]
CLEAN = [
    "I design a green icon for your app",
    "I will make a paper-plane logo",
    "I design a little ghost mascot for your app.",
    "Your app gets a green icon and a purple logo.",
    "Diseño el icono verde de tu app.",
    "Ich gestalte das grüne App-Icon für dein Startup.",
    "Я нарисую зелёную иконку для вашего приложения.",
    "Send me your app icon, green or blue, and I will redesign it.",
    "I answer fast here on Fiverr, send me your purple logo draft.",
    "Contact me here if you want a green icon for your app.",
]

test_looks_name_the_app, test_looks_as_the_work_stay_clean = severity_tests(ERRORS, CLEAN)


def test_every_look_goes_with_every_noun_both_ways() -> None:
    got = set(look_phrases({"paper-plane": "telegram", "verde": "whatsapp"}, ["app"]))
    assert ("paper-plane app", "telegram") in got and ("paper plane app", "telegram") in got
    assert ("app verde", "whatsapp") in got and ("verde app", "whatsapp") in got
    assert not any(p in ("verde", "app") for p, _ in got)  # a look or a noun alone is no alias


def test_no_nouns_no_phrases() -> None:
    assert list(look_phrases({"green": "whatsapp"}, [])) == []
    assert list(look_phrases({"green": "whatsapp"}, [" ", ""])) == []  # blank nouns are none
