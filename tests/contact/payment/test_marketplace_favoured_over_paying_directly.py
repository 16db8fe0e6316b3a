"""A comparison the marketplace's way wins ("Ordering here is faster than paying me directly"):
the off-platform way is only what it beats, no offer to pay outside
(market_compared.market_favoured, read by the payment rules). The marketplace the worse
side, or the object of the comparison, stays an offer; and the seller's clients paying on
their own stores is the work, not an offer ("Half of my clients pay with PayPal on their own
stores that I set up"), unless the seller is paid."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "Ordering here costs more than paying me directly.",
    "Paying me directly is cheaper than ordering here.",
    "Paying me directly is faster than ordering here.",
    "Ordering here is fine, but paying me directly is faster.",
    "Half of my clients pay me with PayPal.",
    "Clients pay me via PayPal for their stores.",
    "I accept PayPal on my own store that I set up.",
]

CLEAN = [
    "Ordering here is faster than paying me directly.",
    "Ordering here is safer than paying me directly, so please use the order button.",
    "Pedir aquí es más rápido que pagarme directamente.",
    "Hier zu bestellen ist sicherer als mich direkt zu bezahlen.",
    "Commander ici est plus sûr que de me payer directement.",
    "Half of my clients pay with PayPal on their own stores that I set up.",
    "Most of my clients take payments with Stripe on their own stores.",
    "Muchos de mis clientes cobran con PayPal en sus propias tiendas que yo configuro.",
    "Payment via PayPal for your shop logo.",
]

test_the_marketplace_the_worse_way_stays_an_offer, test_the_marketplace_recommended_stays_clean = severity_tests(
    ERRORS, CLEAN
)
