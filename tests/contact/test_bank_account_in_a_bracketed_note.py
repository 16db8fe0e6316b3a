"""An account number in a bracketed note a word or two after a bank service, among a
bank's name and the holder's (detectors/payment_details.py `_bank_note`): an offer to
be paid there (payment-off-platform, error), in many languages. Years, versions, counts
and amounts in a note after a service that is the work stay clean."""
from __future__ import annotations

from tests.contact_support import severity_tests

ERRORS = [
    "계좌이체 가능합니다 (국민 123-45-6789-012, 예금주 김하늘)",
    "Transferencia bancaria (BBVA 0182 1234 5678 9012, titular Ana Ruiz)",
    "銀行振込もOKです（三井住友 1234567 普通 口座名義 タナカ）",
    "Chuyển khoản ngân hàng được (Vietcombank 0123456789, chủ TK Nguyen Van A)",
    "Banküberweisung möglich (Sparkasse, Konto 1234567890, Inhaber M. Weber)",
    "Bonifico bancario ok (Intesa 1000 0012 3456, intestato a L. Rossi)",
]
CLEAN = [
    "I integrate Stripe (API version 2024-06-20) into your store.",
    "I set up bank transfer options (SEPA, 2 to 3 business days) in WooCommerce.",
    "Ich richte PayPal ein (seit 2015, über 300 Shops)",
    "I build PayPal checkouts (over 1,200,000.50 USD processed, 4.9 rating since 2019).",
    "Alipay 和微信支付接入（已完成 120 个项目，2018-2024）",
    "Configuro pagos con transferencia bancaria en tu tienda (plugin v3.2.1, 2 días)",
]

test_bank_notes_are_errors, test_notes_that_are_no_account_stay_clean = severity_tests(ERRORS, CLEAN)
