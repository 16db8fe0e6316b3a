"""A free or quick call set before the order with no channel named is a talk held outside
before there is an order to hold it (pre_order_sessions.call_before_order): an error. A
message before the order, a call after it, through the marketplace, refused, asked, or a
call that is only part of a package stays clean."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "Before ordering, book a free 15-minute discovery call with me so we can agree on everything.",
    "Let's hop on a quick call before you place the order.",
    "A quick video meeting before purchase is required for every custom logo.",
    "Prima di ordinare facciamo una breve videochiamata conoscitiva: scrivimi.",
    "Antes de comprar, agendemos una llamada gratuita de 15 minutos.",
    "Vor der Bestellung machen wir ein kurzes kostenloses Kennenlerngespräch.",
    "Перед заказом созвонимся — короткий бесплатный звонок.",
    "Avant de commander, réservons un appel découverte gratuit.",
]

CLEAN = [
    "Message me before ordering so we can agree on the scope.",
    "I do not take calls before the order.",
    "After the order we can have a quick call to go over the brief.",
    "Before ordering, you can book a free call through Fiverr's call feature.",
    "No need for a free call before ordering, just send me your brief.",
    "Before you order, note that calls are only included in the Premium package.",
    "Feel free to message me before ordering; we can talk about a call later.",
    "Do we need a quick call before I order?",
    # the negation before the call's "free", or a few words before the call
    "Before ordering, no free call is needed.",
    "Antes de comprar, no es necesaria una llamada gratuita.",
    "Vor der Bestellung ist kein kostenloses Gespräch nötig.",
]

test_free_calls_before_the_order_are_errors, test_messages_and_later_calls_stay_clean = severity_tests(ERRORS, CLEAN)
