"""Pointers that name a channel, payment routes whose pay word comes after them, and
numbers that are no phones. The cases are kept in adversarial/dev.jsonl too (`dev-k-…`).

* an identifier word that is itself a private channel ("na gmailu") with a rule that makes
  it ("oddzielone kropką") is that channel's: an error (identifier_pointers.py);
* the name used here said to be the same ("тот же, что здесь", "lo stesso di qui",
  "burada kullandığım isimle aynı") and banners in more scripts are pointers (the pack);
* a pointer phrase with no channel right after a sentence naming the seller's private
  channel ("Estoy en Telegram. Mismo nombre que aquí."), a handle's suffix added with a plus
  ("ここのユーザー名＋_jp") and "the same" beside "here" are read as pointers (same module);
* a pay word after the service with fillers between ("Raast par bhi payment", "JazzCash …
  پر ایڈوانس بھیج دیں"), where the verb comes last (payment.py);
* the buyer's business read from the start of a list of services, over its commas
  ("Toko kamu bisa terima pembayaran QRIS, GoPay dan OVO": a feature of the shop);
* a number with a count's unit after it is no handle ("Pinterest: 12 345 678 monthly
  views"); a Thai order label glued to the digits, an example's label after the sentence
  naming the ID, and a first-person word inside a quoted template do not make a phone.
"""
from __future__ import annotations

from contact_support import severity_tests, warning_tests

ERRORS = [
    'Mój mail: imię i nazwisko z profilu, oddzielone kropką, na gmailu.',
    'मेरा WhatsApp नंबर बैनर पर है',
    'আমার হোয়াটসঅ্যাপ নম্বর ব্যানারে আছে',
    'Мой телеграм тот же, что здесь.',
    'Il mio Instagram è lo stesso di qui.',
    'Meu Insta é o mesmo nome daqui.',
    'Benim Instagram adım burada kullandığım isimle aynı.',
    'मेरा टेलीग्राम यहाँ वाला यूज़रनेम ही है।',
    'Raast par bhi payment le leta hoon',
    'Easypaisa par bhi payment le leti hoon, fees nahi lagegi.',
    'JazzCash یا Easypaisa پر ایڈوانس بھیج دیں',
    'אפשר לשלם גם בביט',
    # a pointer phrase right after the sentence naming the seller's channel
    'Estoy en Telegram. Mismo nombre que aquí.',
    'Ich bin auf Telegram. Gleicher Name wie hier.',
    "Je suis sur Telegram. Même pseudo qu'ici.",
    'Я есть в Телеграме. Ник такой же, как здесь.',
    'Saya ada di Telegram. Username sama dengan di sini.',
    # a handle's suffix added with a plus; all a buyer needs to reach the seller, in a slide
    'インスタは「ここのユーザー名＋_jp」で検索してください。',
    'TikTok = my shop name + .official',
    'La última diapositiva del vídeo tiene todo lo que necesitas para contactarme.',
    # the buyer's personal mail as where the work goes; digits spelled with a particle glued on
    'Исходники отправлю на вашу личную почту.',
    '급하신 분은 공일공 이삼사오 육칠팔구로 문자 주세요',
    # colloquial Portuguese "is in"
    'O número do zap tá na última imagem da galeria 😉',
    # the twins of the clean numbers below: still phones and handles
    'Telegram: 12 345 678',
    'Template: "Call us: 0800 123 456" — that\'s my real line, call it.',
    'Call me any time. Example: 447 122 9033.',
    'โทรหาผม 0812345678',
]

WARNINGS = [  # the same name as here, no channel named
    'Il mio nickname è lo stesso di qui.',
]

CLEAN = [
    'O seu número tá na arte do flyer, como combinado.',
    'I build Telegram bots. Same name as here.',
    "I don't use Telegram. Same name as here on every marketplace.",
    'Ich erstelle deinen Telegram-Bot. Gleicher Name wie hier.',
    "Je crée votre bot Telegram. Même pseudo qu'ici.",
    'Estoy en Behance. Mismo nombre que aquí.',
    'Uso WhatsApp solo con mi familia. Mismo nombre que tus carpetas para los archivos.',
    'Ваш ник тот же, что в Instagram, я его добавлю в шапку.',
    'My username + password are never shared.',
    'My Fiverr username + 5 years of experience = quality.',
    'The last slide has everything you need to order: packages, prices, delivery times.',
    'The FAQ has everything you need to reach me here on Fiverr.',
    'Я не отправляю файлы на личную почту, только через Fiverr.',
    '사이사이로 빛이 들어와요',
    '일이삼사로 시작하는 코드',
    'Toko kamu bisa terima pembayaran QRIS, GoPay dan OVO',
    'Your shop will accept Stripe, PayPal and Apple Pay.',
    'Raast integration for your app, payment gateway setup included.',
    'میں آپ کی ویب سائٹ پر JazzCash کا پیمنٹ گیٹ وے لگاتا ہوں',
    'Mera JazzCash account hack ho gaya tha, ab sab theek hai.',
    'आपका नंबर बैनर पर लिखूँगा',
    'मैं आपके लिए YouTube बैनर बनाऊँगा जिस पर आपका WhatsApp नंबर होगा',
    'Ich gestalte dein Banner mit deiner WhatsApp-Nummer.',
    'Il logo è lo stesso di qui, solo più grande.',
    'Цены те же, что здесь.',
    'O preço é o mesmo daqui.',
    'Pinterest: 12 345 678 monthly views',
    'TikTok: 1 200 000 views last month',
    'เลขที่คำสั่งซื้อ12345678901',
    'หมายเลขคำสั่งซื้อ 0812345678 ส่งแล้ว',
    'Template: "Call us: 0800 123 456"',
    'Vorlage: „Rufen Sie uns an: 0800 123 456“',
    'Your customer ID is on the invoice. Example: 447 122 9033.',
]

test_errors, test_honest_twins_stay_clean = severity_tests(ERRORS, CLEAN)
test_unnamed_channel_is_a_warning = warning_tests(WARNINGS)
