"""Subject, on-platform, exemption, handle-verb, line-break and placeholder misses of a
blind red-team set, by their general causes,
each with variants of our own in several languages and the honest sentences next to them.

* an "@name" the seller claims without naming a platform ("my own page @x", "o meu é @x",
  "busca el mío: @x", "моему боту @x", "live demo @x_bot") is a handle; the buyer's
  ("your page @yourbrand"), a chat's group ("@everyone") and code ("@media") are not;
* a verb that addresses an account before a plain user name and "on <platform>" ("DM
  sketchbykemal on IG"), and more messaging verbs before an "@name" ("Ping @x");
* a demo the seller claims earlier in the clause owns a fictional-range number ("test my
  demo bot live by messaging +1 (555) …");
* "after" before an order word says when a number is given ("qu'après commande : 06 …");
* bot commands are no profile path ("Telegram-Bot-Befehle: /start, /help");
* a chat link whose path is a stand-in after a calling code is a template
  ("wa.me/55SEUNUMERO");
* a chat messenger the seller calls their own is a way out beside a session ("o
  agendamento é pelo meu WhatsApp"); a meeting room ("my Zoom") is not;
* a private channel before "not here" ("per Mail, nicht hier im Chat");
* booking on the seller's own site ("réservez votre créneau sur mon site");
* material sent through a messenger or email, or to the buyer's own address ("I send the
  files via WhatsApp", "te lo mando a tu correo personal");
* a label over a list reads with each item ("Formas de pagamento:" over "- Pix (chave:
  meu celular)", "Reach me on:" over "- WhatsApp");
* slashes part a labelled phone number ("Telefon-Support | 0151 / 5550 / 2477");
* the rest of a split payment put on a service ("the remaining 50% via PayPal");
* the seller's payment details promised like a contact ("IBAN'ımı paylaşırım", "je vous
  envoie mon RIB"), verbs that follow their object included;
* imperatives of paying with the object glued on ("pagale con Satispay", "réglez-les par
  Lydia").
"""
from __future__ import annotations

from contact_support import reported, worst
from table_support import table_test

ERRORS = [
    # an "@name" the seller claims, no platform named
    "Instagram marketing expert. See results on my own account @growth.with.ayla and DM me there.",
    "Growth specialist — see the results on my own page @growwithtarik.",
    "Si quieres ver otros trabajos, busca el mío: @paula.zenteno.design",
    "Exemplo de bio: @seunegocio — e o meu é @bia.socialmedia, me segue lá",
    "Делаю ботов — напишите моему боту @maks_orders_bot, он примет заказ",
    "Mi cuenta es @lucia.ilustra, ahí ves todo.",
    "Mon compte : @jeanne_dessine",
    "Mein Kanal @maxschneidet zeigt mehr Beispiele.",
    "Il mio profilo @giulia.crea ha tutti i lavori.",
    "Mój profil: @ola.rysuje",
    "Mijn account @sanne_art heeft meer voorbeelden.",
    "Cek akun saya @dina.desain ya kak",
    "Bakın hesabım: @kemal.art",
    "Your bot will answer on @YourBrandBot — try the live demo @sunhaven_demo_bot (messages there reach me too).",
    # verbs that address an account
    "Ping @nadia.codes for a quick quote, I answer within the hour.",
    "Message @lena.frames for rush jobs.",
    "DM sketchbykemal on IG",
    "Escribe a lunaframes en IG para más.",
    "Напиши artbyoleg в тг",
    "Message niyo lang ako sa FB: Joshua Dela Peña Edits para sa rush.",
    # a demo the seller claims owns its number
    "I build WhatsApp chatbots — test my demo bot live by messaging +1 (555) 016-3229.",
    "I build WhatsApp chatbots — test my demo live: +1 555 014 8890",
    "Prueba mi demo en vivo escribiendo al +1 555 014 8890",
    # "after" the order is when, not what the number is
    "Conformément aux règles de Fiverr, je ne donne mon numéro qu'après commande : 06 55 01 83 27.",
    "Ich gebe meine Nummer nur nach Bestellung raus: 0151 2345 6789",
    # the seller's own chat messenger as the way
    "Mentoria ao vivo pelo Meet; o agendamento é pelo meu WhatsApp depois da compra.",
    "Agende pelo meu Telegram.",
    "Die Termine vereinbaren wir über mein WhatsApp.",
    "Запись через мой Telegram.",
    "Booking through my WhatsApp.",
    "Mon Discord ? Le même pseudo qu'ici.",
    # a private channel instead of here
    "Coaching per Zoom – den Link schicke ich dir per Mail, nicht hier im Chat.",
    "I send the files by email, not here.",
    "Te mando los archivos por correo, no por aquí.",
    # booking on the seller's own site
    "Séance sur Zoom : réservez votre créneau sur mon site, rubrique « Rendez-vous ».",
    "Book your session on my website.",
    "Order the full pack on my own website.",
    "Agenda tu sesión en mi web.",
    # material sent through a messenger or to the buyer's address
    "I send the files via WhatsApp.",
    "Все материалы отправляю в Telegram.",
    "Te mando los archivos por WhatsApp.",
    "La sesión en vivo es por Zoom; el enlace te lo mando a tu correo personal, déjamelo en los requisitos.",
    # a label over a list
    "Formas de pagamento:\n- Pix (chave: meu celular)\n- transferência\n- boleto",
    "Reach me on:\n- WhatsApp\n- Telegram",
    "Payment methods:\n- PayPal\n- bank transfer",
    # a labelled phone number parted by slashes
    "| Extra | Preis |\n|---|---|\n| Express | 20 € |\n| Telefon-Support | 0151 / 5550 / 2477 |",
    "WhatsApp: 0612 / 345 / 678",
    # "we can" + continuing, over line breaks
    "Pour aller plus vite, on peut continuer\nsur\nWhatsApp 😉",
    "Podemos seguir\npor\nTelegram",
    # the rest of a split payment
    "Pay the deposit on Fiverr, the remaining 50% via PayPal after delivery.",
    "Depois da compra aqui na plataforma, o restante pode ser por Pix pra facilitar.",
    "El 50% por Fiverr y el resto por Zelle.",
    "Anzahlung über Fiverr, den Rest per PayPal.",
    # the seller's payment details promised
    "Sipariş verdikten sonra IBAN'ımı paylaşırım, sonraki işler daha ucuz olur.",
    "I'll share my IBAN after the order.",
    "Je vous envoie mon RIB après la commande.",
    "Numaramı paylaşırım.",
    # imperatives of paying with the object glued on
    "Dopo il primo ordine su Fiverr, le modifiche future pagale con Satispay, è più veloce.",
    "Los extras págalos por Nequi.",
    "Les retouches, réglez-les par Lydia.",
]

CLEAN = [
    # the buyer's, templates, groups and code
    "I will design your page @yourbrand",
    "My clients include brands like Nike.",
    "My rate @ 20 USD per hour.",
    "The bot will message @everyone when a new order comes",
    "I write responsive text @media queries",
    "Message clients on Instagram for your brand.",
    "Text captions on Instagram",
    "Ich schreibe deine Telegram-Bot-Befehle: /start, /help, /preise.",
    "Telegram bot commands: /start and /help",
    "Crio o link wa.me/55SEUNUMERO para o botão flutuante do seu site.",
    "Button links to wa.me/1YOURNUMBER",
    # fictional numbers called samples
    "Sample card: call +1 555-0100",
    "The demo shows +1 555-0100 as a sample number.",
    "Order number 0655018327",
    # the seller's account as the work, refusals, meeting rooms
    "My WhatsApp chatbot template is shown in the video.",
    "I connected the bot to my WhatsApp for testing.",
    "Je communique uniquement via la messagerie Fiverr, merci de ne pas me demander mon Telegram.",
    "I never give out my WhatsApp.",
    "The session runs on my Zoom after you order.",
    "Your WhatsApp will be connected to the bot.",
    "Reviews? Not here yet.",
    "I will build a booking page for your website.",
    "Book a call here before you order.",
    "You can order samples and see them on my website.",
    "I send the Zoom link after you order.",
    "I send your leads a WhatsApp message.",
    "I send the files through Fiverr.",
    "I deliver email templates for your store.",
    "Tools I use:\n- WhatsApp API\n- Telegram bots\n- Zapier",
    "I deliver:\n- a WhatsApp chatbot\n- a Telegram bot",
    "Telefon: 12/05/2024",
    "We can continue the project on GitHub.",
    "I will set up IBAN validation for your checkout form.",
    "Numaramı kimseyle paylaşmam.",
    "Your customers pay the rest via PayPal at checkout.",
    "LinkedIn: Profile Rewrite",
    "Pagalo su Fiverr come sempre.",
    "Integro Satispay nel tuo shop: i clienti pagano con Satispay.",
]


@table_test("text", ERRORS)
def test_errors(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)


@table_test("text", CLEAN)
def test_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)
