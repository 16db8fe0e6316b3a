"""Dealing directly offered as a perk of loyal or repeat buyers, or from some order on ("Loyal
customers can book me directly, no fees", "Second order onwards, we deal one to one and both
save"): the orders to come dealt outside (direct_deals.direct_later), an error; and the
marketplace's fee named only to give prices net of it ("Prices without the platform fee.") is
no way out (leaving.left). The perks kept on the marketplace stay clean."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "Loyal customers can book me directly, no fees.",
    "Second order onwards, we deal one to one and both save.",
    "Clientes fieles pueden contratarme directamente, sin comisiones.",
    "Постоянные клиенты могут заказывать напрямую у меня, без комиссии.",
    "Sadık müşteriler doğrudan benden sipariş verebilir, komisyon yok.",
    "वफादार ग्राहक सीधे मुझसे बुक कर सकते हैं, कोई फीस नहीं।",
    "Khách quen có thể đặt trực tiếp với mình, không mất phí.",
    "Returning buyers: book me directly and skip the service fee.",
    "Cheaper prices without the platform fee",
    "Next projects without the platform fee",
]

CLEAN = [
    "Prices without the platform fee.",
    "Precios sin la comisión de la plataforma.",
    "Loyal customers get a 10% discount on their next order here.",
    "From the second order on you get priority delivery.",
    "I work one to one with each client through Fiverr.",
    "Repeat clients get a 10% discount on every order here.",
    "I used to sell on my own site before Fiverr",
    "Clientes fieles reciben un 10% de descuento en su próximo pedido aquí.",
    "Постоянные клиенты получают скидку 10% на следующий заказ здесь.",
    "Loyal customers get their files directly in the order page.",
    "Repeat buyers can message me directly here on Fiverr for a faster quote.",
    "Sadık müşterilere bir sonraki siparişte %10 indirim.",
]

test_direct_dealing_as_a_perk_is_an_error, test_perks_on_the_marketplace_stay_clean = severity_tests(ERRORS, CLEAN)
