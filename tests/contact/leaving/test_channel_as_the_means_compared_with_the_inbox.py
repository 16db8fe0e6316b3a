"""A channel said as the means, with no address ("by mail", "por correo", "per E-Mail"), set
better than the marketplace ("I reply faster by mail than here"): the seller's own way
compared with the marketplace's, a request to leave (market_compared.py), an error. The
marketplace the better way, and a channel refused in a clause of its own, stay clean."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "I reply faster by mail than here.",
    "I reply faster by e-mail than on this site.",
    "Respondo más rápido por correo que aquí.",
    "Per E-Mail antworte ich schneller als hier.",
    "I reply faster by phone than here.",
]

CLEAN = [
    "I reply faster here than by email.",
    "Ordering here is faster than talking by phone.",
    "Replying here is faster for me than by email.",
    "Je ne communique ni par WhatsApp ni par e-mail : tout se passe ici, c'est plus simple pour suivre la commande.",
    "I never reply by email, it is faster here.",
]

test_a_channel_better_than_the_inbox_is_an_error, test_the_inbox_the_better_way_stays_clean = severity_tests(
    ERRORS, CLEAN
)
