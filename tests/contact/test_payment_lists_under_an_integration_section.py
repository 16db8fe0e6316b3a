"""A list under a head that says nothing of payments ("**Incluye**", "**Ce que vous
obtenez**") is read with its section: a heading or lead paragraph that makes payments the
work (integration) makes its weak offers the work too. A list of payments under a section
about something else stays flagged."""
from __future__ import annotations

from tests.contact_support import severity_tests

ERRORS = [
    "## Sobre mí\n\nDiseño logotipos para tiendas.\n\n**Pagos**\n- Bizum o PayPal, como prefieras",
]

CLEAN = [
    "## Pagos con Bizum para tu tienda\n\nIntegro Bizum y Redsys en tu tienda WooCommerce.\n\n"
    "**Incluye**\n- Bizum como método de pago\n- Pruebas en entorno de test",
    "## Paiement en ligne pour votre site\n\nJ'intègre Stripe et PayPal sur votre site.\n\n"
    "**Ce que vous obtenez**\n- Paiement par carte, Apple Pay et PayPal\n- Tests en sandbox",
]

test_payment_lists_elsewhere_stay_errors, test_integration_sections_stay_clean = severity_tests(ERRORS, CLEAN)
