"""A deal kept off the record ("off the books", "sans facture", "zonder bonnetje", "de la main à la
main") is a deal off the marketplace, which records every order: a leave phrase, an error with
no channel (leaving.left over `unrecorded_phrases`). The records or a piece of writing as the
work's subject, a refusal, and the marketplace keeping the record stay clean."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "We can do it off the books.",
    "Off the books, yes — ask.",
    "Les gros volumes, je les fais de la main à la main, demandez-moi.",
    'Kleine tip: vraag me naar het tarief "zonder bonnetje" voor maandelijkse opdrachten.',
    "Para pedidos grandes trabajo sin factura, pregúntame.",
    "Große Aufträge auch ohne Rechnung möglich.",
]

CLEAN = [
    "I reconcile off-the-books expenses for small businesses.",
    "I will clean up your bookkeeping, including cash in hand payments.",
    "I never work off the books.",
    "I don't work under the table, everything goes through the order.",
    "Ayudo a autónomos con su contabilidad: gastos sin factura y recibos perdidos.",
    "In my novel, the detective is paid under the table.",
    "Sin factura aparte: aquí en Fiverr te la envían.",
    "Write a blog post about off-the-books work and its risks.",
    "I help small shops sort out their off-the-books expenses before tax season.",
    "Logo en negro y blanco.",
    "Logo in nero e bianco incluso.",
    "I write a thriller about a cop who takes money under the table.",
]

test_deals_off_the_record_are_errors, test_records_as_the_subject_stay_clean = severity_tests(ERRORS, CLEAN)
