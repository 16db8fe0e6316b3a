"""Payment rules (category `payment`): paying outside the marketplace, and the account
details that make it possible.

Detection lives in gigcheck/detect/payment.py (shared per gig by channel_scan.py);
payment services, pay words, work subjects and IBAN lengths are data in the pack
(policies/vocab/channels.toml, `[vocab.payment]`).
"""
from __future__ import annotations

from collections.abc import Iterator

from gigcheck.scan import channels as cs
from gigcheck.detectors.payment import OUTSIDE, STRONG
from gigcheck.scan.views import hit_for
from gigcheck.document.gig import Gig
from gigcheck.records import Hit, Severity
from gigcheck.rules.base import Context, Rule

PAY_HERE = "Remove it: buyers pay through the marketplace, which protects the payment for both of you."


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
    `Interac e-Transfer to priya@…`), and paying outside
    said outright, in several languages. A service named near payment words without
    being clearly offered is a warning.

    Not flagged: a service that is the subject of the work (`integrate PayPal checkout
    into your WooCommerce store`, `Stripe and PayPal payment gateway`, `Bitcoin
    whitepaper writing`, `Payoneer vs Wise review`), payment through the marketplace
    (`Fiverr's secure payment`, `payment through Fiverr only`), refusals (`I do not
    accept payments outside Fiverr`), and services that are also ordinary words without a
    label and an account after them (`Swift @State and @Binding`).
    """

    code = "GC301"
    name = "payment-off-platform"
    category = "payment"
    severity = Severity.ERROR
    summary = "The gig offers a way to pay outside the marketplace."
    bad_example = "Repeat clients can pay via PayPal and get 10% off.\n"
    good_example = "I will integrate PayPal checkout into your WooCommerce store.\n"

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        for scan, o in cs.gig_offers(gig, ctx):
            if o.strength == OUTSIDE:
                msg = "This asks the buyer to pay outside the marketplace; payments must go through it."
                sev = None
            elif o.strength == STRONG:
                msg = f"This offers {o.service!r} as a way to pay outside the marketplace; payments must go through it."
                sev = None
            else:
                msg = (
                    f"This names {o.service!r} next to payment terms; if it offers a way to pay outside "
                    "the marketplace, remove it."
                )
                sev = Severity.WARNING
            yield hit_for(scan.run, scan.words, o.start, o.end, msg, PAY_HERE, severity=sev,
                          key=f"pay:{(o.service or 'outside').lower()}")


_COINS = {"btc": "a Bitcoin", "ltc": "a Litecoin", "doge": "a Dogecoin", "trx": "a TRON", "eth": "an Ethereum"}
_DETAIL_MESSAGES = {
    "iban": "This is a bank account number (IBAN); payment details are against marketplace rules.",
    **{
        coin: f"This is {name} wallet address; payment details are against marketplace rules."
        for coin, name in _COINS.items()
    },
    "cashtag": "This is a Cash App $cashtag; payment details are against marketplace rules.",
    "handle": "This is a payment account name; payment details are against marketplace rules.",
    "link": "This links to a payment page ({host}); payment details are against marketplace rules.",
}


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
    bad_example = "Deposits: Cash App $lunabeats or BTC 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2\n"
    good_example = "Bitcoin whitepaper writing: 3,000 words, delivered in 5 days.\n"

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        for run, norm, d in cs.gig_payment_details(gig, ctx):
            msg = _DETAIL_MESSAGES[d.kind]
            if norm is None:
                a, b = run.src_span(d.start, d.end)
                yield Hit(a, b, run.section, msg, PAY_HERE, key=f"{d.kind}:{d.value.lower()}")
            else:
                yield hit_for(run, norm, d.start, d.end, msg, PAY_HERE, key=f"{d.kind}:{d.value.lower()}")
        for run, start, end, host in cs.payment_links(gig, ctx):
            a, b = run.src_span(start, end)
            yield Hit(a, b, run.section, _DETAIL_MESSAGES["link"].format(host=host), PAY_HERE, key=f"link:{host}")
