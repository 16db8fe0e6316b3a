"""detN, issue 12 round 21, the identifier side: general causes behind the misses of
rt16/rt19 and the leftovers of the last round, each with variants and honest neighbours.

* handle-verb: punctuation glued between a messaging verb and the name (",@x", "/@x"),
  a bracketed channel after a bare name ("kestrel_dev(discord)"), a slash list of
  labels and names ("ig:kai.builds/or tg same"), a slash then a space as a label mark
  ("snap/ lea_capture"), colloquial verbs ("Chama lá:", "Háblame:");
* pointer: the seller's display or user name here as the key to a named channel in
  more languages ("このプロフィール名と同じ", "tên hiển thị", "kullanıcı adımı"), and
  "the same name" with every network at once and none named (a warning);
* on-platform: booking by email ("Termin per Mail"), booking said to go past the
  marketplace ("booked straight with me, no need for Fiverr"), a messenger verb with
  the marketplace named as what is left ("WhatsApp me instead of Fiverr");
* linebreak: a number split over lines after a call verb with a particle of welcome
  ("Bel gerust:⏎06-⏎5555⏎3921", "Ruf mich gerne an:");
* identifiers spelled out with separators ("l-i-v-e-:-t-o-m-a-s", "LINEへ：IDは k e n t a _ 0 4 1 2");
* not: platform lists with slashes, code calls, "@everyone", the buyer's own name kept
  everywhere, contact and booking through the marketplace, acronyms with dashes.
"""
from __future__ import annotations

from contact_support import reported, warning_tests, worst
from table_support import table_test

ERRORS = [
    'Add me -> ig/ mara.shoots for the lookbook',
    'Add me: nova_renders(snap) for quick previews',
    "Ajoute-moi -> snap/ lea_capture, je t'envoie des exemples.",
    'Chama lá: pedrohenrique.beats — no insta respondo rapidinho',
    'Follow and DM my main account, @growwith.tamsin, to get a custom quote.',
    'Háblame: sofia_ilustra — te paso precios',
    'Il mio Telegram è il mio nome utente di qui.',
    "Kullanıcı adımı LinkedIn'de aratın, direkt oradan yazın.",
    'Me chama aí: ana_artes.digitais — respondo rápido',
    'Mein Instagram? Einfach mein Anzeigename von hier.',
    'Mi Instagram es mi nombre de usuario de aquí, escríbeme.',
    'Questions? ping me:kestrel_dev(discord) Satisfaction guaranteed',
    'Scrivimi: gio_mix99(telegram) per un preventivo',
    'Zalo của mình chính là tên hiển thị trên Fiverr, cứ nhắn nhé.',
    'contact: insta/fb:luna.designs.co/tiktok soon',
    'escríbeme,@sofi.murales.mx,allí te paso el catálogo',
    'hit me up/ig:kai.builds/or tg same',
    'napisz do mnie/@marta.foto',
    'pisz do mnie,@ola_design22',
    'schreib mir,@lena.grafik.de,dort schicke ich Preise',
    'write me,@kai.builds,I send the price list there',
    'écris-moi/@lea.capture.photo pour les tarifs',
    'インスタはこのプロフィール名と同じです。DMでも相談OK！',
    'Live-Session über Teams – Termin bitte per Mail vereinbaren.',
    'Termin bitte per E-Mail vereinbaren.',
    'Book your session by email before ordering.',
    'Reserva tu clase por correo y luego hacemos la llamada.',
    'Agende sua aula por e-mail.',
    'Réservez votre créneau par mail.',
    'Prenota la lezione via email.',
    'Запишитесь на урок по почте.',
    'Sessions run on Zoom after ordering; for reschedules just WhatsApp me instead of Fiverr.',
    'Aulas pelo Meet; para remarcar, me chama no WhatsApp.',
    'Email me instead of using Fiverr messages.',
    'Escríbeme por Telegram en lugar de Fiverr.',
    'future sessions are booked straight with me, no need for Fiverr',
    'Agenda tus próximas clases sin pasar por Fiverr.',
    'Réservez vos prochaines séances sans passer par Fiverr.',
    'Book your next lessons outside Fiverr at a lower rate.',
    'Me chama aí no zap que eu respondo',
    'add mich auf Insta für Fragen',
    'Skype: l-i-v-e-:-t-o-m-a-s-.-b-e-r-g',
    'tg: m*a*r*k*_*8*8*1',
    'insta: a·r·t·.·b·y·.·d·e·w·i',
    'Telegram — k-a-i-_-b-u-i-l-d-s',
    'LINEへ：IDは k e n t a _ 0 4 1 2 です',
    'LINEへ：IDは kenta_0412 です',
    'IG: s-o-f-i-a-r-t-e',
    "Google my studio name + 'contact' and use the form on my site instead.",
    "Google my studio name + 'Behance' to see the full portfolio and the contact form.",
    'Search my name on Google, the first result has my contact form.',
    "Just google my brand name, my site's contact page is the quickest way to reach me.",
    'Bel gerust:\\n06-\\n5555\\n3921',
    'Bel gerust:\\n0655\\n5539\\n21',
    'Ruf mich gerne an:\\n0151\\n5550\\n8342',
    'Chiamami pure:\\n347\\n555\\n0192',
    'Dime "hola" por WhatsApp',
    'Manda um oi no zap que eu te respondo.',
    'Napisz "cześć" na Messengerze.',
]

WARNINGS = [
    'Ich bin überall unter dem gleichen Namen zu finden.',
    'Je suis partout sous le même nom.',
    'Mi trovi ovunque con lo stesso nome.',
    'Si me buscas, me encuentras: estoy en todas partes con este mismo nombre.',
    'Your designer is on all networks under the same name as here',
    'Google my name to see more of my work.',
]

CLEAN = [
    # "no platform needed" without the marketplace named is said of software too
    'Works on any website, no platform needed.',
    'Estoy en todas partes del proceso contigo, con el mismo cuidado.',
    'Example call: get_data(url) returns the JSON you need',
    'Formats: Instagram / Reels / Stories, delivered in 24h.',
    'I design logos for Instagram/ Facebook and TikTok.',
    "I post your content on all platforms under your brand's own name.",
    'I will set up your Instagram shop under the same name as your website.',
    'Message me: I reply within 2 hours.',
    'My style: clean_lines(minimal) and bold colors.',
    "Scrivimi qui su Fiverr: rispondo entro un'ora.",
    'Tu marca tendrá el mismo nombre en todas las plataformas que gestione por ti.',
    "We keep your shop's same name everywhere, from logo to packaging.",
    'Write me, @everyone on the team gets a copy of the report.',
    'Your new logo will look great everywhere, on every platform.',
    'Message me: get_data(url) returns the JSON you need',
    'Book your session after ordering; I confirm the time in the Fiverr inbox.',
    'I will set up email booking confirmations for your salon.',
    'Clients book by email in the system I build for your clinic.',
    'Sessions run on Zoom after ordering; reschedules through Fiverr messages.',
    'Book a call through the Fiverr order page; no email needed.',
    'I design your booking emails and reminders.',
    'Book a session directly with me through the Fiverr order page.',
    'Book a session here; I never work without the platform.',
    'We support the U.S.A. and the E.U. markets.',
    'I will manage your Instagram and keep the same username across all platforms.',
    'The A-B-C-D method: plan, draft, review, deliver.',
    'I will add a contact form to your website and test it.',
    'Search my gigs here on Fiverr and use the contact form on Fiverr.',
    'Bel gerust met vragen via de Fiverr-chat.',
    'Ruf mich gerne an über die Fiverr-Anruffunktion nach der Bestellung.',
    'Call me anytime here on Fiverr, I answer within an hour.',
    'Bel gerust? Nee, stuur een bericht hier op Fiverr.',
    'Say hi to your customers on WhatsApp with an automatic greeting.',
    'Dime qué necesitas aquí en el chat de Fiverr.',
    'Say hello here on Fiverr before ordering.',
    'Your bot will say hi on Telegram to every new member.',
]


@table_test("text", ERRORS)
def test_errors(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)

test_vague_pointers_warn = warning_tests(WARNINGS)


@table_test("text", CLEAN)
def test_honest_sentences_stay_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)
