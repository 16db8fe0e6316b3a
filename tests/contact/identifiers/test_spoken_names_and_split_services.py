"""Round 13 of issue 12 (recall): the general causes behind the thirteenth blind set's
misses, each with variants of our own in several languages and the honest sentences
next to them.

* handle-verb: an "@name" a few words of any language from a messaging verb, in either
  order ("contactez-moi -> @x", "DM 주세요 → @x", "msg karo bhai @x", "@x, folg mir");
  not a decorator, a package path, a template's "@yourbrand" or a CSS rule;
* wording: WhatsApp spelled as it is said ("guasap", "wasap", "vatsap"), Messenger's "mess",
  and contact verbs of ro, Arabizi, tr conditionals, id "chat via", ko "상담/문의 ...으로",
  fr "passez par mon", ru "пишите лучше"; not the same words about the work;
* payment-lang: a discount or "no fee" right next to a way to pay, without a pay verb
  ("desconto no Pix", "Descuento con Bizum", "GCash para wala nang fee"): a discount word
  that is also a leaving word is no service's name, and pt "no" after it is "in the";
  not a refusal ("No PayPal, no Pix") nor the work ("cupons de desconto e Pix na sua loja");
* numbers: Turkish teens spelled with "on" (10) before a unit ("iki yüz on iki" = 212), and a
  callback as a phone word ("Rückruf unter", "Rappel au", "Oddzwonię"); not "on" in English
  prose nor a callback function or form;
* linebreak: a payment service's one-word name split once by a line break or a space into
  parts of three letters or more ("Pay⏎Pal", "Payo⏎neer", "bit coin"); not "pay" in prose;
* exemption: a payment request the seller sends ("stuur ik een Tikkie", "te mando un Bizum")
  is paid outside, whatever order came first on the marketplace; not a guide or the work.
"""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    # handle-verb: words between the verb and the "@name", or the name first
    "escríbeme ya mismo → @carla_disena",
    "Schreib mir einfach kurz @jonas.grafik",
    "DMください → @yuki_art.jp",
    "напишите мне сюда 👉 @ivan_dev88",
    "mesaj atın lütfen @ayse.tasarim",
    "scrivimi pure qui: @giulia.design",
    "hubungi saja @budi_desain",
    "@maria.ilustra — escríbeme",
    "napisz do mnie śmiało @kasia_grafika",
    "stuur me gerust een bericht @daan.design",
    "Wasiliana nami kupitia @juma_designs",
    "연락 주세요 @minji_design",
    "私信我 @xiaolin_art",
    "contactez-moi -> @amelie_traduit",
    "Mujhe msg karo bhai @rohit_edits_official pe",
    # wording: channels as they are said, and contact verbs of more languages
    "Лучше пишите в тг, тут редко бываю.",
    "Yazarsanız WhatsApp'tan hemen dönerim.",
    "Scrieți-mi pe Telegram pentru detalii.",
    "Chat lewat telegram aja kak.",
    "ab3atli 3al insta",
    "Pisz na Messengerze, szybciej odpowiadam.",
    "Cualquier duda, escríbeme al wasap.",
    "Mándame un mensaje al guasap y te paso el precio.",
    "Hubungi via wasap ya kak.",
    "Vatsap'tan yazarsan hemen dönerim.",
    "Contactați-mă pe mess pentru o ofertă.",
    "상담은 텔레그램으로 주세요.",
    "Passez par mon WhatsApp pour une réponse rapide.",
    # payment-lang: a discount or no fee next to a way to pay
    "Desconto pelo Pix.",
    "Pix com desconto de 10%.",
    "Descuento con Bizum.",
    "Diskon pakai OVO.",
    "Korting met iDEAL.",
    "Sconto con Satispay.",
    "Dou 10% de desconto no PicPay.",
    "GCash para wala nang fee.",
    "Rabatt bei Zahlung per Überweisung.",
    "Скидка при оплате на карту Сбербанка.",
    # numbers: Turkish teens, callbacks
    "WhatsApp: beş yüz otuz, on yedi, on dokuz, kırk beş, on iki",
    "Telefon: sıfır beş yüz otuz iki, on yedi, on dokuz, kırk beş",
    "Rückruf: 0151 55501234",
    "Callback: 020 5550 1234",
    "Rappel au 01 55 50 12 34",
    "Oddzwonię: 555 012 345",
    "Telepon 0812 5550 1234",
    "Перезвоню: 8 916 555 12 34",
    # linebreak: a service's name split over a line
    "Pagami con Pay\nPal.",
    "Pague com Pay\nPal, fica mais barato.",
    "Pagami con Payo\nneer.",
    "Aceito bit coin.",
    "Paga con Satis\npay.",
    "Págame por Revo\nlut y te hago descuento.",
    "Bayad sa GCash o Pay\nMaya para walang fee.",
    # exemption: a payment request the seller sends
    "Después del pedido en Fiverr te mando un Bizum para los extras.",
    "Te mando un Bizum y listo.",
    "I'll send you a Venmo request for the extras.",
    "Je vous envoie un Lydia pour les options.",
    "Na de bestelling via Fiverr stuur ik je een Tikkie.",
    "Dopo l'ordine su Fiverr ti mando un Satispay per le modifiche.",
    "Po zamówieniu na Fiverr wysyłam ci Revolut za poprawki.",
]

CLEAN = [
    "Follow the @media rules for responsive layouts.",
    "I will message your followers from @yourbrand.",
    "Contact form built with @emailjs/browser.",
    "I will write message handlers with @bot.message_handler for your shop.",
    "Message handlers decorated with @app.task run in the background.",
    "Chat widget styled with @tailwindcss/forms.",
    "Message me here for details. @2x retina images included.",
    'Your bot replies: "Hi! Contact us at support@yourshop.com or @yourshop_help".',
    # wording: the same words about the work
    "Hago chatbots para guasap con respuestas automáticas.",
    "Reels работают лучше в Instagram, чем в TikTok.",
    "Bu paket, WhatsApp'tan gelen siparişleri otomatik yanıtlayan bir bot içerir.",
    "Creez un bot pe WhatsApp pentru magazinul tău.",
    "카카오톡 채널 상담 챗봇을 만들어 드립니다.",
    "No mess, no stress: clean files delivered here.",
    "Pisz na Fiverr, odpowiadam szybko.",
    "Mesajlarınızı Fiverr üzerinden yazarsanız hemen dönerim.",
    "Whatsup! I design logos for small shops.",
    "Saya buat bot untuk kirim pesan massal via WhatsApp.",
    # payment-lang: refusals and the work
    "No PayPal, no Pix, only Fiverr checkout.",
    "Desconto? No PayPal, only Fiverr.",
    "Configuro cupons de desconto e pagamento via Pix na sua loja.",
    "I integrate Pix with discount coupons in your WooCommerce store.",
    "Direct deposit setup for your payroll app.",
    "Dou desconto na Fiverr para pedidos grandes.",
    # numbers: not phones
    "Paket on iki saat içinde teslim edilir.",
    "I focus on bir projects.",
    "Lieferung in 3 Tagen, Rückruf-Service inklusive, 100% Zufriedenheit.",
    "I will set up a callback form for 1500 leads.",
    "Rappel: livraison en 48 heures, 3 révisions.",
    "Callback functions handle 10000 requests per second.",
    # linebreak: "pay" in prose
    "Ali pay attention to details.",
    "Go pay your bills on time with this budget app.",
    "I will design a pay box widget.",
    "I integrate Pay Pal checkout in your shop.",
    # exemption: what is sent is the work
    "I deliver a Stripe integration for your shop.",
    "I send the PayPal integration code after the order.",
    "Ich schicke dir eine PayPal-Anleitung als PDF.",
    "I will send you a Wise account setup guide.",
]


test_errors, test_honest_sentences_stay_clean = severity_tests(ERRORS, CLEAN)
