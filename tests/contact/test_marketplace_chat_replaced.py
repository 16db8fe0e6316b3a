"""The marketplace's messaging named and a messenger put in its place ("Fiverr's chat is slow,
use WhatsApp instead", "the chat here is laggy, let's use the other app"): on-platform
wording that moves the talk off it, an error (market_swaps.py). The marketplace chosen over the messenger, a complaint alone, a refusal
and a messenger as the work stay clean."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "Fiverr's chat is slow, use WhatsApp instead.",
    "El chat de Fiverr es lento, mejor usa WhatsApp.",
    "O chat da Fiverr trava muito, prefira o WhatsApp.",
    "Der Fiverr-Chat ist langsam, nimm lieber Telegram.",
    "Fiverr's inbox is clunky, I'd rather chat on Telegram.",
    # another app, unnamed, put in the place of the marketplace's chat
    "The chat here is laggy, let's use the other app.",
    "El chat de Fiverr es lento, mejor usemos otra app.",
    "O chat da Fiverr trava, melhor a gente usar outro app.",
]

CLEAN = [
    "Instead of WhatsApp, please use the Fiverr chat for all questions.",
    "En vez de WhatsApp, usa el chat de Fiverr para todo.",
    "On Fiverr, rather than WhatsApp, I keep every message in the order page.",
    "Fiverr's chat is slow sometimes, so please be patient with my replies.",
    "I build WhatsApp bots for stores that find Fiverr's chat too slow.",
    "Fiverr's inbox is clunky sometimes, but I'd rather not use Telegram.",
    "Fiverr is where I work; WhatsApp is better for your customers, so I set up WhatsApp Business for you.",
    "The chat here works fine; other apps are not needed.",
    "Fiverr's app is handy, and I also design other apps for startups.",
    "The Fiverr chat is better than other apps for keeping files together.",
    "Fiverr's chat is where we talk; we don't use other apps.",
]

test_messenger_replacing_the_marketplace_is_an_error, test_marketplace_chosen_stays_clean = severity_tests(ERRORS, CLEAN)
