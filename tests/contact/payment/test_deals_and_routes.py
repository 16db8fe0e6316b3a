"""The general causes behind the deal-side misses of the
sixteenth and nineteenth blind sets and the leftovers of rt14/rt15, each with variants of our
own in several languages, and the honest sentences next to them.

* the work carried on somewhere ("then we continue the project on Upwork", "переходим в
  Телеграм", "on passe sur Telegram"), a rival freelance marketplace being elsewhere under
  the fiverr pack;
* "directly with me" in its short forms ("direto comigo no Pix"), pt "no" before a route
  negating no phrase of leaving;
* "possible" and the "with" of a means between a pay word and its service;
* a writing verb whose preposition made it a handle verb only ("escríbeme a mi WhatsApp");
  the German question sent "an mich";
* a compound naming a channel's detail ("WhatsApp-Nummer"); colloquial private words ("perso");
* ways said to exist ("hay formas") answering a question about paying directly;
* the order's service given in a messenger ("free revisions via WhatsApp", "правки в ЛС ВК");
* hints of being found elsewhere with a word or two between, or where else the seller
  posts (warnings), unless compared ("elsewhere than").
"""
from __future__ import annotations

from contact_support import reported, warning_tests, worst
from table_support import table_test

ERRORS = [
    # the seller's own channel as the object of an imperative contact verb
    "Message my WhatsApp.",
    "Text my WhatsApp for details.",
    "Please DM my Instagram.",
    "Feel free to message my Telegram.",
    "Questions? Message my WhatsApp.",
    "Escribe a mi WhatsApp.",
    "Scrivi sul mio Telegram.",
    # "message us" as a handle verb once hid the contact verb in it ("Contact us on WhatsApp" was caught)
    "Message us on WhatsApp.",
    "Text us on WhatsApp for a quote.",
    "DM us on Instagram.",
    # a contact verb entry "whatsapp saya" ("WhatsApp me") once swallowed the channel of "my WhatsApp"
    "Kirim pesan ke WhatsApp saya.",
    "Tolong kirim pesan ke WhatsApp saya ya kak.",
    'Buy the Basic package here first, then we continue the project on Upwork.',
    'Order the Basic package here, and then we move the project to PeoplePerHour.',
    "After the first milestone we continue the work on Workana, it's simpler.",
    'Start with the Basic package, then we carry on over Telegram.',
    'Compra el paquete básico aquí y luego seguimos con el proyecto en Workana.',
    'Depois do primeiro pedido a gente continua no WhatsApp.',
    'Après la première commande, on passe sur Telegram pour la suite.',
    'Nach der ersten Bestellung machen wir weiter über Signal.',
    'Dopo il primo ordine passiamo su WhatsApp.',
    'После первого заказа переходим в Телеграм.',
    'Setelah order pertama, kita lanjutkan di WhatsApp.',
    'Po pierwszym zamówieniu przechodzimy na WhatsApp.',
    'Na de eerste bestelling gaan we door via WhatsApp.',
    'Pentru comenzi mari, putem continua discuția în privat, în afara platformei.',
    "Let's continue on Upwork, the fees are lower there.",
    "You can also find me on Upwork if you prefer to order there.",
    'Fechando direto comigo no Pix sai 15% mais barato.',
    'Pagando no Pix direto comigo fica 10% mais barato.',
    'Cerrando directo conmigo por Mercado Pago te sale más barato.',
    'Direkt bei mir gebucht ist es 20% günstiger.',
    'Langsung dengan saya lebih murah 10%.',
    'Paiement possible par Lydia ou Paylib pour les clients français.',
    'Pago posible por PayPal para clientes de España.',
    'Pagamento possibile con PayPal per i clienti italiani.',
    'Zahlung auch mit Twint möglich.',
    'No cobro comisión, escríbeme a mi WhatsApp',
    'Écrivez à mon WhatsApp pour un devis.',
    'Schreib an mein WhatsApp für ein Angebot.',
    'Envoie un message à mon Telegram.',
    'Fragen gern per Telegram an mich',
    'Fragen gerne an mich per Telegram.',
    'Extra: direkte WhatsApp-Nummer für 10 €',
    'Extra: private Telegram-ID für 15 €',
    'Meine WhatsApp-Nummer bekommst du nach der Bestellung.',
    'Je donne mon numéro perso aux clients réguliers, demandez-le.',
    'Mon WhatsApp perso est réservé aux clients fidèles, demandez-moi.',
    'P: ¿Puedo pagarte directo?\nR: Pregúntame por mensaje, hay formas.',
    'Q: Can I pay you directly?\nA: Ask me in chat, there are ways.',
    "Q: Can we work outside Fiverr?\nA: There are ways 😉",
    'F: Kann ich dich direkt bezahlen?\nA: Schreib mir, es gibt Wege.',
    'Q : Puis-je vous payer en direct ?\nR : Écrivez-moi, il y a des moyens.',
    'D: Posso pagarti direttamente?\nR: Scrivimi, ci sono modi.',
    'В: Можно оплатить напрямую?\nО: Напишите мне, есть способы.',
    'S: Bisa bayar langsung?\nJ: Ada caranya, chat aja.',
    'Sono raggiungibile anche altrove, su Telegram.',
    'Guarantee: free revisions in my Instagram DMs after delivery.',
    'Free revisions via WhatsApp after delivery.',
    'Гарантия: правки бесплатно в ЛС ВК после сдачи',
    'Гарантия: правки бесплатно в Телеграме после сдачи',
    'Revisiones gratis por WhatsApp después de la entrega.',
    'Kostenlose Korrekturen per WhatsApp nach der Lieferung.',
    'Suporte pelo Telegram depois da entrega.',
    'Assistance par WhatsApp après la livraison.',
    'Revisioni gratuite su WhatsApp dopo la consegna.',
    'Teslimattan sonra revizyonlar WhatsApp üzerinden.',
    # not wanting to pay the fee, the buyer sent to write; a lower rate outside
    "Prefer not to pay the service fee? Message me and we'll sort it out.",
    "¿No quieres pagar la comisión? Escríbeme y lo resolvemos.",
    "Não quer pagar a taxa? Me chama que a gente resolve.",
    "Vous ne voulez pas payer les frais ? Écrivez-moi.",
    "Non vuoi pagare la commissione? Scrivimi.",
    "Не хотите платить комиссию? Напишите мне.",
    "Komisyon ödemek istemiyorsan bana yaz.",
    "Nie chcesz płacić prowizji? Napisz do mnie.",
    "I also take projects outside the marketplace for a lower rate.",
    "Fuera de la plataforma trabajo con una tarifa más baja.",
    "Hors plateforme, je propose un tarif réduit.",
    "Außerhalb der Plattform arbeite ich zu einem niedrigeren Preis.",
    # the rest settled between us, the verb after its pronoun; revisions by DM
    "Le reste, on le règle entre nous.",
    "Le solde, on le règle entre nous après la livraison.",
    "El resto lo arreglo contigo entre nosotros.",
    "Revisiones por DM de Instagram.",
]

WARNINGS = [
    'Per chi vuole, sono raggiungibile anche altrove.',
    'Se preferir, me encontra por aí, sou fácil de achar.',
    'يمكنك الوصول إلي في مكان آخر إذا أردت.',
    'Bonjour et bienvenue sur mon service ! Je suis aussi ailleurs sur le web, sous le même nom. Livraison dans les délais.',
    'Want to know where else I post my work? Just ask 😉',
    "I'm also elsewhere online — same name, just search.",
    "I'm easy to find elsewhere too.",
    'Ich bin leicht zu finden, auch woanders.',
    'Sono facile da trovare anche altrove.',
    'Меня легко найти и в других местах.',
    '¿Quieres saber dónde más publico mis trabajos? Pregúntame.',
    'Quer saber onde mais eu posto meus trabalhos? É só perguntar.',
]

CLEAN = [
    # ... but not the seller's own doing, nor a refusal
    "I will message my WhatsApp contacts about your offer.",
    "Every week I message my WhatsApp group with new designs.",
    "Don't message my WhatsApp, use Fiverr chat.",
    "Never DM my Instagram for orders.",
    'We continue with the next revision after your feedback.',
    'We continue to support you after delivery through Fiverr messages.',
    'I will continue the project in Figma and deliver the source files.',
    'We move fast: delivery in 24 hours.',
    'I can optimize your Upwork profile, message me with your Upwork link.',
    'I will write winning Upwork proposals. Message me with your Upwork profile and niche.',
    "I have 500 reviews on Upwork; let's talk about your project.",
    'Não fecho direto comigo, nem no Pix: tudo pelo Fiverr.',
    'Integration possible with PayPal and Stripe for your shop.',
    'Pago posible por PayPal en tu tienda online que yo configuro.',
    "Je suis aussi ailleurs qu'en France: je travaille avec des clients du monde entier.",
    "I'm rarely elsewhere than at my desk, so replies here are fast.",
    'Your brand will be easy to find on Google after my SEO work.',
    'I post my work on Behance and Dribbble to show my process.',
    'Sono reperibile anche nel weekend tramite i messaggi di Fiverr.',
    'Where else can I help? Ask me about logos, banners and flyers.',
    'Ich richte Ihren Telegram-Bot ein; Fragen gern an mich hier auf Fiverr.',
    'Die Rechnung schicke ich per E-Mail an Ihre Buchhaltung.',
    'Ich sende die Berichte per WhatsApp an Ihre Kunden.',
    'Écrivez à vos clients sur WhatsApp avec mes modèles.',
    'No cobro comisión, escríbeme aquí.',
    'Ich richte Ihre WhatsApp-Nummer-Verifizierung ein.',
    'Ich verifiziere Ihre WhatsApp-Nummer für die Business API.',
    'Skype-Qualität Audio für Podcasts.',
    'Je ne donne jamais mon numéro perso : tout passe par Fiverr.',
    'Je crée votre site perso avec un formulaire de contact.',
    'Un projet perso ? Je vous aide à le lancer.',
    'Q: Can I pay you directly?\nA: No, all payments go through Fiverr.',
    'Q: Can you deliver faster?\nA: There are ways, ask me.',
    'Hay formas de mejorar tu SEO sin gastar en anuncios.',
    "There are ways to cut your ad costs, I'll show you in the report.",
    'Es gibt Wege, Ihre Ladezeit zu halbieren: ich zeige sie im Bericht.',
    'I set up customer support via WhatsApp for your store.',
    'Support for WhatsApp Business API integration.',
    'Revisions for your Telegram bot are included.',
    'All revisions and support happen here on Fiverr, not on WhatsApp.',
    'I build support chatbots on Telegram and WhatsApp.',
    'Free revisions on Instagram posts until you are happy.',
    'Revisiones de tus anuncios de Facebook incluidas.',
    'Support in Instagram DMs for your brand: I reply to your followers.',
    'Configuro el soporte por WhatsApp para tus clientes.',
    "They should not pay a 40% fee for that.",
    "Don't want to pay late fees? I'll set up reminders for your invoices.",
    "Prefer not to pay PayPal fees? I'll show your shop how to use Stripe.",
    "¿No quieres pagar comisiones bancarias? Te enseño a usar Wise en tu tienda.",
    "I offer lower rates than agencies, with the same quality.",
    "Bulk orders get a reduced rate: see the Premium package.",
    "My off-Fiverr experience taught me to keep rates low.",
    "Works on any website, no platform needed: pure HTML and CSS.",
    "La confiance entre nous est la règle d'or.",
    "Entre nous, la règle est simple : révisions illimitées.",
]


@table_test("text", ERRORS)
def test_deals_and_routes_outside_are_errors(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)

test_found_elsewhere_without_a_channel_is_a_hint = warning_tests(WARNINGS)


@table_test("text", CLEAN)
def test_honest_sentences_stay_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)
