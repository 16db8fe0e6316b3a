"""Identifiers written out in full that got no finding.

* an address at a reserved example domain ("@example.org", "@example.com.br") is a
  template's stand-in only while no first-person word or request claims it: "send them to
  my WeTransfer address: ben.colorist@example.org", "fale comigo em …", "kirim email ke …"
  (detectors/email_reading.placeholder, as for composed placeholder domains), and so
  does a contact label right before a person's address with no sample framing it;
* a channel's name glued to the "@name" after it ("тг@kirill_montage", "كلمني@sara_designs"):
  the lexicon's gate reads the word before a glued "@" (detectors/lexicon_gate.py);
* an "@name" with a web ending after a platform name ("tele @minhkhoa.dev", "@lena.app")
  is a user name (`channels.at_name_endings`);
* an ID word right before an "@name" labels it an account, a platform named or not
  ("به آیدی @reza_botmaker", "→ID: @mika_stamp"; handles.claimed_at_names);
* WhatsApp, Viber and "mobile" in more scripts cue a number broken over lines or items;
* a site under a country registry's second level ("rizkydesain.my.id", "x.com.pl");
* a Markdown link at a stand-in host whose text or next words claim it ("[mis trabajos](…)
  — mi web personal").

Honest neighbours: template addresses and links, code "@", a bot's user name the seller
builds (ending in "bot"), example IDs, counts and prices next to a messenger's name, dotted
code.
"""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    # an address at a reserved example domain the seller offers as theirs
    "Files over 1GB? The platform upload is slow, so send them to my WeTransfer address:\nben.colorist@example.org",
    "Send the raw files to my WeTransfer address: ben.colorist@example.org",
    "Email me directly at ana.voice@example.com before you order.",
    "Escríbeme a lucia.design@example.es antes de pedir.",
    "Dúvidas? Fale comigo em rafa.design@example.com.br antes de pedir.",
    "Konsultasi gratis via Zoom sebelum order — kirim email ke rizky.consult@example.co.id untuk link-nya.",
    "Große Dateien? Mein Postfach: jonas.schnitt@example.de",
    "Напишите мне: ivan.montage@example.ru",
    "my email is kofi.mixes@example.net",
    "Questions? Write to mira.studio@example.org before ordering.",
    "Parliamone con calma, scrivimi a giulia.voce@example.it",
    # a contact label right before a person's address, nothing framing a sample
    "Contact : camille.voixoff@example.fr",
    "E-mail: camille.voixoff@example.com",
    "ایمیل: nima.translate@example.ir",
    "이메일: jiwoo.design@example.kr",
    "संपर्क: rahul.voice@example.in",
    "للتواصل: ahmed.motion@example.sa",
    # a channel name glued to the "@name" that follows it
    "Пиши в тг@kirill_montage, отвечу в течение часа",
    "Напиши мне в телеграм@ivan_cuts",
    "كلمني@sara_designs على الانستا",
    "تلگرام@reza_botmaker پیام بدید",
    "카톡@jiwoo_design 으로 연락 주세요",
    # an "@name" with a web ending after a platform name
    "Liên hệ qua tele @minhkhoa.dev trước khi đặt đơn nha",
    "Find me on Instagram @lena.app",
    "tg @studio.co for quick questions",
    "Nhắn zalo hoặc tele @anh.design.io nhé",
    # an ID word labels an "@name", with or without a platform named
    "طراحی ربات تلگرام؛ برای تست ربات و مشاوره رایگان به آیدی @reza_botmaker پیام دهید.",
    "LINEスタンプを制作します。ご依頼前に友だち追加をお願いします→ID: @mika_stamp",
    "Для связи айди @kirill_montage",
    "ID: @mira.sketches — I reply within minutes",
    "작업 문의는 아이디 @jiwoo_design 으로 연락 주세요",
    "username: @lena_draws (same everywhere)",
    "मेरी आईडी @rahul_edits पर मैसेज करें",
    "ไอดี @nok_design ทักมาได้เลย",
    "我的账号 @tea_house 欢迎私信",
    "Kullanıcı adım @deniz_kurgu",
    "ID là @minh_khoa nha",
    "ID ist @jonas_schnitt",
    "Il mio ID è @giulia.voce",
    "للتواصل ايدي @omar.montage",
    # a phone number over lines or list items after a messenger's name or "Mobil"
    "واتساپ\n۰۹۳۵\n۲۱۸\n۶۴۰۷",
    "व्हाट्सऐप के लिए:\n* 98\n* 110\n* 473\n* 26",
    "व्हाट्सऐप:\n98110\n47326",
    "Version 2.4 · 1.500 Wörter · Mobil: 0151 23456789",
    "Mobilnummer:\n0176\n4418 2930",
    "হোয়াটসঅ্যাপ:\n017\n1234\n5678",
    # a bare user name after a platform that a contact verb asks to write to; QQ as "企鹅号"
    "카톡 jiwoo_design 으로 연락 주세요",
    "企鹅号 38492017",
    "企鹅号：xiaoyu_design",
    # Arabic number words parted by Arabic commas and a line
    "كلّمني على الواتس: صفر عشرة، سبعة ثلاثة أربعة أربعة،\nثمانية اثنين صفر تسعة",
    # a site under a country registry's second level
    "Portofolio lengkap di website saya: rizkydesain.my.id",
    "my website: studio-nord.com.pl",
    "Mi web: lucia-estudio.com.ar",
    "Visit my site rizky.web.id for the full portfolio",
    "Contact form on my site: juma-designs.co.ke",
    # a link at a stand-in host that its text or neighbours claim
    "Portafolio: [mis trabajos](https://lucia-design.example.es/portfolio) — mi web personal con formulario de contacto",
    "[My portfolio](https://mira.example.com) — all my work",
    "Alle Arbeiten: [meine Seite](https://jonas.example.de)",
    "Portfolio: [trabajos](https://lucia-design.example.es) — mi web personal",
]
CLEAN = [
    # a template's stand-in address
    "Your new email signature will look like: Jane Doe | name@example.com",
    "I'll configure forwarding from support@example.com to your real inbox.",
    "Email signature template: John Doe | Marketing Manager | john.doe@example.com",
    "Mockup uses placeholder data: john.doe@example.org, 555-0123.",
    "Platzhalter wie max.mustermann@example.com ersetze ich durch deine Daten.",
    "The signature I design shows info@example.com until you send me your own address.",
    "[your name]@yourdomain.com goes in the footer I design.",
    "Config sample: SMTP_USER=noreply@example.com",
    "Setup guide included, e.g. `git config user.email \"you@example.com\"`.",
    "Email: info@example.com",
    "Your footer: Email: jane.doe@example.com",
    "Kontakt: jan.kowalski@example.pl (przykładowe dane)",
    "명함 시안 예시: 홍길동 / hong@example.com",
    "Form fields I'll build:\n| Field | Example |\n|---|---|\n| Email | jane.doe@example.com |",
    # code and CSS "@" that is no account
    "CSS @media queries for Instagram layouts",
    "Telegram bot with @bot.message_handler decorators",
    "Оформлю ваш тг-канал: аватар, обложка, закреп",
    # a bot's user name the seller builds, an example ID, the buyer's ID
    "Your bot gets its own ID: @pizza_order_bot",
    "Bot username e.g. @coffee_shop_bot, chosen by you",
    "Instagram ID e.g. @cafe.luna",
    "ID: @yourbrand will appear on the card",
    # a buyer's testimonial names its own account (a Chinese doubled dash before the author)
    "客户评价：“速度快，质量好”——Fiverr买家。“我们的账号 @tea_house 粉丝翻倍了”——买家评价。",
    # numbers that are no phone next to a messenger's name or "mobile"
    "Version 2.4 · 1.500 Wörter · 3 Revisionen",
    "WhatsApp-Bot: Paket 1 – 150 €, Paket 2 – 300 €",
    "Mobil-optimiert: 100 % responsive, 3 Seiten, 2 Revisionen",
    "व्हाट्सऐप बॉट के लिए:\n* 3 दिन\n* 5 संशोधन",
    "واتساپ بیزینس:\n۳ پکیج\n۵۰۰ پیام",
    # a work subject in a snake_case name after a platform; a penguin; Arabic lists of numbers
    "Telegram bot_api integration",
    "WhatsApp chat_widget setup for your shop",
    "企鹅插画设计 38 款",
    "الباقات: ٣، ٥، ٧ أيام؛ ١٠٠، ٢٠٠، ٣٠٠ دولار",
    # dotted code that is no domain
    "self.user.id = order.customer.id",
    "Python: request.user.id and obj.id",
    # a stand-in link in a template
    "Your landing page will link to [your shop](https://yourshop.example.com) — your brand",
    "Template footer: [Website](https://www.example.com) · [Email](mailto:info@example.com)",
    # a stand-in host for a page on an allowed site the link's text names
    "[My SoundCloud](https://beats-mauro.example.net/mix)",
]


test_errors, test_honest_neighbours_stay_clean = severity_tests(ERRORS, CLEAN)
