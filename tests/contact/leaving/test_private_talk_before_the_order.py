"""Issue 12: leaving the marketplace without a channel named, by a private talk or line.

* a private talk set before the order, whatever its verb ("Parliamone in privato prima
  dell'ordine", "Privately, before you order, …", "a quick private chat before ordering"):
  pre_order_sessions.private_before_order and private_talk_before_order; the marketplace's
  own private messages stay clean ("Send me a private message here before ordering", "…
  privately in the Fiverr inbox before you order");
* a word of privacy for talking in Japanese ("私的に連絡しましょう"), the Italian and Spanish
  "let's talk" with its pronoun glued ("parliamone", "hablémoslo");
* the seller's details asked for, the channel holding the ask phrase's possessive ("Ask me
  for my contact details", "Peça meu contato", "vraag gerust naar mijn gegevens");
* a private line the seller has or keeps for the buyers ("Tengo una línea privada para
  clientes frecuentes"), not a channel kept private ("Mantengo mi número privado");
* the marketplace's own inbox placed right after a line or a word of privacy keeps it
  there (market_way.market_placed_after: "a direct line to me here in the Fiverr inbox");
* the buyer's data kept privately is discretion ("tus datos en privado, con NDA").
"""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    # a private talk before the order, whatever its verb (it, en, es, de)
    "Parliamone in privato prima dell’ordine.",
    "Discutiamone in privato prima dell'ordine, così fissiamo il prezzo.",
    "In privato prima dell'ordine, grazie.",
    "Privately, before you order, so we agree on the price.",
    "En privado antes del pedido acordamos el precio.",
    "Vor der Bestellung privat klären wir den Preis.",
    "Before ordering, let's have a quick private chat.",
    "Antes del pedido, hagamos un chat privado.",
    # Japanese "privately", Italian and Spanish glued "let's talk"
    "私的に連絡しましょう。",
    "プライベートで連絡しましょう。",
    "Hablémoslo en privado antes del pedido.",
    # the seller's details asked for (en, pt, ru, nl)
    "Ask me for my contact details before you order.",
    "Ask me for my contacts.",
    "Peça meu contato antes de comprar.",
    "Спросите мои контакты.",
    "Vaste klanten kunnen na de eerste opdracht rechtstreeks bij mij bestellen; vraag gerust naar mijn gegevens.",
    # a private line kept or had for the buyers (es, it, fr, pt, de, en)
    "Para clientes frecuentes tengo una línea privada con atención prioritaria.",
    "Ho una linea privata per i clienti abituali.",
    "J'ai une ligne privée pour les clients fidèles.",
    "Tenho uma linha privada para clientes VIP.",
    "Ich habe eine private Nummer für Stammkunden.",
    "I keep a private line for VIP clients.",
    # the marketplace's inbox named as the place left, not kept
    "Buyers get a direct line to me, not in the Fiverr inbox.",
    "Buyers get a direct line to me instead of the Fiverr inbox.",
    "VIP buyers get my direct line so we skip the Fiverr inbox.",
    "Parliamo in privato, non nella chat di Fiverr.",
]

CLEAN = [
    # the marketplace's own private messages, before the order too
    "We discuss the details privately in the Fiverr inbox before you order.",
    "Send me a private message here before ordering.",
    "Before ordering, let's have a private chat in the Fiverr inbox.",
    "Ne parliamo in privato nella chat di Fiverr prima dell'ordine.",
    "Parliamo in privato su Fiverr.",
    # privacy that is no talk, negated or asked
    "Your data stays private.",
    "I never talk privately before the order.",
    "Can we talk privately before I order?",
    "Before you order, read my privacy policy.",
    "プライベートでも使えるデザインです。",
    "個人的には、連絡はメッセージでお願いします。",
    # the buyer's data kept privately
    "Seguimos tratando tus datos en privado, con NDA.",
    # details not asked for, or "peça" as "order"
    'Seu cardápio terá: "Peça pelo WhatsApp (seu número aqui)".',
    "Peça o pacote Premium antes de comprar extras.",
    "Ask me for my contact form template.",
    "Never ask me for my contact details.",
    "Ik verwerk uw gegevens volgens de AVG.",
    "Mijn gegevens staan niet online.",
    "Vraag naar mijn portfolio.",
    "Попросите клиентов написать в WhatsApp.",
    # a line kept private, the buyer's line, a line of the work
    "Mantengo mi número privado.",
    "I keep my WhatsApp private.",
    "Tengo mi número privado.",
    "Tengo una línea privada para tu negocio lista en el plan Premium.",
    "Ho una linea diretta con i fornitori.",
    "I have a direct line to your clients.",
    "Clients keep a direct line to support in the app I build.",
    # the marketplace's inbox as the place of the line
    "Buyers get a direct line to me here in the Fiverr inbox.",
    "VIP buyers get priority support and a dedicated revision line in the Fiverr inbox.",
    "I invoice myself through Fiverr's custom offer.",
]

test_errors, test_honest_sentences_stay_clean = severity_tests(ERRORS, CLEAN)
