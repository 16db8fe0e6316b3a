"""The marketplace's way said impossible before the marketplace is named ("não dá para pagar no
Fiverr, então Pix", "không thanh toán được trên Fiverr nên chuyển khoản"): the negation is the
marketplace's, not the service's, and the service after it is the route taken instead
(payment_market._refused_before, taken_instead for one clause joined by "so"/"then"). Refusals of
the outside route stay clean.

With them: the other part of a split payment named by a settling word ("Deposit via Wise, balance
through the order") is no work subject beside the service (payment_topics._other_part); a pay word
with "off-site" ("Payment off-site possible"; not a bare "außerhalb", often another place: "der EU") is paying
outside; a Swahili "I cannot" ("siwezi kupokea M-Pesa moja kwa moja") refuses; Peru's wallets made
verbs ("Yapéame") pay outside; Devanagari "also" ("पनि", "भी") adds a way besides the marketplace's.
"""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "não dá para pagar no Fiverr, então Pix",
    "không thanh toán được trên Fiverr nên chuyển khoản",
    "Fiverr पर पेमेंट नहीं चल रहा तो UPI कर दें",
    "I can't pay on Fiverr, so PayPal works.",
    "Je ne peux pas payer sur Fiverr, donc Lydia.",
    "Tidak bisa bayar di Fiverr, jadi transfer via DANA saja.",
    "Deposit via Wise, balance through the order.",
    "Deposit through the order, balance via Wise.",
    "Payment off-site possible for bulk work.",
    "Nalipwa kwa M-Pesa moja kwa moja.",
    "Se o cartão não passar no Fiverr, manda um Pix que eu envio o arquivo.",
    "Yapéame o Plin al número del perfil",
    "काठमाडौंका ग्राहकले eSewa वा Khalti बाट पनि भुक्तानी गर्न सकिन्छ।",
]

CLEAN = [
    "Não dá para pagar por Pix, então só no Fiverr.",
    "không thanh toán qua Momo được, chỉ trên Fiverr",
    "Don't pay outside Fiverr, so no PayPal please.",
    "I can't pay on Fiverr with PayPal, which card works?",
    "Não aceito pagamento fora do Fiverr, então nada de Pix.",
    "Show the account balance via Plaid in your dashboard.",
    "I build Stripe checkouts, balance sheets and invoices.",
    "The deposit goes through the order, balance on delivery through the order.",
    "Zahlung außerhalb von Fiverr ist nicht möglich",
    "Zahlung außerhalb der EU ist möglich, Rechnung über Fiverr.",
    "Pagamento fuori orario possibile tramite app Fiverr.",
    "Zahlung außerhalb ist nicht möglich.",
    "payment off-site is against the rules",
    "Payments off-site are never accepted.",
    "Ich akzeptiere keine Zahlung außerhalb.",
    "siwezi kupokea M-Pesa moja kwa moja",
    "Siwezi kupokea malipo ya PayPal nje ya Fiverr.",
    "Se o cartão não passar no Fiverr, fale com o suporte do Fiverr.",
    "No me yapees, todo por Fiverr.",
    "Diseño apps como Yape y Plin para bancos.",
    "मैं eSewa ऐप भी बनाता हूँ।",
]

test_service_taken_instead_is_an_error, test_refused_routes_stay_clean = severity_tests(ERRORS, CLEAN)
