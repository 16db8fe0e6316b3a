"""Identifiers and pointers in many scripts (rt35 and the brief's leftovers).

A handle glued to its verb by an "@" that the leetspeak view reads as a letter ("ping@lunabeats_")
is still read in the raw view (scan/channels._glued_at_words). Consulting on a messenger
("LINEでご相談ください", "在微信咨询") is a contact verb, as Korean "상담/문의" already was; a meeting
room after the order stays the session's whatever the verb ("Zoomでのご相談はご購入後に").
Digits spelled in Greek, Hebrew, Persian, Thai and Bengali are number words (their "one" and
Persian "نه", Bengali "নয়" only between numerals); a lone letter ending a spaced run of digits
is a word ("… tres y te paso"), not part of the number; a number cut over lines that hold
nothing else and opened by a trunk "0" goes on over the breaks. The seller's bank card in
fa/ru/tr/ar/he/el is a payment route; Greek and Hebrew contact verbs, "there", "my" after the
noun, places and Hebrew platform names join the lists.

Honest neighbours: "@" in file names and CSS, consulting through the marketplace, counts in
the same scripts, lists of prices and years, an ID's format shown, bank cards and maps as the
work, Greek and Hebrew platforms as the work, the buyer's files asked for in the plural.
"""
from __future__ import annotations

from contact_support import severity_tests, warning_tests

ERRORS = [
    # a handle glued to its verb by an "@" the leetspeak view reads as a letter
    "ping@lunabeats_ for custom orders",
    "Custom beats? DM@kai.builds and I reply fast.",
    "For commissions message@rohit_edits today",
    "Sk1p3 is slow, so ping@lunabeats_ instead",
    "tg@nadia_art_studio — quick replies",
    # consulting and asking on a messenger (ja, zh)
    "LINEでご相談ください",
    "詳しくはLINEでお問い合わせください。",
    "有问题请在微信咨询",
    "ご依頼前にLINEでご相談ください。",
    # digits spelled in Greek, Hebrew, Persian, Thai, Bengali; "write me at" in Spanish
    "Στείλε μου στο Viber: έξι εννιά επτά, τέσσερα δύο ένα, οκτώ τρία πέντε ένα",
    "שלחו לי הודעה: אפס חמש שתיים, שבע שלוש אחת, ארבע שמונה שש תשע",
    "واتساپ: صفر نه سه پنج، دو یک هشت، شش چهار صفر هفت",
    "ไลน์ ศูนย์ แปด หนึ่ง สอง สาม สี่ ห้า หก เจ็ด แปด",
    "হোয়াটসঅ্যাপ: শূন্য এক সাত এক দুই তিন চার পাঁচ ছয় সাত আট",
    "Escríbeme al seis cuatro siete, dos uno ocho, nueve cero tres y te paso muestras.",
    "Escríbeme al 647 218 903 y te paso muestras.",
    "Ligue 9 1 2 4 5 8 3 7 1 e peça o orçamento",
    # a number cut over lines that hold nothing else
    "✔ 빠른 작업\n✔ 무제한 수정\n✔ 010\n✔ 5834\n✔ 2917",
    "Fast work\n010\n5834\n2917",
    "★ 0151\n★ 2345\n★ 6789",
    # the seller's bank card
    "برای تخفیف، مبلغ را مستقیم به کارت بانکی من واریز کنید.",
    "Переведите деньги напрямую на мою банковскую карту, так дешевле.",
    "Parayı doğrudan banka kartıma gönderin, komisyon olmaz.",
    # Greek and Hebrew contact verbs, places and "there"
    "Στείλτε μου στο Viber",
    "Γράψτε μου μέσω Telegram για προσφορά.",
    "Το Viber μου είναι στο προφίλ μου",
    "Το Viber μου είναι στο εξώφυλλο του προφίλ — στείλτε μου εκεί.",
    "שלחו לי הודעה בטלגרם",
    "כתבו לי בוואטסאפ לפני ההזמנה",
    # the buyer's number asked for in the German plural
    "Schickt mir eure WhatsApp-Nummer",
    "Schickt mir vorher eure Handynummer für den Anruf.",
]

CLEAN = [
    # an "@" inside a word that is no handle
    "Retina icons exported as icon@2x.png and icon@3x.png",
    "I fix CSS @media queries and @import rules.",
    "Template footer: contact@yourcompany.com (replace with yours)",
    # consulting on the marketplace, or the session's room after the order
    "ご購入前にメッセージでご相談ください",
    "LINE公式アカウントの設定代行。お気軽にご相談ください",
    "LINEボット開発のご相談はこちらのメッセージからどうぞ",
    "微信小程序开发，欢迎咨询",
    "Zoomでのご相談はご購入後に",
    "ご購入後、Zoomでご相談いただけます",
    "Instagram運用のご相談",
    # number words that count things
    "یک لوگو با دو رنگ و سه طرح اولیه، تحویل در پنج روز",
    "Ένα λογότυπο με δύο χρώματα, τρία σχέδια και πέντε αναθεωρήσεις",
    "חבילה: שלוש סקיצות, שתי הגרלות, חמש תיקונים תוך שבעה ימים",
    "এক সপ্তাহে দুই টি ডিজাইন, তিন বার রিভিশন",
    "Escríbeme antes de pedir; entrego 1.250.000 palabras al año",
    # lists of numbers that are no phone
    "Prices:\n150\n300\n450",
    "✔ 3 concepts\n✔ 2019\n✔ 2020\n✔ 2021",
    "Version history\n0.9\n1.0\n1.2",
    "Word counts:\n500\n1200\n2400\n4800",
    # an ID's format shown
    "אחרי ההזמנה, שלחו לי בצ'אט של Fiverr את מזהה הלקוח של Google Ads (בפורמט 123-456-7890) כדי שאוכל לחבר את החשבון.",
    "Μετά την παραγγελία στείλτε μου το αναγνωριστικό πελάτη Google Ads (μορφή 123-456-7890) στο chat του Fiverr",
    # bank cards as the work, maps
    "Оформлю дизайн банковской карты для вашего банка",
    "طراحی کارت بانکی برای بانک شما",
    "Banka kartı tasarımı yapıyorum",
    "Добавлю вашу компанию на карту Яндекс",
    # Greek and Hebrew platforms as the work
    "Θα φτιάξω chatbot για το Viber της επιχείρησής σας",
    "Σχεδιάζω εξώφυλλο για το προφίλ σας στο Instagram",
    "אעצב תמונת פרופיל לאינסטגרם שלכם",
    "Στείλτε μου τα αρχεία εδώ στο Fiverr",
    "אבנה לכם בוט לטלגרם",
    "Διαχειρίζομαι το Instagram σας",
    "Schickt mir eure Logos und Farben",
    "Schickt mir vorher eure Texte im Fiverr-Chat",
]

# Elsewhere hinted at, no channel named: meeting elsewhere, where else to talk, other channels (th).
WARNINGS = [
    "On peut aussi se retrouver ailleurs si vous préférez, demandez-moi.",
    "Once you order, I'll tell you where else we can chat.",
    "มีช่องทางติดต่ออื่นด้วยนะคะ ทักมาถามได้",
    "Sie finden mich auch woanders, fragen Sie einfach.",
]

# A bare user name behind a short word after the verb ("first", "now", a particle).
ERRORS += [
    "add me first: luna_beats",
    "أضفني أولاً: luna_beats",
    "اضفني اولا: luna_beats",
    "แอดมาก่อน: luna_beats",
    "Message me anytime: luna.beats",
]

CLEAN += [
    "Contact me for: logo_design",
    "Message me with: project_name, deadline, budget",
    "Add me first: logo.png",
    "DM me before ordering: your_brief.pdf",
    "Follow the steps: install_package",
]

# A click-to-chat link with a number no exchange gives out, in a feature for the buyer's site;
# the seller's own, or a real number, stays an error.
ERRORS += [
    "My WhatsApp: wa.me/15550000000",
    "WhatsApp button for your site: wa.me/447911123456",
]

CLEAN += [
    "WhatsApp button for your site: wa.me/15550000000",
    "Botón de WhatsApp para tu web: wa.me/15550000000",
    "Mockup: Follow us @brandname",
]

# The seller's own site given by a recipe for its address (rt26 pointer-005: was a warning).
ERRORS += [
    "Mon site perso (mon nom + .fr) a un formulaire\nde contact : passez-y pour un devis.",
    "My website is my name plus .com",
    "My site is my full name with .net at the end — the contact form is there",
]

CLEAN += [
    "I build your website: your name + .com, with a contact form",
    "My portfolio is on my website.",
]

# An address's name given with its provider, the rest left to the buyer.
ERRORS += [
    "gmail: the first part is kofi.mixes — you know the rest",
    "My gmail starts with kofi.mixes",
    "Mi gmail: la primera parte es kofi.mixes, lo demás ya lo sabes",
    "Mein Gmail beginnt mit kofi.mixes",
]

CLEAN += [
    "Gmail: the first part is about setting up filters",
    "Gmail integration: the first part is the OAuth setup",
    "Your Gmail signature starts with your_name.title",
]

CLEAN += [
    "Je vous aide à vous retrouver ailleurs que sur Instagram: TikTok, YouTube",
    "Where else can we chat? Only here in Fiverr messages.",
    "ช่องทางอื่นในการชำระเงินไม่รับค่ะ ชำระผ่าน Fiverr เท่านั้น",
    "Nous pouvons nous retrouver ailleurs qu'ici ? Non, tout reste sur Fiverr.",
]

test_errors, test_honest_sentences_stay_clean = severity_tests(ERRORS, CLEAN)

test_hints_are_warnings = warning_tests(WARNINGS)
