"""Written identifiers that still got no finding, and false alarms.

* after a sample's label, a break and an "or" leave the sample: "Modelo: [seu nome] |
  contato@seudominio.com —⏎ou fale comigo em rafa.design@example.com.br" is the seller's
  own address (`placeholder_turns`, detectors/placeholders._turns_away);
* an address split over list items keeps its domain when the second item labels it
  ("- mail: lorenzo.audio⏎- dominio: @libero.it"; document/items._unlabelled);
* a number cut over two table rows is read under the first row's label ("| Telefon | 0176 |"
  over "| direkt | 4418 2930 |"; document/items._under_row_label);
* a promise to answer at the "@name" makes it the seller's ("add @x — I reply there");
* a bare user name after a platform is judged by what follows it: a contact verb in the
  next clause ("Telegram jiwoo_design (DM me)");
* a two-letter cue broken into its letters ("W⏎A 447700900123"), and a cue broken in
  two by the layout before a number broken too ("Za⏎lo: 0912⏎ 348 655");
* a number called the seller's own line right after it ("— it's my business line").

Honest neighbours (false alarms of round 1): the marketplace's own chat written as one word
("im Fiverr-Chat"), the buyer's bot ("ربات تلگرام شما"), an attribute in code ("obj.pk"), a
provider's name before its domain ("Gmail @gmail.com addresses"), "as you like" after a
comma ("Zoom o Meet, como prefieras"), a sample's own "or".
"""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    # a sample, then an "or" after a break that turns to the seller's own address
    "Modelo de assinatura: [seu nome] | contato@seudominio.com —\nou fale comigo em rafa.design@example.com.br antes de pedir.",
    "Email signature template: [your name] | hello@yourstudio.com … or just mail me at nina.letters@example.com",
    "Plantilla: [tu nombre] | hola@tudominio.com —\no escríbeme a lucia.design@example.es",
    "Vorlage: [Ihr Name] | info@ihrefirma.de —\noder schreib mir an jonas.schnitt@example.de",
    "Modèle : [votre nom] | contact@votredomaine.fr —\nou écrivez-moi à camille.voix@example.fr",
    "Template: [your name], hello@yourbrand.com; or mail me directly: kofi.mixes@example.net",
    # an address split over list items, the second item labelled
    "Per i file grandi:\n- mail: lorenzo.audio\n- dominio: @libero.it\n(unisci le due righe 😉)",
    "Big files:\n- user: sam.voiceworks\n- domain: @proton.me",
    "Archivos grandes:\n- correo: lucia.dibuja\n- dominio: @gmail.com",
    # a number cut over two table rows, read under the first row's label
    "| Extra | Preis |\n|---|---|\n| Express | 30 € |\n| Telefon | 0176 |\n| direkt | 4418 2930 |",
    "| Item | Price |\n|---|---|\n| Rush | $30 |\n| WhatsApp | +44 7700 |\n| direct | 900 742 |",
    "| Доп | Цена |\n|---|---|\n| Телефон | 8 912 |\n| звоните | 345 67 89 |",
    # a promise to answer at the "@name" just before
    "Custom pet portraits 🐶\nadd @mira.sketches — I reply there within minutes",
    "add @mira_sketches, I reply there fast",
    "Agrega a @lucia.dibuja — respondo ahí en minutos",
    "добавь @oleg_art — отвечаю там быстро",
    # a bare user name after a platform, a contact verb in the clause right after it
    "Telegram jiwoo_design (DM me)",
    "Telegram jiwoo_design, DM me",
    "Telegram jiwoo_design — message me there",
    # a two-letter cue broken into its letters
    "W\nA 447700900123",
    "W A 447700900123",
    "W/A 0812 8830 5517",
    # a cue broken in two before a number broken too
    "मुझसे बात करें\nव्हाट्स\nऐप पर:\n98765\n12034",
    "Liên hệ\nZa\nlo: 0912\n 348 655\nđể được tư vấn miễn phí",
    "Whats\napp:\n+44 7700\n900 742",
    "Пишите в теле\nграм: 8 912\n345 67 89",
    # the number called the seller's own line right after it
    "I will build your WhatsApp chatbot.\nTest the demo before ordering: +1 (312) 555-0164 — it's my business line, I reply personally.",
    "Demo bot: +1 (312) 555-0164 — this is my business line",
    "Prueba el demo: +1 (312) 555-0164, es mi línea de trabajo",
]

CLEAN = [
    # a sample's own "or", no break before it
    "Sample caption: DM us @yourcafe or call us",
    "Modelo de assinatura: [seu nome] | contato@seudominio.com",
    # the marketplace's own chat written as one word
    "Coaching per Zoom, den Link bekommen Sie im Fiverr-Chat",
    "Zoom-Termin? Den Link schicke ich im Fiverr_Inbox",
    # the buyer's bot
    "ربات تلگرام شما با آیدی @shop_order_bot",
    "ربات تلگرام برای فروشگاه شما با آیدی @shop_order_bot می‌سازم",
    "بوت تيليجرام لمتجرك باسم @shop_order_bot",
    # attributes in code
    "obj.pk",
    "I return obj.pk from the view",
    "return self.app",
    "request.user.pk",
    # a provider's own name before its domain
    "I use Gmail @gmail.com addresses",
    # a work subject after a platform, a contact verb in the next clause
    "Telegram bot_api, message me for details",
    "WhatsApp chat_widget setup (message me first)",
    # "as you like" after a comma
    "Tras el pedido, agendamos la videollamada desde el chat de Fiverr (Zoom o Meet, como prefieras).",
    # a number in a price table, a letter before a count
    "| Paket | Preis |\n|---|---|\n| Basic | 1500 |\n| Pro | 4418 2930 |",
    "Plan A 447700900123",
    "Paket\n1500\n2000",
    "Example: +1 (312) 555-0164 — it's not my number, just a sample",
    "Sample number +1 (312) 555-0164 (it's my placeholder for the template)",
    "Example format: +1 (312) 555-0164",
    "I style with @media.queries — I reply there",
]

# still errors: an account at the marketplace's name with a person's part
STILL_ERRORS = ["Skype: fiverr_mira", "visit mysite.pk"]

test_errors, test_honest_neighbours_stay_clean = severity_tests(ERRORS + STILL_ERRORS, CLEAN)
