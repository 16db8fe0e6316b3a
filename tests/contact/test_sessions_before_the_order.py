"""A live session on an outside channel offered before the order is a way to talk outside
before buying (pre_order_sessions.py): an error. After the order, through the marketplace's
own call feature, refused, asked as a buyer's question, or as the subject of the work, it
stays clean (a session channel after the order is GC205's note)."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "Let's hop on a quick Zoom before you order.",
    "Antes de comprar, hacemos una videollamada por Zoom.",
    "Vor der Bestellung machen wir einen kurzen Zoom-Call.",
    "Avant de commander, on se fait un appel rapide sur Google Meet.",
    "Antes de fechar o pedido, bora fazer uma chamada rápida pelo Zoom.",
    "Prima dell'ordine facciamo una breve videochiamata su Skype.",
    "Перед заказом созвонимся в Zoom, это бесплатно.",
    "Sipariş vermeden önce Zoom üzerinden kısa bir görüşme yapalım.",
    "I offer a free 15-minute Teams consultation before you order.",
    "ご購入前にZoomで15分ほど打ち合わせしましょう。",
    "주문 전에 Zoom으로 짧게 통화해요.",
]

CLEAN = [
    "After you order, let's hop on a quick Zoom.",
    "Después del pedido hacemos una videollamada por Zoom de 30 minutos.",
    "**Do we need a Zoom call before I order?** No, ask here; the Zoom call happens after purchase.",
    "Vor der Bestellung bitte hier schreiben; der Zoom-Call findet nach der Bestellung statt.",
    "Before ordering, message me here; I set up Zoom webinars for your team as part of the gig.",
    "Pas d'appel Zoom avant la commande : tout se passe ici.",
    "Before you order, book a call through Fiverr's call feature.",
    "ご購入後にZoomで15分ほど打ち合わせします。",
    "**Can we talk before ordering?** Sure, send me a message here. After ordering, a Zoom call can be added as an extra.",
    "Book the call there, in the Fiverr chat, before ordering.",
    "No calls before the order, please: all questions go through the inbox.",
    "Before ordering, please message me here to check availability.",
    "I record sales calls before the order goes live for your CRM.",
    "Do I need a call before ordering? No, just message me here.",
    "Before you order, read the FAQ; the kickoff call comes after purchase.",
]

test_sessions_before_the_order_are_errors, test_sessions_after_or_on_the_marketplace_stay_clean = severity_tests(
    ERRORS, CLEAN
)
