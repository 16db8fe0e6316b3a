"""A fee phrase ("without fees", "save fees", "без комиссии") whose fee is tied by a word
of `fee_kind_links` to what it is charged for, on or by ("за правки", "pour les révisions",
"von Drittanbietern", "on every sale", "by choosing the Premium package") is a fee of a kind,
a price's claim or the saving the work brings, not the marketplace's cut skipped
(leave_shared.fee_of_a_kind). The marketplace named after the link, or a word of paying
directly in the sentence, keeps the offer."""
from __future__ import annotations

from tests.contact_support import severity_tests

ERRORS = [
    "Skip Fiverr's 20% and pay me directly via bank transfer.",
    "Save fees on Fiverr: pay me directly and I'll knock 15% off.",
    "Sin comisiones de la plataforma si me pagas directamente por transferencia.",
    "Без комиссии за заказ, если оплатите напрямую мне на карту.",
    "Ohne Gebühren für dich, wenn du direkt an mich überweist.",
]
CLEAN = [
    "Без комиссии за правки: три правки включены.",
    "Bez prowizji za poprawki — trzy poprawki w cenie.",
    "Save fees by choosing the Premium package instead of three Basic orders.",
    "I'll set up Stripe for your shop so you save fees on every sale.",
    "Avoid fees on international payouts with the right Wise setup for your business.",
    "Alle Preise ohne Gebühren von Drittanbietern.",
    "I help you skip the fees of your bank when you invoice abroad.",
    "Sans frais pour les révisions : trois modifications incluses.",
    "Sin comisiones por revisiones: tres cambios incluidos en cada paquete.",
]

test_marketplace_fees_skipped_are_errors, test_fees_of_a_kind_stay_clean = severity_tests(ERRORS, CLEAN)
