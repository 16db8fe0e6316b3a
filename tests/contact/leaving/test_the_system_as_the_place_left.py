"""The marketplace called "the system" as the place left ("außerhalb des Systems", "sistem
dışında", "outside the system — cheaper for you", "fuera del sistema"): judged as every place
left, an error with a request, a better price or the orders to come beside it. The buyer's own
systems, data exported, the seller's checks and a place kept inside stay clean.
"""
from __future__ import annotations

from contact_support import severity_tests

LEFT = [
    "Stammkunden bekommen bei mir den Familienpreis – natürlich außerhalb des Systems.\n"
    "Fragen Sie einfach nach der zweiten Bestellung danach.",
    "İlk siparişi buradan verin. Sonrasında işleri sistem dışında halledebiliriz, siz de komisyon ödemezsiniz.",
    "Small tweaks after delivery I'd rather handle outside the system — cheaper for you, just ask me how.",
    "Podemos resolver los próximos encargos fuera del sistema, te sale más barato.",
]

HONEST = [
    "I build custom plugins that sync your data with systems outside the system you use today.",
    "Your invoices can be exported outside the system as CSV files.",
    "Ich prüfe Ihre Daten auch außerhalb des Systems auf Fehler.",
    "Su sistema funcionará fuera del horario laboral también.",
    "All payments stay inside the system; nothing is handled outside it.",
]

test_the_system_left_is_an_error, test_systems_of_the_work_stay_clean = severity_tests(LEFT, HONEST)
