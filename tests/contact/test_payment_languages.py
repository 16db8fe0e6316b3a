"""payment-off-platform (GC301) in the languages sellers write, the marketplace named in
the sentence (issue 12: it excuses nothing unless it is the way the payment goes), and
integration work, refusals and answered questions that must stay clean."""
from __future__ import annotations

from table_support import table_test

OFFERS = [
    "Pode pagar direto no Pix que eu te dou desconto.",
    "Acepto SPEI o depósito en OXXO, más barato que por la plataforma.",
    "Puedes pagarme por Nequi y te hago precio especial sin comisión.",
    "Paytm ya PhonePe pe payment bhej do, fee bach jayegi.",
    "JazzCash pe payment kar dein for local clients.",
    "Pwede magbayad thru GCash para walang fee.",
    "M-Pesa malipo moja kwa moja yanakubaliwa.",
    "支付宝直接付款更便宜。",
    "Оплата по СБП напрямую, без комиссии.",
    "PayPayで直接お支払いいただけます。",
    "Stuur een Tikkie, dan betaal je geen servicekosten.",
    "Zapłać BLIKIEM bezpośrednio, taniej.",
    "Überweisung direkt auf mein Konto, ohne Gebühr.",
    "Pagamento diretto su PayPal, senza commissioni.",
    "Bisa bayar via OVO langsung, lebih murah.",
    "Ödemeyi doğrudan Papara'ya yapabilirsiniz, komisyonsuz.",
    "Thanh toán trực tiếp qua MoMo, rẻ hơn.",
    "الدفع مباشرة عبر ويسترن يونيون لتجنب العمولة",
    "Payoneer or Wise directly works for big projects.",
    # the marketplace named in the sentence, not as the way the payment goes
    "After you order on Fiverr, the balance can be paid through Wise.",
    "Fiverr clients can also pay me via Wise directly.",
    "For repeat Fiverr buyers I accept Payoneer transfers directly.",
    "Après la commande sur Fiverr, payez le reste par virement directement.",
    "Nach der Bestellung auf Fiverr kannst du den Rest per PayPal direkt zahlen.",
    "Po zamówieniu na Fiverr resztę zapłać przelewem bezpośrednio.",
    "Dopo l'ordine su Fiverr, il saldo me lo paghi direttamente su PayPal.",
    # being paid, banks, the seller's own account promised
    "Prefiro receber via Pix, cai na hora.",
    "Je préfère être payé par Lydia, c'est plus simple.",
    "Kalau mau lebih hemat, transfer ke BCA saja.",
    "يمكنك التحويل عبر فودافون كاش.",
    "Zahlung gerne auch über Wise oder Revolut, spart uns die Plattformgebühr.",
    "I can send you my Wise details for the deposit.",
    "I'll share my Payoneer account after you message me.",
    "Send the deposit to my Payoneer.",
    # a pay word next to the last service of a list says it for the list
    "Skrill, Neteller or Perfect Money accepted.",
    # the marketplace as the way, and the seller's own way beside it
    "Pay on Fiverr or directly via PayPal.",
]


@table_test("text", OFFERS)
def test_offer_is_an_error(lint, text):
    found = [f for f in lint(text) if f.name == "payment-off-platform"]
    assert len(found) == 1 and found[0].severity.name == "ERROR"


CLEAN = [
    # refusals, the negation before or after the verb
    "No acepto pagos por PayPal fuera de Fiverr.",
    "No acepto pagos fuera de Fiverr, ni por PayPal ni por transferencia.",
    "Não aceito Pix por fora, só pela Fiverr.",
    "Ich nehme keine Zahlungen per PayPal außerhalb von Fiverr an.",
    "Non accetto pagamenti diretti su PayPal.",
    "Платежи напрямую на карту не принимаю, только через Fiverr.",
    "Fiverr dışında Papara ile ödeme kabul etmiyorum.",
    "Saya tidak menerima pembayaran langsung via OVO.",
    "Hindi ako tumatanggap ng bayad sa GCash, sa Fiverr lang.",
    "Nie przyjmuję płatności BLIKIEM poza Fiverr.",
    "Ik accepteer geen Tikkie of directe betalingen.",
    "Main Paytm pe direct payment nahi leta.",
    "I don't accept Payoneer outside Fiverr.",
    # the marketplace as the way the payment goes
    "Pay with PayPal on Fiverr.",
    "You can pay with PayPal through Fiverr's checkout.",
    "Pay directly on Fiverr with PayPal or card.",
    "Every payment should go through Fiverr, even if a client asks to pay directly.",
    "Fiverr accepts PayPal, cards and Apple Pay, so pay the way you like.",
    "Paga con PayPal su Fiverr, senza costi aggiuntivi.",
    "My rates are cheaper than agencies; PayPal and cards accepted on Fiverr.",
    # integration work
    "Integraré pagos con PayPal en tu tienda.",
    "Vou integrar o Pix e o Mercado Pago na sua loja virtual.",
    "Ich richte Stripe und PayPal in Ihrem Shop ein – inklusive Testzahlungen und Webhooks.",
    "I will add a PayPal checkout to your WooCommerce store.",
    "Kurulum: iyzico ve PayTR ödeme entegrasyonu.",
    "Je configure PayPal et Stripe sur votre boutique en ligne.",
    "Integro PayPal e Satispay nel tuo e-commerce.",
    "Настрою приём оплаты через ЮKassa и СБП на вашем сайте.",
    "Saya pasang pembayaran OVO, DANA dan GoPay di toko online Anda.",
    "Jasa integrasi payment gateway Midtrans: QRIS, GoPay, OVO dan transfer bank.",
    "Zintegruję BLIK i Przelewy24 z Twoim sklepem.",
    "WooCommerceにPayPayとLINE Payの決済を導入します。",
    "I will build a cash app, payment app and loan app.",
    "I set up payments via Stripe and PayPal for your shop.",
    "My PayPal account got limited last year, so I know the rules well.",
    # a pay word inside another service's name ("direct deposit") is not next to this one
    "I'm trying to use either direct deposit or PayPal for my Fiverr earnings.",
]


@table_test("text", CLEAN)
def test_not_an_offer(lint, text):
    assert not [f for f in lint(text) if f.category == "payment" and f.severity.name in ("ERROR", "WARNING")]


def test_question_answered_no_in_the_same_paragraph(lint):
    text = "**Q: Can I pay you on PayPal to save fees?**\nA: No. Fiverr's terms don't allow it."
    assert not [f for f in lint(text) if f.category == "payment"]


def test_question_answered_no_in_the_next_paragraph(lint):
    text = "## FAQ\n\n**Can I pay you by Wise directly to skip the fees?**\n\nSorry, no: every payment goes through Fiverr.\n"
    assert not [f for f in lint(text) if f.category == "payment"]


def test_question_answered_yes_is_an_offer(lint):
    text = "**Q: Can I pay you by Wise directly?**\nA: Yes, and you get 10% off."
    assert [f for f in lint(text) if f.name == "payment-off-platform"]
