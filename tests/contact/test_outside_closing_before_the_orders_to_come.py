""""Outside" closing a verb's clause is the talk carried out, also when a time of the orders to
come closes the clause after it ("On peut continuer en dehors après la première commande",
"Podemos seguir afuera después del primer pedido": leave_requests._closing_away); and going
round the marketplace's own fee ("die Plattformgebühr umgehen") skips it. Errors; a time of day
after "outside" and a fee that is not the marketplace's stay clean."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "On peut continuer en dehors après la première commande, ce sera moins cher pour vous et plus simple pour les fichiers.",
    "Podemos seguir afuera después del primer pedido.",
    "We can continue outside after the first order.",
    "Bei Folgeaufträgen können wir die Plattformgebühr umgehen – sprich mich einfach nach der ersten Lieferung an.",
]

CLEAN = [
    "We can continue outside business hours after the first order.",
    "I deliver outside the usual hours after the first order.",
    "I help you bypass the fees your bank charges on international invoices.",
]

test_outside_before_the_orders_to_come_is_an_error, test_times_and_other_fees_stay_clean = severity_tests(ERRORS, CLEAN)
