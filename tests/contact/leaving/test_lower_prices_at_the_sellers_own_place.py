"""A better price said to be at the seller's own place is a request to leave
(outside_prices.cheaper_outside): the prices said lower after their verb ("my rates are lower
on my personal site", "Mis precios son más bajos en mi web personal"), and the seller's page
called own or personal ("book me on my own page, it's cheaper"), now that "on my" no longer
eats the possessive of that place. A price compared between packages, for returning buyers
or with agencies, and the buyer's own page, stay clean."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "Tip: my rates are lower on my personal site.",
    "You can also book me on my own page, it's cheaper.",
    "Book me on my personal site.",
    "Mis precios son más bajos en mi web personal.",
    "Meine Preise sind günstiger auf meiner eigenen Website.",
]

CLEAN = [
    "My rates are lower for returning buyers.",
    "My rates are lower than most agencies.",
    "Ordering the premium package costs 20% more than the basic.",
    "Prices are lower on the basic package.",
    "I redesigned my own page last year; now I build yours.",
    "Your prices are lower on your own page than on Amazon, I'll show you why.",
    "I post my work on my Instagram.",
]

test_lower_prices_at_the_sellers_place_are_errors, test_prices_compared_here_stay_clean = severity_tests(ERRORS, CLEAN)
