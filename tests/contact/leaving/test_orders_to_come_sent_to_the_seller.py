"""The orders to come said to go "directly" to the seller, whatever the verb ("La prochaine
fois, venez directement chez moi", "Future orders can go straight to me"): a request to order
off the marketplace (direct_deals._to_seller_directly), an error with no channel named. The
seller as the source or the agent of the work ("directly from me", "directly by me"), the
buyer as where the work goes, and the marketplace as the way stay clean."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "La prochaine fois, venez directement chez moi.",
    "La próxima vez, ven directamente a mí.",
    "Nächstes Mal einfach direkt bei mir bestellen.",
    "Future orders can go straight to me.",
    "Les prochaines commandes peuvent passer directement par moi.",
    "Los próximos pedidos pueden ir directo conmigo.",
    "Следующие заказы можно делать напрямую у меня.",
]

CLEAN = [
    "Next time you will get the files directly from me, not from an assistant.",
    "On your next order, the updates come directly from me.",
    "Next time the revisions are handled directly by me, not by my team.",
    "Future orders are designed directly by me, never outsourced.",
    "Next time, just place the order here and I'll start directly.",
    "Next time send me the files directly.",
    "For your next order, I will deliver the files to you directly.",
    "Next time send the brief directly to me through the order page.",
    "Para el próximo pedido, el diseño lo hago directamente yo.",
    "Next time I will start directly on your order.",
]

test_orders_to_come_sent_to_the_seller_are_errors, test_the_seller_as_the_source_stays_clean = severity_tests(
    ERRORS, CLEAN
)
