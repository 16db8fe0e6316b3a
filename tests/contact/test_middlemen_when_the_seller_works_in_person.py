"""A phrase of directness ("trato directo", "no middlemen") beside the seller doing the work
in person ("yo mismo diseño cada pieza, no subcontrato") says no one stands between seller
and work, not leaving (leaving._self_made). A channel, a place left or a payment outside beside
it keeps it an error, and the "sin" of "sin intermediarios" negates no payment after it
(payment_refusals._middleman_word)."""
from __future__ import annotations

from tests.contact_support import severity_tests

ERRORS = [
    "Sin intermediarios: págame directo.",
    "Trato directo conmigo, sin intermediarios: yo mismo diseño todo, escríbeme por WhatsApp.",
    "Trato directo conmigo fuera de Fiverr: yo mismo diseño cada pieza.",
    "No middlemen: I do it myself, so pay me directly by bank transfer.",
]
CLEAN = [
    "Trato directo conmigo, sin intermediarios: yo mismo diseño cada pieza, no subcontrato.",
    "Trato directo, sin intermediarios: tú me hablas y yo mismo lo diseño.",
    "Atendimento direto comigo, sem intermediários: eu mesmo faço cada peça, sem terceirizar.",
    "Direct dealing with me, no middlemen: I draw every piece myself and never outsource.",
]

test_directness_with_a_way_out_is_an_error, test_directness_of_the_work_itself_stays_clean = severity_tests(
    ERRORS, CLEAN
)
