"""Round 12 of issue 12 (wording, on-platform, subject, placeholder and js-url families):
the general causes behind the twelfth blind set's misses and false alarms, each with
variants of our own in several languages and the honest sentences next to them.

* payment: a gift card is a way to pay in any language, and a subject cue inside a
  service's own name ("cards" of "gift cards") is not the work around it; Japanese and
  Chinese "we accept" (承ります, 接受) said of a service;
* asking: the buyer's number or email asked for with a polite or verb-last form or a word
  between ("envoyez-moi d'abord votre numéro", "bitte Ihre Handynummer angeben"); not
  when it is asked for a part of the work ("for the business card", "en el botón");
* subject: a profile's parts in more languages after "LinkedIn:" ("titular, extracto")
  are the work, not a handle;
* placeholder: a number masked with X's in a chat link ("wa.me/62XXXXXXXXXX") is a
  template;
* js-url: invisible format characters inside a script scheme ("java\u200bscript:") are
  read through like tabs;
* placeholder: a demo the seller claims ("test my demo bot at +1 555 …") is theirs, a
  working number, even in a fictional range (`placeholder_live_demos`);
* on-platform: keeping on talking elsewhere ("let's keep talking outside the platform",
  "seguir conversando por WhatsApp");
* payment: a deposit ("acompte", "Anzahlung", "аванс") is a pay word with a service;
* leaving: regular and long-term clients are the orders to come, dealt "directly" or
  "privately" with a better price or without middlemen (uk, zh).
"""
from __future__ import annotations

import pytest
from contact_support import reported, worst
from table_support import table_test

ERRORS = [
    # gift cards and "we accept" as a way to pay the seller
    "Gift card accepted for extras.",
    "I accept gift cards.",
    "Aceito cartões-presente da Amazon como pagamento.",
    "Acepto tarjetas de regalo de Amazon para los extras.",
    "Оплата подарочной картой Amazon тоже подходит.",
    "Amazonギフト券でのお支払いも承ります。",
    "PayPalでも承ります。",
    "接受支付宝付款。",
    # regular clients dealt with directly
    "Постоянным клиентам — работаем напрямую, дешевле.",
    "Regular clients: we can work directly, no platform fee.",
    "Stammkunden können direkt mit mir abrechnen, ohne Gebühren.",
    "Clientes habituales: trabajamos directamente, más barato.",
    "老客户可以私下交易，更便宜。",
    "Постійним клієнтам — співпраця напряму, без посередників.",
    # the buyer's number or email asked for
    "Séance Zoom : envoyez-moi d'abord votre numéro pour que je vous appelle.",
    "First send me your number so I can call you.",
    "Mándame primero tu número y te llamo.",
    "Bitte Ihre Handynummer in den Anforderungen angeben, ich rufe an.",
    "Indica tu número de WhatsApp en los requisitos y te llamo.",
    "Informe seu e-mail nas instruções do pedido para eu enviar o link.",
    "Укажите ваш номер телефона в требованиях, я позвоню.",
    "Geef je telefoonnummer in de opdrachtomschrijving, dan bel ik je.",
    "Podaj swój numer telefonu w wymaganiach.",
    "Inviami il tuo numero e ti chiamo dopo l'ordine.",
    "Tulis email kamu di catatan order.",
    "Drop your email and I'll send you my portfolio video.",
    # real handles and numbers stay
    "LinkedIn: marcos_dev",
    "Instagram: lucia.art, escríbeme.",
    "Mi perfil de LinkedIn: juan-perez-design",
    "Mon profil Instagram : @lucia.art",
    "Contoh tombol WA: wa.me/6281255503318 — itu nomor saya, tes aja.",
    "Instagram: instagram.com/xxxlovexxx",
    # keeping on talking elsewhere
    "Coaching over Zoom. For follow-ups between sessions, let's keep talking outside the platform.",
    "let's keep talking on WhatsApp.",
    "Let's keep in touch on Telegram after the order.",
    "Podemos seguir conversando por WhatsApp.",
    "Continuiamo a parlare su Telegram.",
    "Продолжим общаться в Телеграме.",
    # a demo the seller claims
    "I build WhatsApp chatbots — test my demo bot at +1 555 0163 774 before ordering.",
    "Prueba mi demo en el +1 555 0163 774 antes de pedir.",
    "Teste meu demo no +1 555 0163 774.",
    # script schemes with invisible characters inside
    "[Mes tarifs](java\u200bscript:alert('hello'))",
    "[Tarifs](java\u200dscript:alert(1))",
    "[Preise](vb\u00adscript:msgbox(1))",
    '<a href="java\u200bscript:alert(1)">x</a>',
    "Mira: [catálogo](data\u2060:text/html,<b>hola</b>)",
]


@table_test("text", ERRORS)
def test_errors(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)


HONEST = [
    "ロゴデザインのご依頼承ります。",
    "PayPal決済の導入を承ります。",
    "Je crée des cartes cadeaux pour votre boutique.",
    "Diseño tarjetas de regalo para tu tienda.",
    "Ich gestalte Geschenkkarten für Ihr Café.",
    "I design gift cards for your shop.",
    "I will design Amazon gift card templates.",
    "Your customers can pay with gift cards in the shop I build.",
    "ネットショップにPayPal決済とAmazon Payを導入します。",
    "Regular clients get a 10% discount on every order here.",
    "Stammkunden erhalten 10% Rabatt auf jede Bestellung.",
    "长期合作客户享受九折优惠。",
    "Постійним клієнтам знижка 10% на кожне замовлення.",
    "I work directly in your Figma file, regular clients get priority.",
    "Працюю без посередників — ви спілкуєтеся безпосередньо зі мною тут, на Fiverr.",
    # the buyer's details asked for the work itself
    "Indica tu número de WhatsApp y lo pongo en el botón de tu web.",
    "Укажите ваш номер телефона — я добавлю его на визитку.",
    "Send me your email address for the business card.",
    "Send me your phone number for the flyer design.",
    "Write your phone number in the requirements so I can print it on the business card.",
    "Put your logo and brand colours in the requirements.",
    "Bitte Ihre Dateien und Ihr Logo in den Anforderungen hochladen.",
    "Tulis nama bisnis kamu di catatan order.",
    "Envoyez-moi vos fichiers et votre logo après la commande.",
    "Saya tulis email marketing untuk bisnis kamu.",
    # a profile's parts as the work
    "Optimizo tu perfil de LinkedIn: titular, extracto y 10 publicaciones al mes.",
    "Otimizo seu perfil do LinkedIn: título, resumo e 10 posts por mês.",
    "J'optimise votre profil LinkedIn : titre, résumé et 10 posts par mois.",
    "Ich optimiere Ihr LinkedIn: Überschrift, Zusammenfassung und 10 Beiträge.",
    "Ottimizzo il tuo LinkedIn: titolo, riepilogo e 10 post al mese.",
    # masked numbers in chat links
    "Saya pasang tombol WA dengan nomor bisnis kamu, contoh: wa.me/62XXXXXXXXXX.",
    "El botón abrirá wa.me/52XXXXXXXXXX con tu número.",
    "Button link: https://wa.me/1XXXXXXXXXX?text=Hello",
    "Der Link sieht so aus: wa.me/49xxxxxxxxxx",
    # keeping on talking inside the marketplace
    "Let's keep talking here in the Fiverr inbox until everything is perfect.",
    "We keep talking through the Fiverr chat during the whole order.",
    "I keep in touch with you through Fiverr messages at every step.",
    "Podemos seguir conversando por aquí, en el chat de Fiverr.",
    "I will keep your Instagram followers talking.",
    # deposits held by the marketplace, or set up as the work
    "Un acompte ? Inutile : Fiverr conserve le paiement jusqu'à la validation de la livraison.",
    "Keine Anzahlung nötig: Fiverr hält die Zahlung bis zur Abnahme.",
    "Je configure l'acompte par virement dans votre boutique Shopify.",
    "Configuro el anticipo por PayPal en tu tienda WooCommerce.",
    # example words still excuse a fictional number
    "My sample card shows +1 555-0100 as the number.",
    "Demo: +1 555-0100 — replace it with yours.",
    "The mockup shows a sample number, +1 555-0100 — replace it with your own.",
    # invisible characters elsewhere
    "I fix JavaScript\u200b bugs: forms, menus.",
    "Corrijo errores de Java\u200bScript en tu web.",
]


FLAGGED = [
    # a deposit paid by a service, the rest on the marketplace: at least a warning
    "Un acompte de 30 % par virement, le reste à la livraison via Fiverr.",
    "Acompte de 50 % par PayPal avant de commencer.",
    "Anzahlung 30 % per PayPal, bevor ich anfange.",
    "Аванс 30% на PayPal перед началом работы.",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_flagged(lint, text):
    assert worst(lint, text) != "clean", reported(lint, text)


@table_test("text", HONEST)
def test_honest_sentences_stay_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)
