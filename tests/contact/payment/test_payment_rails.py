"""Issue 12, payment-lang recall (detF): a new payment rail goes to the pack (`services`), and
"straight to us" and "no fee to pay" in Thai go to `direct_words` and `incentive_words`
(rt39 "โอนผ่านพร้อมเพย์ตรงถึงเราได้เลยค่ะ ไม่ต้องเสียค่าธรรมเนียม"). The buyer's store taking a
rail, a refusal and the marketplace's own fee stay clean."""
from __future__ import annotations

from contact_support import severity_tests

RAILS = ["PayNow", "PayLah", "Naver Pay", "Benefit Pay", "N26", "Tinkoff", "Kaspi", "ABA Pay", "eSewa", "Khalti",
         "Moov Money", "OneMoney", "Telebirr", "CBE Birr", "Flooz"]

PAID_OUTSIDE = [f"You can also send the payment to my {rail} account." for rail in RAILS] + [
    "โอนผ่านพร้อมเพย์ตรงถึงเราได้เลยค่ะ ไม่ต้องเสียค่าธรรมเนียม",
    "โอนผ่านพร้อมเพย์ตรงถึงเราได้เลยค่ะ",
    "Оплата на Kaspi Gold напрямую мне, без комиссии.",
    "Bayar terus ke PayNow saya, lebih murah.",
    "Kamu bisa bayar pakai GoPay langsung ke saya.",
]

HONEST = [
    "I integrate PayNow and Kaspi checkout into your store.",
    "Your app will accept Telebirr and eSewa payments from your customers.",
    "Pay through Fiverr only; I don't take PayNow or Kaspi.",
    "ชำระผ่าน Fiverr ได้เลย ไม่ต้องเสียค่าธรรมเนียมเพิ่ม",
    "ร้านของคุณจะรับโอนผ่านพร้อมเพย์ตรงเข้าบัญชีร้าน",
    "ไม่รับโอนพร้อมเพย์ตรงถึงเรานะคะ ชำระผ่าน Fiverr เท่านั้น",
    "Toko kamu bisa terima pembayaran GoPay.",  # the buyer's shop, "your" as "kamu"
    "Website kamu akan terima pembayaran GoPay.",
]

test_paid_outside_is_an_error, test_honest_payment_talk_stays_clean = severity_tests(PAID_OUTSIDE, HONEST)

# A shipment's number named from further back in its clause ("Tracking number provided by the
# courier: …", `id_nouns`) is no phone; a phone word with a number of its own stays one.
SHIPMENTS = [
    "Tracking number provided by the courier: 1Z 999 AA1 01 2345 6784.",
    "Tracking number sent after shipping: 1Z 999 AA1 01 2345 6784.",
]
PHONES = [
    "Call me on my number after tracking your order: 020 7946 0958.",
    "For tracking questions call 020 7946 0958.",
]

test_a_phone_near_tracking_stays_an_error, test_a_tracking_number_is_clean = severity_tests(PHONES, SHIPMENTS)
