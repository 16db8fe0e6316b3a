""""No middlemen" (or "without going through the site") with "we", a verb of working
together and a condition: an offer to the buyer to deal without the marketplace once the
first order went well, an error in every language. Honest twins: the seller's own studio
working without middlemen (no condition), "I do the work myself" (no "we"), the
marketplace's own messages named as the way."""
from __future__ import annotations

import pytest
from contact_support import worst

OFFERS = [
    "If you like the first order, we can work without middlemen from then on.",
    "Se gostar do resultado, podemos trabalhar sem intermediários nos próximos projetos.",
    "Si te gusta el primer encargo, podemos trabajar sin intermediarios.",
    "Wenn dir das Ergebnis gefällt, können wir ohne Vermittler arbeiten.",
    "Se ti trovi bene, possiamo lavorare senza intermediari dal secondo lavoro.",
    "Якщо вам сподобається, можемо працювати без посередника.",
    "Якщо співпраця сподобається — далі можемо працювати без посередників.",
    "Kazi ijayo tunaweza kufanya kazi bila kupitia tovuti hii.",
]

TWINS = [
    "We are a small studio and work without middlemen.",
    "I do the work myself, no middlemen, no subcontractors.",
    "Ми студія і працюємо без посередників, напряму з авторами.",
    "Trabajo sin intermediarios: si hay dudas, te respondo yo mismo aquí.",
    "Ninafanya kazi hii mwenyewe, bila kupitia mtu mwingine.",
    "Tunaweza kufanya kazi hapa kwenye tovuti hii, kwa ujumbe wa Fiverr.",
]


@pytest.mark.parametrize("text", OFFERS)
def test_offers_without_the_marketplace_are_errors(lint, text):
    assert worst(lint, text) == "error"


@pytest.mark.parametrize("text", TWINS)
def test_the_sellers_manner_is_clean(lint, text):
    assert worst(lint, text) == "clean"
