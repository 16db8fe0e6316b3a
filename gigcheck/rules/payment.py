"""Payment rules (category `payment`): paying outside the marketplace, and the account
details that make it possible.

Detection lives in gigcheck/detectors/payment.py (shared per gig by scan/channels.py);
payment services, pay words, work subjects and IBAN lengths are data in the pack
(policies/vocab/channels.toml, `[vocab.payment]`).
"""
from __future__ import annotations

from collections.abc import Iterator

from gigcheck.detectors.payment import OUTSIDE, STRONG, OfferMatch
from gigcheck.detectors.run_scan import RunScan
from gigcheck.document.gig import Gig
from gigcheck.records import Hit, Severity
from gigcheck.rules import fixes
from gigcheck.rules.base import Context, Rule, located
from gigcheck.scan import channels as ch
from gigcheck.scan.answers import refused_question

PAY_HERE = "Remove it: buyers pay through the marketplace, which protects the payment for both of you."
_GIG = "---\ntitle: I will mix and master your song\n---\n"


class PaymentOffPlatform(Rule):
    """Offering another way to pay (PayPal, Payoneer, Venmo, Cash App, Zelle, Wise,
    Western Union, a bank transfer, crypto ...) or asking to pay outside the marketplace
    is against its rules.

    A payment made outside the marketplace has no protection: the buyer cannot get a
    refund through it, the seller cannot prove delivery, and the account can be
    restricted for fee avoidance. "Skip the fees", "pay me directly" and "pay outside
    Fiverr" say the same without naming a service.

    This rule finds services offered as a way to pay (`pay via PayPal`, `Payment:
    Payoneer or crypto`, `I accept Wise transfers`, `Aceito Pix`, `可以支付宝`), with an
    account right after them (`Payoneer account: …`, `GCash 0917 …`, `Pix (celular): …`,
    `Interac e-Transfer to priya@…`), and paying outside said outright, in many
    languages and with regional rails (`paga direto no Pix`, `Acepto pagos por SPEI`,
    `magbayad sa GCash`, `bayar langsung via transfer ke rekening`, `zapłacić BLIKIEM`,
    `PayPayでの直接のお支払い`, `الدفع مباشرة عبر ويسترن يونيون`). Words that send the
    money straight to the seller or sell it as cheaper (`directly`, `sin comisión`,
    `korting`, `手数料がかからない`) make an offer certain, and naming the marketplace in
    the sentence excuses nothing then (`For returning Fiverr clients I take Payoneer
    transfers directly`, `Once you order on Fiverr, settle the balance through Wise`).
    The seller's own account as where the money goes makes any service an offer, even
    one the vocabulary does not know (`pay with Amazon Pay to my account directly`,
    `transferencia directa a mi cuenta`, `Überweisung auf mein Konto`), and so does an
    amount paid by a service (`$50 via Wise`, `50€ par Lydia`) or the seller named as the
    payee of the client's customers (`Your customers can pay me directly through Zelle`).
    A service named near payment words without being clearly offered is
    `payment-mention` (GC303), a warning.

    Not flagged: a service that is the subject of the work (`integrate PayPal checkout
    into your WooCommerce store`, `Stripe and PayPal payment gateway`, `Ich richte Stripe
    und PayPal in Ihrem Shop ein`, `Bitcoin whitepaper writing`, `Payoneer vs Wise
    review`), payment through the marketplace (`Fiverr's secure payment`, `pay with
    PayPal on Fiverr`, `payment through Fiverr only`), the client's customers paying the
    client (`Your customers pay via Stripe on your store`), the seller's own withdrawals
    (`I withdraw my earnings to my bank account`), refusals, the negation before or
    after the verb (`I do not accept payments outside Fiverr`, `переводы на карту не
    принимаю`), a buyer's question answered with a refusal (`Q: Can I pay you on PayPal
    to save fees? A: No.`), and services that are also ordinary words without a label
    and an account after them (`Swift @State and @Binding`).
    """

    code = "GC301"
    fix_summary = "Removes the sentence with the offer (the line, when nothing else is on it)."
    fix_applicability = "unsafe"
    name = "payment-off-platform"
    category = "payment"
    severity = Severity.ERROR
    summary = "The gig offers a way to pay outside the marketplace."
    messages = {
        "default": "This offers {service!r} as a way to pay outside the marketplace; payments must go through it.",
        OUTSIDE: "This asks the buyer to pay outside the marketplace; payments must go through it.",
    }
    suggestions = {"default": PAY_HERE}
    bad_example = _GIG + "Repeat clients can pay via PayPal and get 10% off.\n"
    good_example = (
        "---\ntitle: I will integrate PayPal checkout\n---\n"
        "I will integrate PayPal checkout into your WooCommerce store.\n"
    )

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        for rs, o in _offers(gig, ctx):
            if o.strength not in (OUTSIDE, STRONG):
                continue
            form = OUTSIDE if o.strength == OUTSIDE else "default"
            span = located(rs.run, rs.words, o.start, o.end)
            key = f"account:{o.account}" if o.account else f"pay:{(o.service or 'outside').lower()}"
            yield self.hit(span, rs.run.section, form, value=key, service=o.service,
                           fix=fixes.sentence_removal(gig, span))


class PaymentMention(Rule):
    """A payment service named next to payment words, without being clearly offered as a
    way to pay ("PayPal fees are high these days, payment is flexible").

    It may be an offer to pay outside the marketplace, which its rules forbid, or only
    talk about payments; an editor reads it to decide. Say how buyers pay (through the
    marketplace) or leave the service out.
    """

    code = "GC303"
    name = "payment-mention"
    fingerprint_code = "GC301"  # reported by payment-off-platform as a warning before 0.2
    category = "payment"
    severity = Severity.WARNING
    summary = "A payment service is named next to payment terms (maybe an offer to pay outside)."
    messages = {
        "default": "This names {service!r} next to payment terms; if it offers a way to pay outside "
        "the marketplace, remove it."
    }
    suggestions = {"default": PAY_HERE}
    bad_example = _GIG + "Zelle has been fine for the payment of big projects.\n"
    good_example = _GIG + "Payment is handled by Fiverr when you order.\n"

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        for rs, o in _offers(gig, ctx):
            if o.strength in (OUTSIDE, STRONG):
                continue
            span = located(rs.run, rs.words, o.start, o.end)
            yield self.hit(span, rs.run.section, value=f"pay:{(o.service or 'outside').lower()}", service=o.service)


def _offers(gig: Gig, ctx: Context) -> Iterator[tuple[RunScan, OfferMatch]]:
    """The gig's payment offers, but for a buyer's question the seller answers with a
    refusal ("Q: Can I pay you on PayPal to save fees? A: No. Fiverr's terms don't
    allow it"), in the same paragraph or the next one."""
    for rs, o in ch.gig_offers(ctx.scan):
        if not refused_question(gig, rs, o.start, ctx.vocabulary):
            yield rs, o


_COINS = {"btc": "a Bitcoin", "ltc": "a Litecoin", "doge": "a Dogecoin", "trx": "a TRON", "eth": "an Ethereum"}


class PaymentDetails(Rule):
    """Payment details (bank account numbers, crypto wallet addresses, `$cashtags`,
    `venmo @name`, PayPal.me links) are a way to pay outside the marketplace, which its
    rules forbid.

    IBANs are reported only when their length and check digits are valid, Bitcoin,
    Litecoin, Dogecoin and TRON addresses when their checksum is or when a coin is named
    right around them (`Send LTC to ltc1q…`), so order numbers, hashes and serial keys that
    look alike are not. Ethereum addresses are `0x` and 40 hex digits.
    """

    code = "GC302"
    name = "payment-details"
    category = "payment"
    severity = Severity.ERROR
    summary = "The gig gives payment details: an IBAN, a crypto wallet, a $cashtag, a payment link."
    messages = {
        "default": "This is a payment account name; payment details are against marketplace rules.",
        "iban": "This is a bank account number (IBAN); payment details are against marketplace rules.",
        "wallet": "This is {coin} wallet address; payment details are against marketplace rules.",
        "cashtag": "This is a Cash App $cashtag; payment details are against marketplace rules.",
        "upi": "This is a UPI payment address; payment details are against marketplace rules.",
        "link": "This links to a payment page ({host}); payment details are against marketplace rules.",
    }
    suggestions = {"default": PAY_HERE}
    bad_example = _GIG + "Deposits: Cash App $lunabeats or BTC 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2\n"
    good_example = (
        "---\ntitle: I will write your whitepaper\n---\nBitcoin whitepaper writing: 3,000 words, delivered in 5 days.\n"
    )

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        for run, norm, d in ch.gig_payment_details(ctx.scan):
            form = "wallet" if d.kind in _COINS else d.kind if d.kind in self.messages else "default"
            span = run.src_span(d.start, d.end) if norm is None else located(run, norm, d.start, d.end)
            yield self.hit(span, run.section, form, value=f"{d.kind}:{d.value.lower()}", coin=_COINS.get(d.kind))
        for run, start, end, host in ch.payment_links(ctx.scan):
            yield self.hit(run.src_span(start, end), run.section, "link", value=f"link:{host}", host=host)


RULES = (PaymentOffPlatform, PaymentDetails, PaymentMention)
