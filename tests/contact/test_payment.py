"""payment-off-platform (GC301) and payment-details (GC302)."""
from __future__ import annotations

import pytest
from table_support import table_test

from gigcheck.detectors.checksums import base58check_coin as _base58check_coin
from gigcheck.detectors.checksums import base58check_ok as _base58check_ok
from gigcheck.detectors.checksums import bech32_coin as _bech32_coin
from gigcheck.detectors.checksums import bech32_ok as _bech32_ok
from gigcheck.detectors.checksums import iban_ok as _iban_ok
from gigcheck.detectors.payment_details import find_account_details

OFFERS = [
    ("Repeat clients can pay via PayPal and get 10% off.", "ERROR"),
    ("Payoneer transfer works too if you prefer not to order here.", "ERROR"),
    ("I accept Wise transfers for orders over $500 — cheaper for both of us.", "ERROR"),
    ("Bank transfer available, ask for my account details.", "ERROR"),
    ("It's cheaper if you pay outside Fiverr.", "ERROR"),
    ("Skip the fees, pay me directly.", "ERROR"),
    ("Let's avoid the 20% cut: you pay me half, I deliver, you pay the rest.", "ERROR"),
    ("**Payment:** PayPal, Payoneer or crypto — your choice.", "ERROR"),
    ("Half upfront via PayPal Friends & Family, rest on delivery.", "ERROR"),
    ("I take Perfect Money and Bitcoin if you want to avoid the marketplace.", "ERROR"),
    ("Pay by UPI and save the platform fee — I'll share my QR in chat.", "ERROR"),
    ("Payoneer account: finance@swiftcopy.io", "ERROR"),
    ("GCash 0917 123 4567 for Filipino clients", "ERROR"),
    ("Aceito Pix, te mando a chave no chat.", "ERROR"),
    ("Überweisung auf mein Konto möglich, dann sparst du die Gebühren.", "ERROR"),
    ("Paiement par virement ou PayPal en dehors de la plateforme.", "ERROR"),
    ("Pagamento tramite PayPal accettato.", "ERROR"),
    ("Оплата на карту Сбербанка.", "ERROR"),
    ("可以支付宝或微信支付，更便宜。", "ERROR"),
    # a service near payment words, not clearly offered
    ("Zelle has been fine for the payment of big projects.", "WARNING"),
    # det10b: a money-transfer brand offered to those who would send the money is a route (issue 12's
    # severity: a payment route outside is an error)
    ("Western Union or MoneyGram for clients in Africa.", "ERROR"),
]


# A payment rail followed by its account, behind a note, a label or "to".
OFFERS += [
    ("Pix (celular): +55 21 98765-4321", "ERROR"),
    ("GCash (mobile): 0917 123 4567", "ERROR"),
    ("Interac e-Transfer to priya.books@outlook.com", "ERROR"),
    ("Zelle to mark.edits@gmail.com works too", "ERROR"),
    ("UPI ID: rahul.art@okhdfcbank", "ERROR"),
    ("M-Pesa Till Number 123456", "ERROR"),
    ("Pix: chave aleatória 3f2a-99bc, te mando no chat", "ERROR"),
    ("SWIFT code: CHASUS33, account 123456789", "ERROR"),
]


@table_test("text,severity", OFFERS, ids=[t for t, _ in OFFERS])
def test_off_platform_payment(lint, text, severity):
    # A clear offer is payment-off-platform (an error); a service only named near payment
    # words is payment-mention (a warning): one finding, from exactly one of the two.
    found = [f for f in lint(text) if f.name in ("payment-off-platform", "payment-mention")]
    assert len(found) == 1 and found[0].severity.name == severity
    assert found[0].name == ("payment-off-platform" if severity == "ERROR" else "payment-mention")
    assert found[0].category == "payment"


CLEAN = [
    "Yesterday a buyer sent a message directly to my inbox asking about a logo.",
    # Words that name a payment only in some uses: "tips", "invoices" as topics.
    "Wise: 10 tips for freelancers who work with clients abroad.",
    "PayPal is great at work for invoices, as my finance course explains.",
    "I will integrate PayPal checkout into your WooCommerce store.",
    "Stripe and PayPal payment gateway integration for Laravel.",
    "Bitcoin whitepaper writing, 3,000 words.",
    "Your money is protected by Fiverr's secure payment until you approve the delivery.",
    "Payment through Fiverr only; milestones available for orders over $500.",
    "I do not accept payments outside Fiverr. Please don't ask.",
    "Script for a YouTube ad about scams: never pay outside the platform!",
    "I will make an explainer about how Zelle, Venmo and Cash App differ for your finance blog.",
    "Payoneer and PayPal fee comparison article for freelancers' blog.",
    "I will write a blog post: 'Venmo vs PayPal vs Cash App — which is best in 2024?'",
    "Wise API integration for multi-currency payouts in your SaaS.",
    "Cash App-style UI design for a fintech startup.",
    "Cash flow forecast in Google Sheets for 36 months.",
    "Crypto newsletter writing: weekly roundup of BTC, ETH and SOL news, 800 words.",
    "Desenvolvo sites em WordPress com integração ao PayPal e Mercado Pago.",
    "I will set up bank transfer payment options in WooCommerce.",
    "I will write an article: How to pay with PayPal safely.",
    "Wise, professional and friendly voice over.",
    "I will do money transfer services with paypal and payoneer",
    # Swift the language, and "@" names in code after an ambiguous service
    "Swift `@State`, `@Binding` and `@ObservedObject` in SwiftUI.",
    "Swift: @MainActor and async/await migration for your iOS app.",
    "I will set up SWIFT code validation for your banking app.",
    "Stripe: 3d-secure setup for your checkout.",
    # "at" in prose is no obfuscated address
    "No matter small or big it's still cash that they need.",
]


@table_test("text", CLEAN)
def test_not_an_offer(lint, text):
    assert [f.excerpt for f in lint(text) if f.category == "payment"] == []


DETAILS = [
    ("Payment to GB82 WEST 1234 5698 7654 32, reference your order name.", "GB82 WEST 1234 5698 7654 32"),
    ("FR14 2004 1010 0505 0001 3M02 606 (virement)", "FR14 2004 1010 0505 0001 3M02 606"),
    ("IBAN: DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 00"),
    ("BTC: 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"),
    ("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"),
    ("ETH / USDT (ERC-20): 0x3f5CE5FBFe3E9af3971dD833D26bA9b5C936f0bE", "0x3f5CE5FBFe3E9af3971dD833D26bA9b5C936f0bE"),
    ("Cash App $lunabeats for deposits", "Cash App $lunabeats"),
    ("<!-- venmo: @kat-draws -->\nI will draw your D&D character.", "venmo: @kat-draws"),
    ("paypal.me/tomasbeats — send the deposit there", "paypal.me/tomasbeats"),
]


# Other coins, checked; and wallet-shaped strings that fail their checksum, next to a coin.
DETAILS += [
    ("LTC: LKDyUEtTR1HXamkiEphisSiBJu6o3ZPE34", "LKDyUEtTR1HXamkiEphisSiBJu6o3ZPE34"),
    ("ltc1qr23clxd5mzfsh79vn6pg0kaytjeq8w4uac63a7 for deposits", "ltc1qr23clxd5mzfsh79vn6pg0kaytjeq8w4uac63a7"),
    ("Dogecoin accepted: DH5yaieqoZN36fDVciNyRueRGvGLR3mr7L", "DH5yaieqoZN36fDVciNyRueRGvGLR3mr7L"),
    ("Send LTC to ltc1qg82tc8cd4r3wz6d4mzaxl9lh8g5aqqkp0l0qz7", "ltc1qg82tc8cd4r3wz6d4mzaxl9lh8g5aqqkp0l0qz7"),
    ("Send USDT (TRC20) to TXk9v2Lm4Qp8Rs7Tu6Vw5Xy3Za1Bc0De", "TXk9v2Lm4Qp8Rs7Tu6Vw5Xy3Za1Bc0De"),
]


@pytest.mark.parametrize("text,excerpt", DETAILS, ids=[t for t, _ in DETAILS])
def test_payment_details(lint, text, excerpt):
    found = [f for f in lint(text) if f.name == "payment-details"]
    assert excerpt in [f.excerpt for f in found]
    assert all(f.severity.name == "ERROR" for f in found)


NOT_DETAILS = [
    "Reference GB82 WEST 1234 5698 7654 33 is not an account.",  # check digits fail
    "Tracking page for parcels like 1Z999AA10123456784.",
    "Vehicle VIN decoding script, e.g. 1HGCM82633A004352.",
    "Solidity tip: `require(owner != address(0x0))` before transferring ownership.",
    "Transaction 0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060 confirmed.",
    "Prices start at $50 and the $PATH variable is set for you.",
    "Serial keys look like XXXX-XXXX-XXXX-XXXX in your license system.",
    # wallet-shaped, checksum failing, no coin around
    "Commit 1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P in our repo",
    "API key format: TxK9v2Lm4Qp8Rs7Tu6Vw5Xy3Za1Bc0De",
    "ltc1qg82tc8cd4r3wz6d4mzaxl9lh8g5aqqkp0l0qz7 is the build id of the release.",
]


@pytest.mark.parametrize("text", NOT_DETAILS)
def test_not_payment_details(lint, text):
    assert [f.excerpt for f in lint(text) if f.name == "payment-details"] == []


def test_checksums():
    assert _iban_ok("GB82WEST12345698765432") and not _iban_ok("GB82WEST12345698765433")
    assert _base58check_ok("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2")
    assert not _base58check_ok("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3")
    assert _bech32_ok("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq")
    assert not _bech32_ok("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdp")
    # Taproot addresses use Bech32m.
    assert _bech32_ok("bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297")


def test_coins_of_addresses():
    assert _bech32_coin("ltc1qr23clxd5mzfsh79vn6pg0kaytjeq8w4uac63a7") == "ltc"
    assert _bech32_coin("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq") == "btc"
    assert _bech32_coin("ltc1qg82tc8cd4r3wz6d4mzaxl9lh8g5aqqkp0l0qz7") is None
    assert _base58check_coin("LKDyUEtTR1HXamkiEphisSiBJu6o3ZPE34") == "ltc"
    assert _base58check_coin("DH5yaieqoZN36fDVciNyRueRGvGLR3mr7L") == "doge"
    assert _base58check_coin("0OIl" * 8) is None  # not Base58 at all


def test_iban_needs_its_country_length():
    assert find_account_details("GB82 WEST 1234 5698 7654 32", {"GB": 22})
    assert not find_account_details("GB82 WEST 1234 5698 7654 32", {"GB": 24})
