"""A service refused with "nothing of/by" right before it or its list stays clean; an
incentive's "no" further away keeps the offer an error.
"""
from __future__ import annotations

import pytest
from contact_support import reported, worst

# A service refused with "nothing of/by" right before it or before its list ("nada de
# WhatsApp ou Pix por fora"); further away that "no" is an incentive's ("Nada de
# comisiones: págame por PayPal") and stays an offer.
NOTHING_BY = [
    "Depois do pedido, mando tudo pelo chat da Fiverr — nada de WhatsApp ou Pix por fora.",
    "Nada de PayPal por fora.",
    "Nada de transferencias ni PayPal: todo por Fiverr.",
    "Niente bonifici o PayPal fuori da Fiverr.",
    "Nichts per PayPal, alles über Fiverr.",
    "Pagamento só pela Fiverr, nada via Pix.",
    "Rien par PayPal ni Lydia, tout passe par Fiverr.",
    "Nothing via PayPal or Zelle, everything through Fiverr.",
    "Ничего через PayPal, только через Fiverr.",
    "Nada de Bizum: se paga en Fiverr.",
]

NOTHING_BUT_OFFERS = [
    "Nada de comisiones: págame por PayPal.",
    "Nada de comisión por PayPal, te ahorras el 20%.",
    "Nada de esperas, págame por Pix y empiezo ya.",
    "Nothing via Fiverr, pay me on PayPal.",
]


@pytest.mark.parametrize("text", NOTHING_BY)
def test_a_service_refused_with_nothing_by_is_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)


@pytest.mark.parametrize("text", NOTHING_BUT_OFFERS)
def test_an_incentives_no_keeps_the_offer(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)
