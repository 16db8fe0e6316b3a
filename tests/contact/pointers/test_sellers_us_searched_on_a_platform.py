"""A search asked of the buyer with the seller's "us" as its object and a platform after it
(`search_verbs`: "Búscanos en Insta …", "Search us on Instagram", "Cherchez-nous sur Instagram"):
a pointer to the seller's account there, as "search me" is. Not the marketplace, not a history."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "Búscanos en Insta como el nombre del estudio y te pasamos la tarifa de clientes directos.",
    "Search us on Instagram as Mira Studio.",
    "Cherchez-nous sur Instagram : Atelier Mira.",
]

CLEAN = [
    "Búscanos en Fiverr para ver más gigs.",
    "Encuéntranos aquí en la plataforma.",
    "Clients find us on Instagram every week.",
]

test_searches_for_us_on_a_platform_are_errors, test_us_on_the_marketplace_stays_clean = severity_tests(ERRORS, CLEAN)
