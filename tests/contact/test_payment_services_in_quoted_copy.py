"""A payment service inside a quotation that "your" or a template word introduces, or that
a frame word opens (an ad's voiceover, a landing page's copy, a banner), is the buyer's copy
written as the work (payment_topics.quoted_copy). The seller paid in the sentence, or a
quotation with no such frame, stays an offer."""
from __future__ import annotations

from tests.contact_support import severity_tests

ERRORS = [
    "Your payment options: 'PayPal or Wise directly to me'",
    "Payment: 'PayPal only, directly to me'",
    "For your convenience: 'pay me via PayPal to skip fees'",
]

CLEAN = [
    "Landing page copy for your PayPal-based subscription: 'Cancel anytime, billed monthly via PayPal.'",
    "I'll record a voiceover for your bank's ad: 'Send money abroad with Wise in minutes.'",
    "Gravo a locução do comercial: 'Pague com Pix e ganhe 5% de desconto na sua loja.'",
    "Saya desain banner promo: 'Bayar pakai GoPay, cashback 20%!' untuk toko Anda.",
]

test_quoted_offers_to_the_seller_stay_errors, test_the_buyers_quoted_copy_stays_clean = severity_tests(ERRORS, CLEAN)
