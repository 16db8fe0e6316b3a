"""Identifiers, numbers and disguised channel names. The general causes
behind misses and false alarms of rt20/rt22, each with variants and honest neighbours.

* phones: questions or inquiries sent to a number ("dudas al 612 904 337") are a phone
  cue as "call" is; a phone word right after a number ("0532⏎418 27 90⏎numarasından
  ulaşın") lets it go on over line breaks as one before it does; the digits view folds
  accents, so the cues are read folded too;
* handles: "to my DMs" as a place with no verb ("Вопросы — в личку @x", "dudas al
  privado @x") points at the "@name" after it as "DM @x" does;
* disguise: a channel name masked but for its first and last letter, one mark a letter
  ("W******p", "T******m"); intraword asterisks are masks, not Markdown emphasis from one
  word to the next ("S***e or W******p");
* identifiers: a phone number glued to a messenger word ("whatsapp_5551234567"); a number
  told in two halves ("+44 7700 and ends in 900 215"); a provider's domain without its dots
  ("o.r.a.n.g.e.f.r", which the words view joins to "orangefr"); spelled digits one group
  per list item; "加薇" for WeChat; "this user name" as the key to a named channel;
* not: a list of deliverables after "Instagram:" ("guion, edición y subtítulos"); the
  buyer's "@nomeutente", "@kullaniciadi"; on-marketplace DMs; emphasis around words.
"""
from __future__ import annotations

import pytest
from contact_support import reported, severity_tests

ERRORS = [
    # questions and inquiries sent to a number
    "Precio: 35 €, entrega en 3 días, dudas al 612 904 337.",
    "Consultas al 612 904 337 o por aquí.",
    "Para dudas: 655 123 987, respondo rápido.",
    "Dúvidas: 912 345 678.",
    "Domande al 347 123 4567, rispondo subito.",
    "Inquiries: 0151 5550 2477",
    "Вопросы по номеру 912 345 67 89.",
    # a phone word after the number, over line breaks
    "Acil işler için\nbana 0532\n418 27 90\nnumarasından ulaşın.",
    "Acil işler için bana 0532 418 27 90 numarasından ulaşın.",
    "Bana 0532 418\n27 90 numaramdan ulaşabilirsiniz.",
    "Siparişten önce 0542\n318 44 21\nnumarasından arayın.",
    "0612\n904 337 whatsapp",
    # "to my DMs" before an @name
    "Настрою Telegram-бота. Вопросы — в личку @bot_master_kirill.",
    "Вопросы — в лс @kirill_m.",
    "Все детали в личке @olga.design",
    "Dudas al privado @kirill_m.",
    "Dúvidas no privado: @kirill.m",
    "Questions en MP @kirill_m",
    "Sorular için özelden @kirill_m",
    "Detalhes no direct @ana.arte",
    # masked channel names, first and last letter shown
    "Find me on S***e or W******p — same name as here.",
    "Live-Feedback gibt's auf S***e oder T******m\n– gleicher Name wie hier, einfach anschreiben.",
    "Contact me on W******p",
    "Write me on T******m for the files.",
    "Escríbeme por I*******m, mismo nombre.",
    "Schreib mir auf W••••••p",
    "Find me on S***e or W***sapp.",
    "Écris-moi sur T******m, même pseudo qu'ici.",
    # a phone number glued to a messenger word
    "whatsapp_5551234567",
    "My handle is whatsapp_4157770199",
    "wa.447700900123",
    "tel5551234567",
    "IG: whatsapp4157770199",
    "Contactez-moi : whatsapp-0612345678",
    "tg_79161234567",
    # a number told in two halves
    "starts with +44 7700 and ends in 900 215",
    "Mi número empieza por +34 612 y termina en 904 337",
    "WhatsApp: começa com 912 345 e termina com 678",
    "Meine Nummer: +49 151 und endet mit 5550 2477",
    # a provider's domain spelled a dot after every letter, or without its dots
    "c.l.a.i.r.e@o.r.a.n.g.e.f.r",
    "c.l.a.i.r.e.d.u.p.o.n.t@o.r.a.n.g.e.f.r",
    "m.a.r.k@g.m.a.i.l.c.o.m",
    "Email me at studio@gmailcom",
    "Ich bin bei m.a.r.k@g.m.x.d.e erreichbar",
    # a number spelled out one group per list item
    "Numero per le urgenze:\n- tre tre nove\n- uno due otto\n- quattro cinque sei sette",
    "Call me:\n- three three nine\n- one two eight\n- four five six seven",
    # WeChat: "add Wei" with a homophone
    "有需要加薇❤：xingchen_88",
    "有需要加薇：xingchen_88",
    "有事加威 xingchen_88",
    "加微 xingchen88 详聊",
    # "this user name" as the key to a named channel
    "Instagram'da bu kullanıcı adıyla beni bulabilirsin,\nDM'den fiyatı konuşuruz.",
    "On Instagram I use this username too.",
    "Auf Instagram findest du mich unter diesem Benutzernamen.",
    "Su Instagram mi trovi con questo nome utente.",
    "В Instagram я под этим ником.",
]

CLEAN = [
    # lists of deliverables after a platform label
    "Creo anuncios para TikTok e Instagram:\nguion, edición y subtítulos incluidos.",
    "Creo anuncios para TikTok e Instagram: guion, edición y subtítulos incluidos.",
    "Videos para Instagram:\nmontaje, color y música.",
    "Instagram: gráficos, textos & hashtags",
    "Pacote para Instagram: roteiro, edição e legendas.",
    "Contenu pour Instagram : script, montage et sous-titres.",
    # the buyer's placeholders
    "Grafiche per Instagram con il tuo @nomeutente e il logo del tuo brand.",
    "Post su Instagram con @nomeutente del tuo negozio.",
    "Tasarımlar Instagram hesabınızın @kullaniciadi etiketiyle.",
    # DMs on the marketplace, DMs as the work, no name
    "Вопросы — в личку, отвечаю быстро.",
    "Вопросы задавайте в личку на Fiverr.",
    "Dudas por privado aquí en Fiverr.",
    "Бот пишет в личку @everyone",
    # numbers that are no phones near the new cues
    "Presupuesto de 612 904 337 euros para dudas legales.",
    "Precio 35 €, dudas en el chat de Fiverr. Tirada de 612 904 337 unidades",
    "Sizes 1080\n1920 px, call for details",
    # emphasis around and inside words is still markup
    "- **S**peedy turnaround\n- **K**ind communication",
    "I make un**believ**able logos.",
    "Reviews call me 'f*****g fast'.",
    # digits glued to other words, amounts told in two halves
    "order_1234567890",
    "text_12345678 is the ID",
    "timeline_20240101",
    "Orders range from 1500 and end in 2500 words",
    "Prices start at 100 and end in 500",
    # number words in short list items that count, not dial
    "Packages:\n- one logo\n- two revisions\n- three days",
    "Steps:\n- one\n- two\n- three\n- four\n- five\n- six\n- seven",
    # Chinese words that hold the homophone, with no identifier
    "我会在您的网站上添加微信二维码",
    "我们提供增加微博粉丝服务",
    "加威力",
    # "this user name" of the buyer's account: the work
    "I'll set up your Instagram account with this username.",
    "Creo tu perfil de Instagram con este nombre de usuario y tu logo.",
    "Bu kullanıcı adıyla Instagram hesabınızı kuruyorum.",
    "Sizin Instagram hesabınız için bu kullanıcı adıyla logo tasarlarım.",
]

HANDLE_STILL_FOUND = [
    "Mi Instagram:\nlunastudio",
    "Skype: joecool, WhatsApp and email too",
    "Kik: kikmejay, y respondo rápido",
]


test_errors, test_honest_sentences_stay_clean = severity_tests(ERRORS, CLEAN)


@pytest.mark.parametrize("text", HANDLE_STILL_FOUND)
def test_a_user_name_before_a_comma_is_still_one(lint, text):
    assert any(rule == "GC203" for rule, _ in reported(lint, text)), reported(lint, text)


def test_masked_name_keeps_its_asterisks_in_the_excerpt(lint):
    found = [f for f in lint("Find me on S***e or W******p.") if f.category == "contact"]
    assert found and "S***e" in found[0].excerpt
