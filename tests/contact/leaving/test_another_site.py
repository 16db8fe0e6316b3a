"""Another site or platform as the place the dealing goes on (`away_words`).

"Possiamo continuare su un altro sito", "we can continue on another site": a verb of
continuing or dealing with "we" and another site or platform as its place is a request to
leave (leave_requests.py), an error. The work moved to another platform (a migration, a
book published elsewhere, a site that works on another builder) stays clean: no verb of
continuing the dealing, or the buyer's things as the object.
"""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "Per i prossimi lavori possiamo continuare su un altro sito, dove costo meno.",
    "For the next projects we can continue on another site where I'm cheaper.",
    "Podemos seguir en otra plataforma para los próximos pedidos.",
    "Wir können die nächsten Aufträge auf einer anderen Plattform abwickeln.",
    "Следующие заказы можем продолжить на другом сайте.",
]

CLEAN = [
    "I will migrate your store to another platform.",
    "I can publish your book on another platform too.",
    "Your site will also work on a different platform.",
    "I move your WordPress blog to a different site builder.",
    "Я перенесу ваш магазин на другую платформу.",
]

test_dealing_on_another_site_is_an_error, test_work_moved_elsewhere_stays_clean = severity_tests(ERRORS, CLEAN)
