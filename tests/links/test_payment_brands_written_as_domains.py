"""A payment provider whose brand is written as its domain ("Pagar.me", "Pay.nl"), bare and
without a path, names the gateway the work integrates, not a site to visit; with a scheme or
a path it stays a link."""
from __future__ import annotations

from tests.contact_support import severity_tests

ERRORS = [
    "Pague direto em https://pagar.me/meulink.",
    "Veja os exemplos em pagar.me/loja-do-joao",
]
CLEAN = [
    "Integração de Pix no seu e-commerce via API do Mercado Pago\nou Pagar.me: QR Code dinâmico, webhook de confirmação.",
    "I integrate Pay.nl or Mollie into your webshop checkout.",
]

test_provider_links_are_errors, test_provider_names_stay_clean = severity_tests(ERRORS, CLEAN)
