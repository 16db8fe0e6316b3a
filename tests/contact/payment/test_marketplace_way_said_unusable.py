"""Issue 12: the marketplace's own way of paying said unusable ("payment through Fiverr is not
possible", "Fiverr checkout is not available", "el pago por Fiverr no funciona") next to an outside
route. The unavailability is the marketplace's, not the route's: the marketplace named is then no way
the payment goes (payment_market.way_unavailable), a refusal in its clause refuses no service named
apart from it (payment_refusals), and a service named in a clause of its own beside it is the way
taken instead (payment._instead_of_market).

Clean: the outside route refused or said unavailable itself, the place left named ("PayPal payments
outside of Fiverr are not possible"), the service inside the marketplace's clause ("Fiverr payment
isn't possible with PayPal"), the seller's own withdrawals.
"""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "Pay me via PayPal, payment through Fiverr is not possible.",
    "PayPal only, Fiverr checkout is not available.",
    "Fiverr payments don't work in my country, so Wise it is.",
    "Fiverr checkout doesn't work for me, Payoneer then.",
    "Págame por PayPal, el pago por Fiverr no es posible.",
    "La pasarela de Fiverr no funciona en mi país, así que por Binance.",
    "Bezahlung per PayPal, Zahlung über Fiverr ist nicht möglich.",
    "Paiement par PayPal, le paiement via Fiverr n'est pas possible.",
    "Pagamento via Pix, o pagamento pela Fiverr não funciona no meu país.",
    "Оплата через PayPal, оплата через Fiverr недоступна.",
    "Fiverr ödemesi mümkün değil, Papara ile ödeyebilirsin.",
    "Bayar via OVO aja, pembayaran lewat Fiverr tidak bisa.",
    # the marketplace's payment declined or failing, and Thai with no comma: a new pay verb after the "not"
    "If Fiverr checkout keeps failing for your card, just send it via Wise.",
    "Kalau pembayaran lewat Fiverr gagal, bisa transfer via OVO aja.",
    "Si el pago por Fiverr es rechazado, págame por Nequi.",
    "ถ้าจ่ายผ่าน Fiverr ไม่ได้ โอนผ่าน TrueMoney มาได้เลยครับ",
]

CLEAN = [
    "PayPal payments outside of Fiverr are not allowed.",
    "PayPal payments outside of Fiverr are not possible.",
    "El pago por PayPal fuera de Fiverr no es posible.",
    "I don't accept PayPal; payment through Fiverr only.",
    "No PayPal, no Wise: Fiverr checkout only.",
    "PayPal is not available in my country, so please pay through Fiverr.",
    "PayPal ist in meinem Land nicht verfügbar, bitte über Fiverr bezahlen.",
    "Pay with PayPal through Fiverr, nothing else is possible.",
    "If PayPal doesn't work at Fiverr checkout, use a card on Fiverr.",
    "Fiverr checkout supports PayPal; bank transfer is not available there.",
    "Fiverr payment isn't possible with PayPal in my country.",
    "Fiverr withdrawals to Payoneer are not available in my country, sadly.",
    "If Fiverr checkout fails in your country, contact Fiverr support or try another card.",
    "ถ้าจ่ายผ่าน Fiverr ไม่ได้ ไม่รับโอนพร้อมเพย์นะคะ ติดต่อฝ่ายช่วยเหลือของ Fiverr",
    "Si tu tarjeta es rechazada, el checkout de Fiverr también acepta PayPal.",
    "Kalau pembayaran gagal, coba kartu lain di Fiverr; saya tidak terima OVO.",
]

test_route_beside_an_unusable_marketplace_is_an_error, test_route_refused_itself_stays_clean = severity_tests(
    ERRORS, CLEAN
)
