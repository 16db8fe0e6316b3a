"""Issue 12: a pay word with a bare "outside" ("Zahlung außerhalb", "pagamento fuori") is paying outside
when nothing but what is said of it follows ("möglich", "possibile"); a time or an article opening another
place after it says when or where else (payment._outside_elsewhere).
"""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "Für Großprojekte auch Zahlung außerhalb möglich.",
    "Pagamento fuori possibile per clienti abituali.",
    "Zahlung außerhalb der Plattform möglich.",
]

CLEAN = [
    "Zahlung außerhalb der EU ist möglich",
    "Pagamento fuori orario",
    "Zahlung außerhalb ist nicht möglich.",
    "Payments outside the EU are possible through Fiverr.",
]

test_bare_outside_is_an_error, test_outside_another_place_or_time_stays_clean = severity_tests(ERRORS, CLEAN)
