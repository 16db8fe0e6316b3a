"""Direct booking offered to the seller's returning buyers with the fee gone is a request to
leave (direct_deals.direct_later), whichever comes first, the perk or the group ("Direct
booking for returning clients, no service fee" and "Returning clients get direct booking
with no service fee" read alike: the group word glued to "returning" is the seller's buyers,
not the buyer's customers). The buyer's own returning customers ("your returning clients")
are the work; a perk given here is no leaving."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "Direct booking for returning clients, no service fee.",
    "Returning clients get direct booking with no service fee.",
    "Bonus for returning clients: direct booking, no service fee.",
    "Returning customers can book me directly, without the platform fee.",
    "Stammkunden buchen direkt bei mir, ohne Servicegebühr.",
]

CLEAN = [
    "Your returning customers get direct booking with no service fee through the app I build.",
    "I set up direct booking for your returning clients with no service fee on your own salon site.",
    "Direct booking for your returning clients, no service fee, built into your Shopify store.",
    "Returning clients get a 10% discount on every order here.",
    "Returning clients get priority delivery on Fiverr.",
    "Reserva directa para tus clientes recurrentes sin comisión, en tu propia web.",
]

test_direct_booking_for_returning_buyers_is_an_error, test_the_buyers_own_returning_customers_stay_clean = (
    severity_tests(ERRORS, CLEAN)
)
