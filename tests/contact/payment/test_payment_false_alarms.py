"""False alarms of the payment rules the round found, and the
offers their fixes must keep.

* a payment system built for the buyer ("I build an M-Pesa payment system for your shop"):
  "payment system" and its translations among the pay rules' `subject_cues`;
* the buyer's own account as where payments go, anywhere in the sentence ("Die Zahlung per
  PayPal geht an Ihr Konto, ich richte den Checkout ein": `buyer_accounts`,
  payment._buyers_business), unless negated or the seller is paid;
* a negation word opening its line with a colon is a label of another language (Turkish
  "Not:" is "Note:"; PayWords.negates_nothing), a refusal after it still refuses;
* a service beside "direkt an mich" stays an offer (the longer phrase takes the place of
  "direkt" among the triggers: paid_straight.py reads a service as a pay verb).
"""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    # a service beside "direkt an mich" (the longer phrase must not hide the offer)
    "Folgeaufträge gern per PayPal direkt an mich – spart uns beiden die Gebühren.",
    "Folgeaufträge gern per PayPal direkt an mich.",
    "Next time just send it via Wise straight to me.",
    # Turkish "Not:" is "Note:", not a negation
    "Not: PayPal ile ödeme kabul ediyorum",
    "Not: ödemeyi doğrudan bana yapabilirsiniz",
    "**Not:** Papara ile ödeme de alıyorum",
    "- Not: Havale ile ödeme yapabilirsiniz, komisyon yok",
    # the buyer's account named, but the seller paid
    "Zahlung per PayPal an mich, nicht auf Ihr Konto",
    "Die Zahlung per PayPal geht an mein Konto",
]

CLEAN = [
    # a payment system built for the buyer
    "I build an M-Pesa payment system for your shop",
    "I build a PayPal payment system",
    "Desarrollo un sistema de pagos con Mercado Pago para tu tienda.",
    "Ich baue ein Zahlungssystem mit PayPal für Ihren Shop.",
    # the buyer's own account as where the payments go
    "Die Zahlung per PayPal geht an Ihr Konto, ich richte den Checkout ein",
    "Los pagos por Mercado Pago llegan a tu cuenta, yo configuro la tienda",
    "Payments via Stripe go straight into your account; I only set up the checkout.",
    "Os pagamentos via Pix caem direto na sua conta, eu só configuro a loja.",
    # "Not:" with a refusal after it stays a refusal
    "Not: PayPal ödemesi kabul etmiyorum",
    "Not: Fiverr dışında ödeme almıyorum",
    "Can I pay with PayPal?\nNo: only through the Fiverr order.",
    "Q: PayPal?\nA: No: I only take payment through Fiverr.",
]

test_offers_stay_errors, test_the_work_and_labels_stay_clean = severity_tests(ERRORS, CLEAN)
