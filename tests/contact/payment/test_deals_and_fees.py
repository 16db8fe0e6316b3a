"""The deal side (leaving without a channel, fee avoidance, settling
privately, payment routes beside the marketplace, a route after the subject): the general
causes behind the fourteenth and fifteenth blind sets' misses (rt14, rt15), each with
variants of our own in several languages, and the honest sentences next to them.

* a word of settling the deal ("s'arranger", "accordarci", "resolve", "regeln") is dealing
  off the platform with "we" and a place away or a word of privacy ("privatamente");
* the orders to come counted from the second one ("ab dem zweiten Auftrag", "dal secondo
  ordine") or called the following ones ("lavori successivi"), dealt directly;
* the marketplace's fee skipped with the buyer sent to ask ("skip the service fee, just
  ask me how", "non pagare la commissione, scrivimi"); another's fee is the work;
* a word of privacy right after "how to reach me" ("how to reach me privately");
* found outside with the verb split or last ("Je kunt me ook buiten deze site vinden");
* payment routes beside the marketplace: paying extra ("доплатить"), pt "no" as "in the"
  ("pode ser no Pix"), fillers and what the payment is for before "via" ("pembayaran
  revisi tambahan bisa via OVO"), Turkish case endings ("IBAN'dan");
* a route after the subject: asking the seller on a channel ("Ask me on Telegram",
  "tanya-tanya dulu via WA", "DM atın"), the seller's account as "mine" ("pay me through
  mine"), a direct line sold as an extra with its price.
"""
from __future__ import annotations

from contact_support import reported, warning_tests, worst
from table_support import table_test

ERRORS = [
    # settling off the platform, "we" with a place away or privacy
    "Pour les gros projets, on peut s'arranger en dehors de la plateforme.",
    "For bigger budgets we can arrange things outside the platform.",
    "Para proyectos grandes podemos arreglarlo fuera de la plataforma.",
    "Em projetos maiores a gente acerta tudo fora da plataforma.",
    "Pour les commandes récurrentes, on peut régler ça en dehors de la plateforme.",
    "Bei größeren Projekten können wir das außerhalb der Plattform regeln.",
    "Per progetti grandi possiamo sistemare tutto fuori dalla piattaforma.",
    "Для крупных заказов можем договориться вне платформы.",
    "Büyük projelerde platform dışında anlaşabiliriz.",
    "Untuk proyek besar kita bisa atur di luar platform.",
    "Przy większych zleceniach możemy się dogadać poza platformą.",
    "Voor grote projecten kunnen we het buiten het platform regelen.",
    "Pentru proiecte mari ne înțelegem în afara platformei.",
    "Pentru colaborări pe termen lung vorbim în privat, în afara platformei.",
    "Podemos acertar o pagamento privadamente depois.",
    "Possiamo sistemare il pagamento privatamente.",
    "Per i lavori successivi possiamo accordarci privatamente.",
    # the orders to come, dealt directly
    "Depois do primeiro pedido a gente resolve por fora.",
    "Ab dem zweiten Auftrag arbeiten wir direkt – ohne Vermittler.",
    "From the second order on we settle directly, no fees.",
    "A partir del segundo pedido lo arreglamos por nuestra cuenta.",
    "A partir do segundo pedido a gente combina por fora.",
    "À partir de la deuxième commande, on règle en direct.",
    "Dal secondo ordine ci accordiamo direttamente.",
    "Ab dem zweiten Projekt regeln wir das direkt unter uns.",
    "Со второго заказа рассчитаемся напрямую.",
    "İkinci siparişten itibaren doğrudan anlaşırız.",
    "Mulai order kedua kita atur langsung aja.",
    "Od drugiego zlecenia rozliczymy się bezpośrednio.",
    "Vanaf de tweede opdracht regelen we het rechtstreeks.",
    "Long-term clients are moved to my private client list after the first gig.",
    # the marketplace's fee skipped, the buyer sent to ask
    "Let's take this conversation somewhere without the 20% cut.",
    "If you'd rather skip the service fee, just ask me how in chat.",
    "Se preferisci non pagare la commissione, scrivimi e troviamo un modo.",
    "Want to avoid the platform fee? Message me and I'll explain.",
    "Prefer to save the 20% fee? Ask me how.",
    "Si quieres evitar la comisión, escríbeme y lo vemos.",
    "Quer evitar a taxa? Me chama que eu explico.",
    "Pour éviter les frais, contactez-moi et on trouve une solution.",
    "Wer die Gebühren sparen will, schreibt mir einfach.",
    "Vuoi evitare la commissione? Chiedimi come.",
    "Хотите не платить комиссию? Напишите мне.",
    "Komisyon ödemeden çalışmak istersen bana yaz.",
    "Mau hindari potongan? Tanya aku aja.",
    "Chcesz uniknąć prowizji? Napisz do mnie.",
    "Wil je de commissie vermijden? Stuur me een bericht.",
    "想省手续费的话，私信问我。",
    # privately, right after the way to reach
    "Ask me in chat how to reach me privately.",
    "Message me to learn how to contact me directly.",
    "Pregúntame cómo contactarme en privado.",
    "Demande-moi comment me joindre en privé.",
    # payment routes beside the marketplace
    "После заказа на Fiverr можно доплатить на карту Сбера.",
    "После заказа на Kwork можно доплатить на карту Сбера — так быстрее.",
    "Fiverr'da sipariş verdikten sonra tekrarlayan işler için IBAN'dan çalışıyoruz.",
    "Sonraki işler Papara'dan olur.",
    "Setelah order di Fiverr, pembayaran revisi tambahan bisa via DANA/OVO.",
    "Pembayaran bisa via OVO.",
    "Pembayaran revisi tambahan bisa via GoPay.",
    "Depois da compra aqui na Fiverr, o restante pode ser no Pix mesmo, sai mais barato.",
    "O resto pode ser no Pix.",
    "Payment for extra revisions via Wise.",
    "Pagamento das revisões extras pelo Pix.",
    "Оплата доработок через ЮMoney.",
    # a route after the subject
    "Jasa bikin bot WhatsApp, tanya-tanya dulu via WA aja kak.",
    "Desain feed Instagram, tanya dulu via DM Instagram ya.",
    "Instagram reklam yönetimi; detaylar için bana Instagram'dan DM atın.",
    "Questions? Ask me on Telegram.",
    "Tira as dúvidas comigo pelo zap.",
    "Je crée votre chatbot Messenger ; pour les détails, écrivez-moi sur Messenger.",
    "Настрою ваш Telegram-бот, вопросы — пишите мне в Telegram.",
    "I'll set up your PayPal Business account — or just pay me through mine and save 15%.",
    "I'll set up your Stripe account, or pay me via mine to save the fee.",
    "Configuro tu cuenta de PayPal, o págame por el mío y ahorras.",
    "Extra: Direct WhatsApp line — $15",
    "Add-on: Direct Telegram access — $20",
    "Extra: direkte WhatsApp Nummer für 10 €",
    # a Turkish case ending glued to the marketplace is "from" it, no way to pay
    "Fiverr'dan sipariş verdikten sonra Papara ile bahşiş gönderebilirsiniz.",
    "Fiverr'dan sipariş verin, kalan tutarı IBAN'dan gönderin.",
]

WARNINGS = [
    "Je kunt me ook buiten deze site vinden.",
    "Mi trovi anche fuori da qui.",
    "Me encuentras también fuera de aquí.",
]

CLEAN = [
    "All payments stay on the platform.",
    "I never settle privately; everything goes through Fiverr.",
    "No hidden fees, message me with any questions.",
    "We continue in the Fiverr chat after your order.",
    "I work with agencies directly on Fiverr.",
    "Privacy policy included in every website I build.",
    "Private label product listings for Amazon sellers.",
    "Direct-to-film printing designs and direct mail templates.",
    "Skip the intro and get straight to the tips.",
    "I'll write a blog post about Etsy fees and how to reduce them.",
    "Private lessons on Fiverr, booked through the order page.",
    "I'll show you how to avoid PayPal fees on international invoices.",
    "I help your store skip Shopify transaction fees with a better setup — message me here on Fiverr.",
    "Avoid late fees with my bookkeeping service; contact me with your questions.",
    "Sin comisión extra por revisiones. Escríbeme por aquí.",
    "Possiamo sistemare il logo insieme, tutto su Fiverr.",
    "We can arrange the delivery schedule together in the order chat.",
    "From the second order on you get a 10% discount on Fiverr.",
    "Dal secondo ordine in poi lavoriamo direttamente sul tuo file.",
    "A partir do segundo pedido a gente mantém o mesmo estilo.",
    "I keep your data private; we settle the brief in the Fiverr inbox.",
    "Fee structure consulting: contact me to review your pricing.",
    "Beware of scammers asking you to pay off-platform. I will never do that.",
    "Je n'accepte aucun paiement hors Fiverr.",
    "Aceito pagamentos só pela Fiverr, no Pix não.",
    "No PayPal, no Pix: everything goes through the Fiverr checkout.",
    "Payment gateway setup via Stripe for your store.",
    "I integrate payments for your shop via Stripe.",
    "PayPal'dan para çekme rehberi yazarım.",
    "Shopify mağazanıza Stripe üzerinden ödeme entegrasyonu kurarım.",
    "I will build a WhatsApp chatbot that answers your customers.",
    "Direct WhatsApp API integration for your store.",
    "I set up direct Instagram messaging automation for your brand.",
    "Jasa bikin bot WhatsApp, tanya-tanya dulu lewat chat Fiverr aja kak.",
    "Instagram reklam yönetimi; detaylar için bana Fiverr'dan yazın.",
    "I'll set up your PayPal Business account for your shop.",
    "Extra: direct WhatsApp API integration — $50",
    "Extra: private Instagram account audit — $30",
    "Add-on: personal Telegram bot for your team — $40",
    "I keep everything private and confidential.",
]


@table_test("text", ERRORS)
def test_deals_off_the_marketplace_are_errors(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)

test_found_outside_with_the_verb_apart_is_a_hint = warning_tests(WARNINGS)


@table_test("text", CLEAN)
def test_honest_sentences_stay_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)
