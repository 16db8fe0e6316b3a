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
