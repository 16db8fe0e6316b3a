"""The rest of the seller's WORK shown elsewhere ("The rest of my samples are elsewhere, ask
me") is being found there, a warning, not the rest of the deal taken away, which stays an
error.
"""
from __future__ import annotations

import pytest
from contact_support import reported, worst

REST_OF_WORK = [  # at most a warning (found elsewhere, no channel)
    "The rest of my samples are elsewhere, ask me.",
    "The rest of my portfolio is elsewhere.",
    "El resto de mis trabajos está en otro lado, pregúntame.",
    "Le reste de mes travaux est ailleurs.",
    "Der Rest meiner Arbeiten ist woanders, frag mich.",
    "Il resto dei miei lavori è altrove.",
    "De rest van mijn werk staat ergens anders.",
    "Resztę moich prac mam gdzie indziej.",
    "The remaining examples of my work are somewhere else.",
    "Lo demás de mis proyectos está en otra parte.",
]

REST_OF_DEAL = [  # the rest of the deal or its payment taken away: errors
    "Half here, the rest elsewhere.",
    "The rest we settle elsewhere, cheaper.",
    "Die Hälfte hier, den Rest machen wir woanders.",
    "Metade aqui, o resto por fora.",
    "La otra mitad me la pagas por fuera.",
]


@pytest.mark.parametrize("text", REST_OF_WORK)
def test_the_rest_of_the_work_elsewhere_is_at_most_a_warning(lint, text):
    assert worst(lint, text) != "error", reported(lint, text)


def test_the_rest_of_the_work_elsewhere_is_still_a_hint(lint):
    assert worst(lint, "The rest of my samples are elsewhere, ask me.") == "warning"


@pytest.mark.parametrize("text", REST_OF_DEAL)
def test_the_rest_of_the_deal_elsewhere_stays_an_error(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)
