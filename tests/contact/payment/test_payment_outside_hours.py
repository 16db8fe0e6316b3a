"""A payment phrase ending in a bare "outside" with a time after it says when the payment can be
made, not where (payment._outside_hours over leave_shared.timed): "Payment outside business hours
is possible via the Fiverr app" is clean; the same phrase with a place, the platform or nothing
after it stays an offer to pay outside."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "Payment outside the platform possible for big orders.",
    "Payment outside the site is possible.",
    "Payment outside is fine for repeat clients.",
    "Payment off-site possible for bulk work.",
    "Pagamento fora do Fiverr com desconto.",
]

CLEAN = [
    "Payment outside business hours is possible via the Fiverr app.",
    "Pagamento fora do horário comercial também é possível pelo app do Fiverr.",
    "Pagamento fuori orario possibile tramite app Fiverr.",
    "Zahlung außerhalb der EU ist möglich, Rechnung über Fiverr.",
]

test_payment_outside_the_marketplace_is_an_error, test_payment_outside_hours_stays_clean = severity_tests(ERRORS, CLEAN)
