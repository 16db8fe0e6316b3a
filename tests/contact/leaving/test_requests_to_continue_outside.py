"""Requests to go on with the seller outside read as errors, and the
seller's manner or discretion next to them read as clean (round-1 leftovers, rt32 leaving).

* the orders to come booked with the seller "directly" ("next time book me directly", "hire me
  directly"), carried on "privately" after this order ("let's keep working privately after
  this order", "nach dieser Bestellung machen wir privat weiter");
* "not here" answered with the channel instead ("Need a faster way to reach me? Not here, on
  Telegram", "Nicht hier, sondern auf WhatsApp", "Не здесь, а в Telegram"): the question is
  not refused, the marketplace is;
* clean: directness as the seller's manner with nothing that leaves ("You work directly with
  me, no middlemen", "Sie arbeiten direkt mit mir"), privacy about the buyer's files ("We can
  work privately on your NDA documents"), a platform serving the buyer's own thing ("We switch
  over to Discord for your server"), a session booked through the marketplace after "not here".
"""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    # the orders to come booked with the seller directly
    "Next time book me directly.",
    "For your next project, just hire me directly.",
    "Next time, order from me directly and skip the queue.",
    "- Revisions: 2\n- Next time: book me directly",
    # carried on privately after this order (en, de, es)
    "Let's keep working privately after this order.",
    "After this order we can continue privately.",
    "Nach dieser Bestellung machen wir privat weiter.",
    "Después de este pedido seguimos en privado.",
    "Let's work privately from now on, no fees.",
    # "not here", the channel instead (en, de, ru, fr)
    "Need a faster way to reach me? Not here, on Telegram.",
    "Want to reach me faster? Not here — on Telegram.",
    "Schneller erreichen? Nicht hier, sondern auf WhatsApp.",
    "Нужна связь быстрее? Не здесь, а в Telegram.",
    "Besoin de me joindre plus vite ? Pas ici, sur WhatsApp.",
    "Questions? Not here — WhatsApp is faster.",
    # the contact verb keeps its channel even with the buyer's thing after it
    "Add me on Skype for your business needs",
    "Contact me on WhatsApp for your project",
    "Ping me on Discord for your server questions",
    # the orders to come, moved over together "directly" (fr, es, ru)
    "Pour les prochaines commandes, passons en direct, ce sera plus simple.",
    "Para los próximos pedidos pasemos a trato directo.",
    "Для следующих заказов перейдём напрямую.",
    # an order sent "there", to another site named before
    "I also sell on Upwork — order there instead and I'll give you 20% off.",
    # Vietnamese "straight" as directness, with the fees or "we" working
    "Lần sau bạn cứ nhắn thẳng cho mình, khỏi phải đặt đơn cho mất phí.",
    "Lần sau cứ làm việc thẳng với mình, không mất phí sàn.",
    "Đơn sau mình làm thẳng luôn, đỡ phí.",
    # the same service done away from here, "cheaper" said as "em conta" (pt)
    "Cancela o pedido que eu faço o mesmo serviço por fora, sai mais em conta.",
    "Por fora fica mais em conta pra você, me chama.",
    # "from the second time on" as the orders to come (ja, zh)
    "2回目以降は直接契約にしましょう。手数料がかかりません。",
    "从第二单开始我们直接交易，不走平台。",
]

CLEAN = [
    # directness as the seller's manner
    "You work directly with me, no middlemen",
    "Trabajas directamente conmigo, sin intermediarios.",
    "Sie arbeiten direkt mit mir, ohne Zwischenhändler.",
    "You work directly with me, no middlemen — everything runs through the Fiverr order page.",
    # privacy about the buyer's files
    "We can work privately on your NDA documents",
    "Podemos trabajar en privado en tus documentos confidenciales.",
    "Wir können privat an deinen NDA-Dokumenten arbeiten.",
    # a platform serving the buyer's own thing
    "We switch over to Discord for your server",
    "Cambiamos a Discord para tu servidor",
    "Wir wechseln zu Discord für deinen Server",
    # "not here" with no channel instead, or a session the marketplace books
    "Reviews? Not here yet.",
    "Can I pay with PayPal? Not here, sorry: Fiverr only.",
    "Next time, book directly from my packages.",
    "Next time we talk directly in the Fiverr inbox.",
    "Passons à l'étape suivante : la maquette.",
    "Pour les prochaines commandes, passons par la page Fiverr.",
    "Pasemos directamente a la revisión final.",
    "I post my work on Instagram, but please order here on Fiverr.",
    # the marketplace as the way the next files go, and a straight line drawn
    "Lần sau mình sẽ giao file thẳng vào đơn hàng trên Fiverr.",
    "Lần sau mình sẽ giao file trực tiếp vào đơn hàng trên Fiverr.",
    "Mình vẽ đường thẳng rất đẹp, lần sau bạn đặt tiếp nhé.",
    # a package that comes out cheaper, here
    "O pacote básico sai mais em conta para quem está começando.",
    "O pacote premium é mais em conta que contratar três pacotes básicos.",
    # repeat orders here, at a repeat price
    "2回目以降は割引価格でご依頼いただけます。",
    "2回目以降も直接このページからご注文ください。",
]

test_requests_are_errors, test_manner_and_discretion_stay_clean = severity_tests(ERRORS, CLEAN)
