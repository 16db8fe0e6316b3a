"""The place of a phrase of leaving made the modifier of a noun of another thing ("outside the
site templates") or qualified by one after an "of" word ("fuera de la plataforma de pagos de
Shopify"): outside a template or another's payment system, not the marketplace
(leave_shared.place_qualified). The marketplace left, the place alone, stays flagged."""
from __future__ import annotations

from contact_support import severity_tests, worst

ERRORS = [
    "If we work outside the site, I can give you a discount.",
    "Paga fuera de la plataforma de Fiverr y te hago descuento.",
    "Podemos trabajar fuera de la plataforma, sale más barato.",
]

CLEAN = [
    "I work outside the site templates",
    "Trabajo fuera de la plataforma de pagos de Shopify.",
    "Je travaille en dehors des modèles du site.",
]

test_the_marketplace_left_is_an_error, test_a_qualified_place_stays_clean = severity_tests(ERRORS, CLEAN)


def test_the_place_alone_is_still_read(lint):
    assert worst(lint, "I work faster outside this site.") == "warning"
