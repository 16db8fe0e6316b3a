"""Issue 12, sixth blind set, leaving: working "directly, outside the platform" said with
"we" as French "on" or a future modal, the seller's own price off the marketplace ("my
off-Fiverr rate"), and "you can find me elsewhere" with the place in the plural. The
honest twins (prices at large, the marketplace's own rates, work done elsewhere before)
stay clean."""
from __future__ import annotations

import pytest
from contact_support import reported

WORK_OUTSIDE = [
    "Pour les projets suivants, on pourra travailler en direct, hors plateforme.",
    "Pour la suite, on continue en direct, hors plateforme.",
    "Para los próximos proyectos podremos trabajar directo, fuera de la plataforma.",
    "Nos próximos projetos poderemos trabalhar direto, fora da plataforma.",
    "Per i prossimi progetti potremo lavorare direttamente, fuori dalla piattaforma.",
    "For the next projects we'll work directly, off the platform.",
]

OWN_PRICE_OUTSIDE = [
    "Ask me in chat how to get my off-Fiverr rate 😉",
    "Ask me about my off-platform price.",
    "Pregúntame por mi tarifa fuera de Fiverr.",
    "Frag mich nach meinem Preis außerhalb von Fiverr.",
    "Demande-moi mon tarif hors Fiverr.",
    "Chiedimi il mio prezzo fuori dalla piattaforma.",
    "Моя цена вне Fiverr ниже.",
    "Benim Fiverr dışındaki fiyatım daha uygun.",
    "Mijn prijs buiten Fiverr is lager.",
]


@pytest.mark.parametrize("text", WORK_OUTSIDE + OWN_PRICE_OUTSIDE)
def test_leaving_is_an_error(lint, text):
    assert [f for f in lint(text) if f.category == "contact" and f.severity.name == "ERROR"]


FOUND_ELSEWHERE = [
    "También me puedes encontrar en otros lados 😉",
    "Me puedes encontrar en otro lado",
    "Você também me encontra em outros lugares 😉",
    "Du findest mich auch woanders.",
    "Mi trovi anche altrove 😉",
    "Vind je me ook elders?",
]


@pytest.mark.parametrize("text", FOUND_ELSEWHERE)
def test_found_elsewhere_is_at_least_a_warning(lint, text):
    assert reported(lint, text)


# The seller's twin: the same words with the channel named are an error.
def test_found_elsewhere_with_a_channel_is_an_error(lint):
    found = lint("También me puedes encontrar en otros lados, en Insta sobre todo 😉")
    assert [f for f in found if f.category == "contact" and f.severity.name == "ERROR"]


HONEST = [
    "Prices outside Fiverr are much higher for this kind of work.",
    "Agencies outside the platform charge more; my price here is fair.",
    "My rates on Fiverr are the lowest.",
    "Our clients are in other places too.",
    "He trabajado en otros lados antes.",
    "Buyers often ask for off-Fiverr communication; I always say no.",
    "I never work off-Fiverr.",
    "Pour les projets suivants, on pourra travailler ensemble ici sur Fiverr.",
    "Fiverr dışındaki deneyimim: 5 yıl ajans işi.",
    "Fiverr dışındaki müşterilerim de memnun.",
]


@pytest.mark.parametrize("text", HONEST)
def test_honest_text_is_clean(lint, text):
    assert not reported(lint, text)


# "Just you and me" right after the marketplace's fees are named: leaving them.
JUST_US_AFTER_FEES = [
    "Tired of service fees? So am I. Let's talk about doing this the old-fashioned way, just you and me.",
    "¿Cansado de las comisiones? Yo también. Hagámoslo a la antigua, solo tú y yo.",
    "Marre des frais de service ? Moi aussi. Faisons ça juste toi et moi.",
    "Sick of the platform cut? Me too. Just you and me from now on.",
]


@pytest.mark.parametrize("text", JUST_US_AFTER_FEES)
def test_just_us_after_the_fees_is_an_error(lint, text):
    assert [f for f in lint(text) if f.category == "contact" and f.severity.name == "ERROR"]


JUST_US_HONEST = [
    "No agencies, no account managers: just you and me working on your logo.",
    "I keep my fees low. Just you and me, no agency.",
    "Fiverr has been my home for years. Just you and me on every order.",
    "I keep my fees low. Just you and me, working together here on Fiverr.",
]


@pytest.mark.parametrize("text", JUST_US_HONEST)
def test_just_us_without_the_fees_is_clean(lint, text):
    assert not reported(lint, text)
