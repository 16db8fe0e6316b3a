"""Paying the seller outside the order said in ordinary words
(detectors/paid_straight.py, `apart_words`, `order_skip_marks` and new pay verbs).

A pay verb or a money word ("deposit", "tips", "acompte", "переказуєте", "پرداخت",
"magbayad", "the bill") with the money going straight ("directly", "напряму", "مستقیم") and
one more sign: the seller as the payee, the fee saved, the pay verb right against the
direct word, the marketplace named to be left, or the order skipped ("no need to open a new
order", "sans rouvrir de commande", "অর্ডার না দিয়ে"). An error, as any payment outside.

Honest neighbours stay clean: the marketplace paying the seller, extras paid separately,
"message me directly about payment", discounts for paying upfront, the buyer's shop taking
payments, refusals and rule quotes, revisions with no new order and no payment.
"""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    # the seller as the payee, with a direct word
    "A 50% deposit goes to me directly before I create the custom offer.",
    "The deposit goes straight to me, then I open the order.",
    "Tips are welcome, but please send them to me directly rather than\nthrough the order, so the site doesn't take a cut.",
    "- Tips: sent to me directly, not through the order",
    "Передоплату 30% ви переказуєте мені напряму, решту — через замовлення.",
    "Предоплату 50% переведете мне напрямую.",
    "مشتریان دائمی می‌توانند مستقیم به خودم پرداخت کنند تا کارمزد ندهند.",
    "রিপিট ক্লায়েন্টদের জন্য: পরের বার অর্ডার না দিয়ে সরাসরি আমাকে টাকা পাঠালেই হবে।",
    # the pay verb right against the direct word
    "Pour les gros volumes, je demande un acompte de 30 % réglé directement,\nle reste passe par la commande.",
    # the fee saved
    "Para sa mga suki ko: sa susunod, sa akin na kayo direktang magbayad\npara tipid sa fee.",
    # the marketplace named to be left
    "Tukimaliza oda hii, malipo ya kazi zijazo tutafanya nje ya jukwaa.",
    # the order skipped
    "Since you're a returning client, there's no need to open a new order:\njust tell me what you need and I'll send you the bill.",
    "Returning clients: no need for a new order, I'll invoice you myself.",
    "Pour gagner du temps, on règle les retouches par un petit virement,\nsans rouvrir de commande.",
    "Für Stammkunden: Anzahlung ohne neue Bestellung, einfach direkt an mich.",
    # other languages, word orders
    "El anticipo me lo pagas directamente a mí, sin abrir pedido.",
    "O sinal você paga direto pra mim, sem precisar de novo pedido.",
    "L'acconto me lo paghi direttamente, senza ordine.",
    "Kapora bana doğrudan gönderilir, sipariş açmadan.",
    "Uang muka langsung ke saya saja, tanpa order baru.",
    "العربون يدفع لي مباشرة بدون طلب جديد.",
    "Next time, skip the order and pay the balance to me directly.",
    "Für Folgeaufträge zahlt ihr mir direkt, ohne Bestellung.",
    "Gratuities can go to me directly.",
    "The rest paid directly to me.",
]

CLEAN = [
    "Fiverr pays me directly after the order completes.",
    "Message me directly about payment plans.",
    "Rush delivery is paid separately as an extra.",
    "You pay upfront and get a 10% discount on bulk orders.",
    "I set up direct payments for your store so customers pay you without platform fees.",
    "I write invoices and payment reminders for your clients directly in your CRM.",
    "Revisions are free, no need to open a new order.",
    "I never take payment without an order.",
    "Payment is taken by Fiverr when you order; no payment outside.",
    "Beware of scammers asking you to pay off-platform. I will never do that.",
    "Laut Fiverr-Richtlinien sind Zahlungen außerhalb der Plattform verboten.",
    "По правилам Fiverr оплата вне платформы запрещена, поэтому всё только здесь.",
    "FAQ\nQ. 계좌이체로 직접 결제해도 되나요?\nA. 아니요, 모든 결제는 플랫폼을 통해서만 진행됩니다.",
    "I deliver the source files directly to you in the order chat.",
    "Tips are welcome through the order page after delivery.",
    "The deposit is paid through the order; I start as soon as it arrives.",
    "Ich liefere direkt nach der Anzahlung über die Bestellung.",
    "Payment is released to me directly by the platform.",
    "Los pagos se hacen directamente en la plataforma.",
    "I reply directly to every payment question here in the inbox.",
    "Das Trinkgeld geht direkt über Fiverr an mich.",
    "Extras are charged separately in the order.",
    "Deposit required before I start; pay it in the order directly.",
    "I accept your order and send the files directly.",
    "Without an order I cannot take payment.",
    "I do the first half of the edit, the rest directly after your feedback.",
    "El resto directamente después de tu revisión.",
]

test_payments_straight_to_the_seller_are_errors, test_honest_sentences_stay_clean = severity_tests(ERRORS, CLEAN)
