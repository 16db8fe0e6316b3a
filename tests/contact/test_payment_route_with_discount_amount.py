"""A payment route offered with the amount of a price incentive between it and the incentive
word ("Transferencia bancaria con 10% de descuento", "Banküberweisung mit 10 % Rabatt"): the
route is offered at that price (payment-off-platform, error), in every language the incentive
list speaks. Discounts as the work, or with no route, stay clean."""
from __future__ import annotations

from gigcheck.detectors.lexicon import Match
from gigcheck.detectors.payment_nearby import amount_beside
from tests.contact_support import severity_tests

ERRORS = [
    "Transferencia bancaria con 10% de descuento.",
    "PayPal com 10% de desconto para pedidos grandes.",
    "Virement bancaire avec 5 % de remise.",
    "Banküberweisung mit 10 % Rabatt.",
    "التحويل البنكي متاح بخصم ١٥٪ للطلبات الكبيرة.",
]
CLEAN = [
    "Fiverr discount 15% on the second order.",
    "I set up bank transfer discounts in your WooCommerce store.",
    "Configuro descuentos por transferencia bancaria en tu tienda WooCommerce.",
    "Ordering a second gig gets you 10% off.",
]

test_routes_with_a_discount_are_errors, test_discounts_without_a_route_stay_clean = severity_tests(ERRORS, CLEAN)


def test_amount_beside_reads_only_a_short_amount_phrase() -> None:
    text = "PayPal con 10% de descuento"
    t = Match(0, 6, "paypal", (), False)
    assert amount_beside(text, t, text.index("descuento"))
    far = "PayPal for the logo work of last year at 10% descuento"
    assert not amount_beside(far, t, far.index("descuento"))
    bare = "PayPal descuento"
    assert not amount_beside(bare, t, bare.index("descuento"))  # (stands_beside reads that one)
