"""Round 14/15 of issue 12, the identifier side: the general causes behind the blind
sets' misses, each with variants of our own and the honest sentences next to them.

* numbers: a phone number whose groups a typographic dash parts ("0151 – 555 – 83421"),
  or whose digits are spaced out one by one after a phone word ("Tel. 0 1 5 1 ...");
  not a year range, opening hours or an ISBN, nor spaced digits after "order";
* js-url: a script scheme percent-encoded in a link target or an attribute
  ("%6A%61vascript:", "javascript%3A", "%256A..."); not an ordinary encoded path;
* handle-verb: loose punctuation between a messaging verb and its "@name" ("Schreib
  mir;@x"), a bare user name behind a label mark after the verb ("Aggiungimi:x.y.3d");
  not a file name, a version, a time or an ordinary phrase after "contact me:";
* disguise: "@" said as a word before the name after a platform ("тг — собака x",
  "IG arroba x"), LINE's Thai name glued to a contact verb ("ติดต่อไลน์: @x");
* placeholder: a claim or a use right after a fictional-range number or a template's
  link ("..., is actually mine", "(this one's mine, test it)", "message it to try"),
  not a negated one ("not mine"); a user-shaped "@name" set against the buyer's
  "@yourbrand" stand-in; the seller's shown work at an "@name" ("see my results at @x");
  not example accounts after "e.g." / "such as".
* pointer: declined "same" and "@" as the name's noun, the name the buyer sees on the
  gig ("Gleicher Name auf LinkedIn", "é o mesmo @ daqui", "marka adıyla"), a question
  about an account compound ("Mijn Discord-naam? ..."); not "the same name" for files;
* on-platform: a session booked over a chat messenger ("agendamos pelo WhatsApp", "jadwal
  diatur lewat WA") or on the seller's site ("reservas en mi web"), a personal meeting
  room's number ("my personal meeting ID is ..."); not booking in the marketplace chat,
  a booking bot built for the buyer, nor a meeting ID sent through the order.
"""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    # numbers: typographic dashes and spaced-out digits after a phone word
    "Tel. 0 1 5 1 – 5 5 5 – 8 3 4 2 1",
    "Tel. 0151 – 555 – 83421",
    "Tel. 0 1 5 1 5 5 5 8 3 4 2 1",
    "WhatsApp: 0 6 1 2 — 3 4 5 — 6 7 8",
    "Telefon: 0 1 7 6 – 2 2 3 3 – 4 4 5 5 6",
    "Zap: 1 1 9 8 7 6 5 – 4 3 2 1",
    "Llámame: 6 1 2 – 5 5 5 – 0 1 9",
    "Appelez-moi : 0 6 – 1 2 – 3 4 – 5 6 – 7 8",
    "Chiamami: 3 4 7 – 1 2 3 – 4 5 6 7",
    "Телефон: 8 9 1 6 – 1 2 3 – 4 5 – 6 7",
    "WA: 0 8 1 2 – 3 4 5 6 – 7 8 9 0",
    # js-url: percent-encoded schemes
    "[Örnekler](%6A%61vascript:alert(1))",
    "[Portfolio](%4A%41%56%41%53%43%52%49%50%54%3Aalert(1))",
    "[Ver](javascript%3Aalert(1))",
    "[Ver](%256A%2561vascript:alert(1))",
    "[Ver](&#37;6Aavascript:alert(1))",
    "[Ver](data%3Atext/html,<b>x</b>)",
    "[Ver](vb%73cript:msgbox(1))",
    '<a href="%6A%61vascript:alert(1)">Muster</a>',
    "[Ver](%6Aava%09script:alert(1))",
    "[Beispiele](JaVa%53cRiPt:alert(1))",
    "[Примеры]( %6a%61%76%61script:alert(document.cookie))",
    # handle-verb: loose punctuation, bare user names behind a label mark
    "Schreib mir;@lena_schnittwerk;antworte sofort",
    "Aggiungimi:matteo.lanza.3d",
    "add me: matteo.lanza.3d",
    "Escríbeme → carla_disena",
    "Напишите мне: ivan_dev88",
    "hubungi saya: budi.desain",
    "DM me | kai_builds",
    "écris-moi;@chloe.motion",
    "napisz do mnie;@kuba_grafik",
    "mesaj atın;@ayse.tasarim",
    "stuur me een bericht | @daan.design",
    # disguise: "@" said as a word, Thai LINE verbs
    "Для срочных правок: тг — собака marina_kovaleva_smm",
    "Instagram arroba mari_ilustra",
    "Discord małpa kuba_grafik",
    "insta собака: anna.smm",
    "ติดต่อไลน์: @mintdesign.th ได้เลยค่ะ",
    "แชทไลน์ @pim_shop ได้เลย",
    "เพิ่มเพื่อนไลน์: noon.art",
    # placeholder: a claim after, a contrast with the buyer's stand-in, shown work
    "I will build your WhatsApp chatbot — demo bot at +1 555 0193 771, message it to try!",
    "The number on the card mockup, +1 555 013 9821, is actually mine — call for a preview.",
    "Mockup shows 'call (555) 019-4423' — that's my real office line, feel free to use it.",
    "Sample WhatsApp button: wa.me/15550148829 (this one's mine, test it)",
    "El número del mockup, +1 555 013 9821, es mío de verdad.",
    "Die Nummer im Mockup (+49 30 555 0142) ist meine echte Nummer.",
    "Il numero nel mockup, +1 555 013 9821, è il mio vero numero.",
    "Seu @suamarca vai ficar igual ao meu: @bruna.brand.lab (me segue lá)",
    "Your @yourbrand account will be run by me; questions first? @mira.social.pro",
    "Instagram growth coaching — see my results at @growwith.tessa",
    "Mira mis resultados en @creciendo.con.ana",
    "Meine Arbeiten auf @lena.grafik.studio",
    "Votre @votremarque aura le même style — mes questions ? @chloe.social.lab",
    # pointer
    "Gleicher Name auf LinkedIn – einfach suchen.",
    "Me acha no Insta, é o mesmo @ daqui.",
    "Instagram'da beni gig başlığındaki marka adıyla bulabilirsiniz.",
    "Auf LinkedIn findest du mich unter dem vollen Namen aus meinem Profil.",
    "FAQ\n**¿Tienes Instagram?**\nClaro, el mismo @ que ves en mi marca de agua.",
    "Auf Instagram heiße ich genauso wie hier.",
    "Sígueme en TikTok, el mismo @ de aquí.",
    "Find me on Telegram under the same name.",
    "Я в Telegram под тем же именем.",
    "Mijn Discord-naam? Gewoon dezelfde als hier.",
    "Mein Discord-Name? Derselbe wie hier.",
    "Trovami su Instagram con lo stesso nome.",
    # pointer: the seller's own messenger earlier in the sentence, however far
    "Não posso passar meu zap aqui, mas é fácil de achar: mesmo nome da loja.",
    "I can't post my WhatsApp here, but it's easy to find: same name as my shop.",
    "No puedo poner mi WhatsApp aquí, pero es fácil: el mismo nombre de mi tienda.",
    # on-platform: booking over a messenger or the seller's site, a personal meeting room
    "Mentoria ao vivo pelo Google Meet — agendamos pelo WhatsApp.",
    "Sesi konsultasi via Zoom, jadwal diatur lewat WA ya kak.",
    "Clases por Zoom: reservas en mi web, pagas allí y te envío el enlace.",
    "Sesión por Zoom; la reserva la coordinamos por Telegram.",
    "Séance sur Zoom, on planifie le créneau sur Telegram.",
    "Сессия в Zoom, запись через Telegram.",
    "book the session via WhatsApp.",
    "We meet on Zoom; my personal meeting ID is 555 204 7781, join any time you like.",
    "Sesión por Zoom después del pedido; mi ID de reunión personal es 555 019 2738.",
    "Sessão pelo Meet; o ID da reunião é 847 112 9034.",
    "Live-Coaching: Meeting-ID 812 3456 7890, Kenncode 4411.",
    "Toplantı kimliği: 921 553 0087",
]

CLEAN = [
    "ISBN 978 – 3 – 16 – 148410 – 0",
    "Lieferzeit 2024 – 2025",
    "Bestellung 0 1 5 1 5 5 5 8 3 4 2 1",
    "Öffnungszeiten 0800 – 1700",
    "Paket 1 – 3 – 5 Seiten, Lieferung 2 – 4 Tage.",
    "Horario: 09:00 – 18:00, de lunes a viernes.",
    "[Docs](https://example.com/a%20b)",
    "[Logo](logo%20final.png)",
    "[Guia](https://example.com/search?q=java%20script%3A%20basics)",
    "I fix javascript: void links and broken %20 spaces in URLs.",
    "contact me: logo.png",
    "message me: v2.0 is out",
    "write me: 3.5 hours",
    "Contact me: Monday to Friday",
    "Escríbeme: de lunes a viernes",
    "Instagram arroba",
    "Telegram-канал собака породы корги",
    "ออกแบบสติกเกอร์ไลน์ให้ร้านค้าของคุณ",
    "The number on the card mockup, +1 555 013 9821, is not mine — it's a fictional sample.",
    "Sample WhatsApp button: wa.me/15550148829 (replace it with yours)",
    "Your @yourbrand feed will look as polished as @nike's.",
    "Your @yourbrand bio, e.g. @your.brand.name or @brand_official",
    "I will grow @yourshop like I grew clients such as @cafe.luna (with permission)",
    "I will manage your Instagram: your @yourbrand will get 3 posts a week.",
    "The mockup shows a sample number, +1 555-0100 — replace it with your own.",
    "Gleicher Name für alle Dateien, damit du sie leicht findest.",
    "Ich gestalte dein LinkedIn-Profil unter dem vollen Namen deiner Firma.",
    "Same @ for your Instagram and TikTok keeps your brand consistent.",
    "Mein Discord-Server? Derselbe wie hier.",
    "Die Farben? Dieselbe Palette wie hier im Beispiel.",
    "Agendamos a mentoria pelo chat da Fiverr e a chamada é pelo Google Meet.",
    "I will build a WhatsApp booking bot: clients book appointments through WhatsApp.",
    "Jadwal sesi Zoom diatur lewat chat Fiverr setelah order.",
    "Ich richte Terminbuchung über WhatsApp für deinen Salon ein.",
    "Your WhatsApp order button: wa.me/<your-number>?text=Hi, I want to order",
    "I'll send the meeting ID in the Fiverr chat after you order.",
    "The meeting ID and link arrive in your order page.",
    "Session on Zoom after your order; we schedule the time in the Fiverr chat.",
    "I keep my WhatsApp for family; for files we use the same name convention as your folders.",
    "My WhatsApp chatbot will answer with the same name as your shop.",
]


test_errors, test_honest_sentences_stay_clean = severity_tests(ERRORS, CLEAN)
