"""A private or direct line handed to the buyers by a verb of giving or getting ("VIP buyers
get a direct line to me", "Stammkunden bekommen eine private Nummer von mir") is the seller's
own line promised, no possessive needed: leaving, an error (private_lines._handed). The
buyer's customers or shop, the marketplace as the way, and a product line stay clean."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "I give my regular clients a private line. Ask me for it after the first order.",
    "Stammkunden bekommen eine private Nummer von mir.",
    "Los clientes habituales reciben una línea directa conmigo.",
    "Clientes VIP ganham uma linha direta comigo.",
]

CLEAN = [
    "Your customers get a direct line to your support team.",
    "I give your clients a direct line to your sales team through the chatbot.",
    "Buyers get a direct line of communication with me through Fiverr messages.",
    "I offer a personal line of skincare labels for your brand.",
    "Los compradores reciben una línea directa con tu tienda gracias al widget.",
    "Kunden bekommen eine private Nummer für Ihren Shop-Support.",
]

test_lines_handed_to_buyers_are_errors, test_the_buyers_own_lines_stay_clean = severity_tests(ERRORS, CLEAN)
