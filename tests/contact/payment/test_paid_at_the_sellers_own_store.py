"""Issue 12: a payment made at the seller's own store or site ("a secure checkout link from my own
store", "an invoice from my site", "el link de pago de mi tienda"): the place (`own_places`, an
OWN_PLACE trigger) right after a pay verb or a pay instrument (`pay_instruments`) in its clause is
paying outside (paid_straight._paid_at_own_place), judged for negations, topics and work as any
straight payment. Clean: the site for samples or downloads, the work built, the buyer's store, a
refusal.
"""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "For the remaining balance I'll send a secure checkout link from my\nown store.",
    "Pay through my own store checkout link instead.",
    "I'll send you an invoice from my site, pay there.",
    "I'll invoice you from my own website.",
    "Te mando el link de pago de mi tienda.",
    "Ich schicke dir eine Rechnung über meine Website.",
    "Te envio o link de pagamento da minha loja.",
    "Je vous envoie une facture depuis mon site.",
]

CLEAN = [
    "Samples available on my website after payment.",
    "After payment, download the files from my site.",
    "I built the payment page of my own store with Stripe.",
    "Pay on Fiverr, then see more samples on my website.",
    "I don't send invoices from my site; every payment goes through Fiverr.",
    "See the invoice template on my website.",
    "I'll set up the checkout link on your own store.",
    "I redesigned the invoice page on my website as a portfolio piece.",
    "Diseño facturas para mi tienda y la tuya.",
    "I'll send the invoice through Fiverr's custom offer.",
]

test_paying_at_the_sellers_own_place_is_an_error, test_the_own_site_for_other_things_stays_clean = severity_tests(
    ERRORS, CLEAN
)
