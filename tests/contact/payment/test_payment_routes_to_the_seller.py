"""Payment routes to the seller read as errors (the brief's leftovers, rt32/rt34
payment-lang), and integration work and answers through the marketplace stay clean.

* a yes answering a question about a way to pay ("Q. 계좌이체 되나요? A. 네, 가능합니다", "¿Aceptas
  Bizum? Sí, claro"): the answer offers it (payment._asked_then_told, `affirming_answers`);
* the seller as payee after the service ("Zahlung bitte per PayPal an mich": `payee_words`);
* "directly" in ur, hi, tl, vi beside a service ("ادائیگی براہ راست JazzCash", "سیدھا پیمنٹ",
  "direktang", "thẳng": `direct_words`);
* clean: a yes that sends the payment through the marketplace, a yes to integration work, a
  refusing answer, payment integrations for the buyer's shop in the thin languages.
"""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    # a yes to the way asked about (ko, es, id, en, pt, tr, ja, sw, vi)
    "Q. 계좌이체 되나요?\nA. 네, 가능합니다.",
    "**P: ¿Aceptas Bizum?**\nR: Sí, claro.",
    "**T: Bisa bayar lewat DANA?**\nJ: Bisa kak.",
    "Q: Zelle okay for you?\nA: Sure, works for me.",
    "P: Aceita transferência bancária?\nR: Sim, aceito.",
    "S: Papara ile ödeme olur mu?\nC: Evet, olur.",
    "Q. PayPayで払えますか？\nA. はい、大丈夫です。",
    "Swali: M-Pesa inakubalika?\nJibu: Ndiyo.",
    "Hỏi: Thanh toán Momo được không?\nĐáp: Được nhé.",
    # the seller as payee after the service (de)
    "Zahlung bitte per PayPal an mich.",
    "Die Anzahlung bitte per Überweisung an mich.",
    # "directly" in ur, hi, tl, vi
    "ادائیگی براہ راست JazzCash یا Easypaisa پر بھی کر سکتے ہیں۔",
    "آپ JazzCash یا Easypaisa پر سیدھا پیمنٹ کر دیں، فیس نہیں لگے گی۔",
    "Paytm से सीधे पेमेंट कर दीजिए।",
    "Pwede kang magbayad nang direktang sa GCash.",
    "Chuyển khoản thẳng cho mình qua Momo nhé.",
]

CLEAN = [
    # a yes that keeps the marketplace as the way, a yes to work, a refusal
    "Q: Can I pay with PayPal?\nA: Yes, at Fiverr checkout.",
    "Q: Can you integrate PayPal into my store?\nA: Yes, sure.",
    "Q: Does the bot support Stripe?\nA: Yes.",
    "Q: Do you accept PayPal?\nA: No, only Fiverr.",
    "P: ¿Aceptas Bizum?\nR: No, solo pagos por Fiverr.",
    "FAQ: Will the site take Apple Pay?\nYes, Apple Pay and Google Pay both work in the checkout I build.",
    "Q. 카카오페이 연동 되나요?\nA. 네, 가능합니다.",
    # integration work in the thin languages
    "Isasama ko ang GCash checkout sa website mo.",
    "Tích hợp cổng thanh toán Momo cho website của bạn.",
    "ผมติดตั้งระบบรับชำระพร้อมเพย์ให้ร้านค้าของคุณ",
    "درگاه پرداخت زرین‌پال را روی سایت شما نصب می‌کنم.",
    "میں آپ کی ویب سائٹ پر JazzCash پیمنٹ گیٹ وے لگاؤں گا۔",
    "मैं आपकी वेबसाइट पर Paytm पेमेंट गेटवे सीधे जोड़ दूँगा।",
    "Ich richte PayPal-Zahlungen an Ihren Shop ein.",
]

test_payment_routes_are_errors, test_integrations_and_marketplace_answers_stay_clean = severity_tests(ERRORS, CLEAN)
