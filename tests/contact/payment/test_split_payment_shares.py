"""Issue 12: a share of a split payment put on a service ("Half now on Venmo", "50 % par PayPal"): that
part leaves the marketplace, like the rest of one (payment_words.rest reads `share_words` with at most
two words before the service; a percent is as often a metric). PayPal's "friends and family" is a way to pay. A Portuguese "no" after the share is "in the", no refusal.

Clean: the shares paid on the marketplace, a share of something else.
"""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "Half now on Venmo, half when done.",
    "La mitad ahora por Bizum, la otra mitad al entregar.",
    "Metade agora no Pix, metade na entrega.",
    "Die Hälfte vorab per PayPal, der Rest nach Lieferung.",
    "Paiement en deux fois : 50 % par PayPal « entre proches » avant de commencer, le reste ici à la livraison.",
]

CLEAN = [
    "Half now, half on delivery, all through Fiverr milestones.",
    "Half now on Fiverr, half when done.",
    "Half of my clients found me through a Google search.",
    "Conversion went up 40% via PayPal Express for my last client.",
]

test_share_put_on_a_service_is_an_error, test_shares_on_the_marketplace_stay_clean = severity_tests(ERRORS, CLEAN)
