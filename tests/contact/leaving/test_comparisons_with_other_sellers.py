"""A comparison whose object is the marketplace's other sellers ("faster by email than most
sellers here", `other_people_words` right after the marker) compares the seller with them,
not the seller's way with the marketplace's: no request to leave (market_compared._others_compared).
The marketplace itself as the object ("than here") stays an error."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "I reply faster by mail than here",
    "Respondo más rápido por correo que aquí.",
    "Ich antworte per E-Mail schneller als hier.",
    "Ordering from me directly is cheaper than ordering here.",
]

CLEAN = [
    "I deliver faster by email than most sellers here.",
    "I reply faster by email than most designers on this site.",
    "Respondo más rápido por correo que la mayoría de vendedores aquí.",
    "Je réponds plus vite par e-mail que la plupart des vendeurs ici.",
    "Ich antworte per E-Mail schneller als die meisten Verkäufer hier.",
]

test_the_marketplace_as_the_object_is_an_error, test_other_sellers_as_the_object_stay_clean = severity_tests(
    ERRORS, CLEAN
)
