"""The orders to come sent to the seller with "just" and no word of directness ("Next time
just come to me", "From now on, just write to me", "Nächstes Mal einfach bei mir bestellen"):
a request to skip the marketplace next time (direct_deals._just_to_seller), an error. "Here"
keeps them on the marketplace; the work after the seller, "ask me" and no seller at all stay
clean."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "Next time just come to me.",
    "From now on, just write to me.",
    "For the next one, just order from me.",
    "La próxima vez, simplemente pídemelo a mí.",
    "Nächstes Mal einfach bei mir bestellen.",
    "В следующий раз просто пишите мне.",
]

CLEAN = [
    "Next time just come back to this gig.",
    "From now on, just write to me here in the inbox.",
    "For the next one, just order from me here.",
    "Nächstes Mal einfach hier bei mir bestellen.",
    "Next time just send me the files.",
    "Next time just ask me.",
    "Next time, just tell me what you need.",
    "Next time just order the same package again.",
    "Next time just come to me and I'll send a custom offer here.",
    "From now on I cancel less often, because it just hurts me.",
]

test_orders_sent_to_the_seller_are_errors, test_the_marketplace_kept_stays_clean = severity_tests(ERRORS, CLEAN)
