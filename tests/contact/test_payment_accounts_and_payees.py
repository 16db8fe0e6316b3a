"""Payment recall a seller who tries cannot talk past, keeping integration work and
refusals clean. A pay verb with an unknown capitalized service and the
seller's own account ("pay with Amazon Pay to my account directly"), a direct transfer
to the seller's account in any language, the client's customers paying the seller
("Your customers can pay ME directly through Zelle"), amounts with a service ("$50 via
Wise"), offers phrased as questions or conditionals; and the honest look-alikes: the
client's customers paying the client, products that accept payments, the seller's own
withdrawals, refusals."""
from __future__ import annotations

import pytest
from table_support import table_test


def _payment(findings, severities=("ERROR",)):
    return [f for f in findings if f.category == "payment" and f.severity.name in severities]


# ------------------------------------------------- unknown service + the seller's account

UNKNOWN_SERVICE_TO_MY_ACCOUNT = [
    "You can also pay with Amazon Pay to my account directly.",
    "Puedes pagar con Ualá a mi cuenta directamente.",
    "Vous pouvez payer avec Lydia Pro sur mon compte directement.",
    "Pode pagar com PicPay direto na minha conta.",
    "Happy to take Revolut Business to my account directly too.",
    "Também aceito PagSeguro direto na minha conta.",
    "Tu peux aussi payer avec Paylib sur mon compte.",
    "Du kannst auch mit Paysera direkt auf mein Konto zahlen.",
    "Puoi pagare con Satispay sul mio conto direttamente.",
    "Можно оплатить через ЮMoney прямо на мою карту.",
    "Bisa bayar pakai Flip langsung ke rekening saya.",
    "Możesz zapłacić przez Revolut na moje konto.",
    "Papara ile doğrudan hesabıma gönderebilirsin.",
    "Pay with Apple Cash to my account, it's faster.",
    # names no vocabulary holds
    "You can also pay with Zapper Wallet to my account directly.",
    "Puedes pagar con Tpaga Plus a mi cuenta directamente.",
    "Pode pagar com Kuda Pay direto na minha conta.",
    "Vous pouvez payer avec Wero Pro sur mon compte.",
    "Bisa bayar pakai Jenius Pay ke rekening saya.",
    # the pay word ending the unknown name does not cancel the account cue
    "Amazon Pay to my account works as well.",
    # a two-word unknown name between the pay verb and "directly"
    "You can pay with Amazon Pay directly.",
]


@table_test("text", UNKNOWN_SERVICE_TO_MY_ACCOUNT)
def test_unknown_service_to_my_account_is_an_offer(lint, text):
    assert _payment(lint(text)), text


# ----------------------------------------------- a direct transfer to the seller's account

DIRECT_TRANSFER = [
    "Pago Fácil o transferencia directa a mi cuenta, como prefieras.",
    "Or a direct transfer to my account, as you like.",
    "Transferência direta na minha conta também serve.",
    "Virement direct sur mon compte possible.",
    "Überweisung direkt auf mein Konto geht auch.",
    "Bonifico diretto sul mio conto, se preferisci.",
    "Можно перевод прямо на мою карту.",
    "Bisa transfer langsung ke rekening saya.",
    "Możliwy przelew bezpośrednio na moje konto.",
    "Doğrudan hesabıma havale yapabilirsiniz.",
    "Gerne auch per Überweisung auf mein Konto, dann fallen die Fiverr-Gebühren weg.",
    "If the Fiverr fee is a problem, transfer to my bank account directly.",
]


@pytest.mark.parametrize("text", DIRECT_TRANSFER)
def test_direct_transfer_to_my_account_is_an_error(lint, text):
    assert _payment(lint(text)), text


# ------------------------------------------------- the client's customers paying the seller

CUSTOMERS_PAY_ME = [
    "Your customers can pay me directly through Zelle.",
    "Your clients can pay me via Wise.",
    "Tus clientes pueden pagarme a mí por PayPal.",
    "Deine Kunden zahlen mir per PayPal.",
    "Deine Kunden können mir direkt per PayPal zahlen.",
    "Seus clientes podem pagar pra mim pelo Pix.",
    "Vos clients peuvent me payer par Lydia directement.",
    "Clients can pay me via Wise to save the fee.",
]


@pytest.mark.parametrize("text", CUSTOMERS_PAY_ME)
def test_customers_paying_the_seller_is_an_offer(lint, text):
    assert _payment(lint(text)), text


# ------------------------------------- questions, conditionals, requests, amounts, breaks

OFFERS = [
    # a capitalized pay verb after a full stop starts a sentence, not a service's name
    "So am I. Send the payment to my PayPal and we both save.",
    "Prefer PayPal? Just send it to anna@example.com.",
    "Prefer Venmo? Just send it to my account.",
    "Rather use Wise? Send it straight to my account and I start today.",
    "If Fiverr's fee bothers you, Payoneer works too.",
    "Pix também serve, se preferir.",
    "Se preferir, Pix direto na minha conta.",
    "Si lo prefieres, Nequi a mi cuenta.",
    "zapłać mi BLIKIEM",
    "Kirim ke DANA saya aja ya.",
    "gửi qua MoMo cho mình",
    "bhej do Paytm pe",
    "$50 via Wise and I start.",
    "50€ par Lydia et je commence.",
    "€80 via Revolut and it's done.",
    "R$ 200 pelo Pix e começo hoje.",
    "USD 120 through Payoneer, half upfront.",
    "Rp 500.000 via DANA ya kak.",
    "100 zł przez BLIK i zaczynam.",
    "Send the deposit\nto my account via Wise.",
    "The balance can be paid\nthrough Payoneer directly.",
    "Prefer Skrill? Send it over and I'll start.",
    "¿Prefieres Bizum? Envíamelo al número del perfil.",
    "Wolisz Revolut? Przelej mi tam.",
    "Lebih suka OVO? Transfer aja ke aku.",
    "Se a taxa do Fiverr incomoda, PicPay também rola.",
    "Si la comisión de Fiverr te molesta, Bizum también vale.",
    "Não quer pagar a taxa? Manda no Pix.",
    "Transfira pelo PicPay pra mim.",
    "Mandame la plata por Mercado Pago.",
    "Envoie-moi l'argent par Lydia.",
    "Stuur het geld via Tikkie naar mij.",
    "Padala mo sa GCash ko.",
    "Paytm kar do mujhe.",
    "40 USD per Payoneer.",
    "€25 met Tikkie.",
    "30$ через ЮMoney.",
    "Half upfront, the rest you can send\nthrough Payoneer.",
    "Padala mo na lang sa GCash ko.",
    # a question about a service, sold as cheaper or direct in the next sentence
    "Would Payoneer work for you? Saves us the Fiverr fee.",
    "Can you pay through Wise instead? It's cheaper for both of us.",
    "Quer pagar no Pix? Faço desconto.",
    "¿Te sirve pagar por Nequi? Te hago descuento.",
    "Tu veux payer par Lydia ? Je fais une remise.",
    "Pagos por fuera:\nBizum o transferencia.",
    # a service asked about, then a request to pay in the next sentence
    "Lieber Revolut? Schick es einfach rüber.",
    "Papara daha mı kolay? Oraya gönder.",
    "Prefer Zelle? Send it over and I start.",
    "¿Mejor Bizum? Mándamelo y empiezo.",
    "Zahlung bitte\nper Überweisung auf mein Konto.",
    # persons are no products: the relative clause does not make the payment the work's
    "A freelancer who accepts payments via Wise.",
    "I am a freelancer who accepts payments via Wise.",
]


@table_test("text", OFFERS)
def test_disguised_offers_are_errors(lint, text):
    assert _payment(lint(text)), text


# -------------------------------------------------------------------- honest look-alikes

HONEST = [
    "Your customers pay via Stripe on your store.",
    "Your customers can pay via Stripe, PayPal or Apple Pay on your store.",
    "Your customers will be able to pay with PayPal, Stripe or Apple Pay.",
    "Seus clientes poderão pagar com Pix, Mercado Pago ou cartão.",
    "Deine Kunden können per PayPal, Klarna oder Giropay bezahlen.",
    "Los clientes de tu tienda pagan con Mercado Pago directamente en tu web.",
    "Ihre Kunden zahlen direkt per Klarna in Ihrem Shop.",
    "I will connect Stripe so your customers pay directly to your account.",
    "I build a Telegram bot that accepts payments via Stripe and crypto.",
    "I build a booking site that accepts payments via PayPal.",
    "A WordPress plugin which accepts payments with Stripe.",
    "I build a donation page that accepts payments via Stripe.",
    "The checkout form that accepts Apple Pay and Google Pay.",
    "Payment is only accepted through Fiverr; it reaches my account after delivery.",
    "The payment goes to my account only through Fiverr.",
    "Fiverr transfers my earnings to my bank account every two weeks.",
    "Fiverr pays the earnings to my bank account after clearance.",
    "I withdraw my Fiverr earnings to my bank account via Payoneer.",
    "I never ask for a transfer to my account; all payments go through Fiverr.",
    "Please do not send money to my account outside Fiverr.",
    "No acepto transferencia directa a mi cuenta.",
    "I do not accept direct transfers to my account.",
    "Transferencia directa a mi cuenta no es posible, todo va por Fiverr.",
    "Is this only happening to my account or to everyone?",
    "Log in to my account? No, I never need your password.",
    "My account manager will review your brief.",
    "Logo design from $50 via Fiverr's secure checkout.",
    "Basic package $50, delivered via Fiverr.",
    "I charge $50 for Stripe integration.",
    "I will write a tutorial: how to receive $50 via PayPal.",
    "I set up Amazon Pay and Google Pay on your Shopify store.",
    "Pago Fácil and Rapipago barcodes generated for your store.",
    "Agrego Amazon Pay, Google Pay y PayPal a tu página de pago.",
    "Payment goes to my Fiverr account after you accept the delivery.",
    "I will wire the Arduino circuit and test it.",
    "I will integrate PayPal into your store.",
    "I don't accept PayPal outside Fiverr.",
    "No PayPal, no crypto, only Fiverr checkout.",
    "I accept no PayPal or Wise payments outside Fiverr.",
    "Lieber Kunde, ich integriere PayPal in Ihren Shop.",
    "Ich arbeite lieber mit Stripe als mit PayPal für Ihren Shop.",
    "I charge $5 per PayPal button you need on the site.",
    "Prices start at $30 with Fiverr's secure payment.",
    "The Stripe plugin costs 49 EUR con licencia.",
    "Send over the brief and I will start.",
    "You can send through the Fiverr chat any reference images.",
    "Order kar do, main Fiverr pe deliver karunga.",
    "If I then transfer it to my bank account, the bank takes a fee.",
    # a buyer's question answered with the marketplace as the way (FAQ)
    "Can I pay with PayPal? Yes, Fiverr accepts PayPal at checkout, no extra fee.",
    "Do you accept PayPal? Only through Fiverr's checkout, never directly.",
    "Prefer PayPal? Fiverr's checkout accepts it.",
    "Which is better, Wise or Payoneer? I compare their fees in this article.",
    "Want a Stripe store? I deliver in 3 days, discount for repeat buyers.",
    "I ended up having $26 less sent to my account after bank fees and Fiverr fees.",
    "Do you accept PayPal? Please pay through the order page.",
    "Do you take PayPal? Sorry, I can't accept it.",
    "Do you take PayPal? No. Pay on Fiverr only.",
    "Want Stripe set up? Send it over and I start.",
    "Need a PayPal button? Send me your site link.",
    "Can I pay with PayPal? Pay with any method Fiverr offers.",
    "What is Payoneer? Send me your questions and I will explain.",
]


@table_test("text", HONEST)
def test_honest_payment_look_alikes_are_clean(lint, text):
    assert not _payment(lint(text), ("ERROR", "WARNING")), text
