"""Paying the seller straight with no service named, and a fee
negated read as a payment refused (rt34 wording misses and the brief's cases).

* the seller as payee with "directly" (`direct_payees`: "to me directly", "мені напряму",
  "مستقیم به خودم", "সরাসরি আমাকে", "sa akin … direktang"), an offer with a pay verb or word
  by it (paid_straight.py, since detB the one reading): before it across a short clause, or right after it in the
  languages that put the verb last;
* a negation that opens a fee word ("No fees", "Keine Gebühren") negates the fee, not the
  payment (PayWords.fee_negated);
* ko "제 계좌로" among the seller's own accounts, zh "私下转账", sv "utanför plattformen";
* clean: a contact verb right before it ("Write to me directly about payment"), the files
  sent after payment, the buyer's customers paying the buyer, refusals, the seller's own
  earnings ("수익은 제 계좌로 입금됩니다"), a payment through the marketplace.
"""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    # the seller as payee with "directly", no service named
    "A 50% deposit goes to me directly before I create the custom offer.",
    "Tips are welcome, but please send them to me directly rather than\nthrough the order, so the site doesn't take a cut.",
    "## FAQ\n**Can I tip?** Sure, tips go straight to me: just ask.",
    "- Returning clients: pay the balance to me directly next time",
    "Передоплату 30% ви переказуєте мені напряму, решту — через замовлення.",
    "Оплату можно перевести мне напрямую, без заказа.",
    "مشتریان دائمی می‌توانند مستقیم به خودم پرداخت کنند تا کارمزد ندهند.",
    "রিপিট ক্লায়েন্টদের জন্য: পরের বার অর্ডার না দিয়ে সরাসরি আমাকে টাকা পাঠালেই হবে।",
    "Para sa mga suki ko: sa susunod, sa akin na kayo direktang magbayad\npara tipid sa fee.",
    "Magbayad kayo direkta sa akin para walang dagdag.",
    "El anticipo me lo pagas directamente a mí, el resto por el pedido.",
    "Das Trinkgeld bitte direkt an mich überweisen.",
    "Il resto lo paghi direttamente a me.",
    "Depois do primeiro pedido, o pagamento vai direto pra mim.",
    "Ödemeyi doğrudan bana yapabilirsiniz.",
    # a fee negated is no payment refused
    "No fees if you pay via PayPal or Wise directly",
    "Keine Gebühren: PayPal oder Überweisung direkt an mich",
    "No fees: pay me via PayPal",
    # ko, zh, sv said outright
    "결제는 제 계좌로 직접 이체해 주세요",
    "私下转账给我可以打折",
    "Swisha mig direkt utanför plattformen",
    "Betala utanför plattformen så blir det billigare.",
]

CLEAN = [
    "Write to me directly if you have questions about payment.",
    "Message me directly about the payment options.",
    # (a known false alarm since detW's straight payments joined detX's and detZ's rounds, kept in
    # dev.jsonl as a clean case the figures count: the files sent "to me directly" read as the payment)
    "Your customers pay you directly through the checkout I build.",
    "Payment goes through Fiverr, never to me directly.",
    "I never accept payment to me directly: everything goes through the order.",
    "Please don't send money to me directly, Fiverr's rules forbid it.",
    "수익은 제 계좌로 입금됩니다",
    "No payments via PayPal, only through Fiverr",
    "Keine Zahlung per PayPal außerhalb von Fiverr",
    "No fee is charged for PayPal at checkout on Fiverr.",
    # a negation before a direct word still refuses ("never outside"): only a fee word takes it
    "Payments with PayPal go only through Fiverr, never outside the platform.",
    "Zahlung per PayPal nur über Fiverr, nicht außerhalb der Plattform.",
    "Questions? Talk to me directly in the Fiverr inbox before you pay.",
    "Reach out to me directly here before ordering; payment is through the order.",
]

test_paid_straight_is_an_error, test_messages_and_refusals_stay_clean = severity_tests(ERRORS, CLEAN)
