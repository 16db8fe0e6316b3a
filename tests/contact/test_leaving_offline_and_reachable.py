"""Leaving said as taking the dealing offline, and being reachable outside said with an
adjective (issue 12): "Let's take this offline" (the phrase read whole, not under its
"let's take"), "take it offline from there" (the "from" points back to the step before,
no buyer's place qualified), a paid test "here" before the place left (the marketplace is
where it starts, not the way), "joignable / disponible pour vous en dehors de la
plateforme" (a private line promised, as "für dich erreichbar")."""
from __future__ import annotations

import pytest

SERIOUS = ("error", "warning")


def _worst(lint, text):
    sev = {f.severity.name.lower() for f in lint(text) if f.category in ("contact", "payment")}
    return next((s for s in SERIOUS if s in sev), "clean")


ERRORS = [
    "Let's take this offline.",
    "Let's take this offline once you're ready to order.",
    "We can take it offline from there.",
    "Send me your brief, we'll do a small paid test here, and then we can\ntake it offline from there.",
    "We'll do a small paid test here, and then we can leave the platform.",
    "Después de la entrega estoy disponible para ti fuera de la plataforma.",
    "Après la livraison, je suis joignable pour vous en dehors de la plateforme.",
    "Sono disponibile per te fuori dalla piattaforma dopo la consegna.",
    "Estou disponível para você fora da plataforma.",
    "I'm reachable for you outside the platform after delivery.",
]

CLEAN = [
    "Let's not take this offline, everything stays in the Fiverr chat.",
    "If your site is hacked, I take it offline and restore a backup.",
    "We'll do a small paid test here, and then we keep working here for the full order.",
    "We'll do a small paid test here, and then you can leave the platform whenever you like.",
    "When you leave the platform from there, your files stay with you.",
    "Let's take this step by step here on Fiverr.",
    "Je suis disponible pour vous sur la plateforme, 7j/7.",
    "Estoy disponible para ti en la plataforma.",
    "Ce service n'est pas disponible en dehors de la plateforme.",
    "The app will be available outside the platform's store too.",
]


@pytest.mark.parametrize("text", ERRORS)
def test_leaving_offline_or_reachable_outside_is_an_error(lint, text):
    assert _worst(lint, "# I will help\n\n" + text + "\n") == "error"


@pytest.mark.parametrize("text", CLEAN)
def test_close_negatives_stay_clean(lint, text):
    assert _worst(lint, "# I will help\n\n" + text + "\n") == "clean"
