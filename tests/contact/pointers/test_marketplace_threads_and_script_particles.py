"""The general causes behind misses and false alarms of rt25/rt26,
each with variants in other languages, orders and fields, and honest neighbours.

* the marketplace's own thread named with a contact word in it ("取引メッセージ", "トークルーム")
  is no channel's verb; a meeting room's link sent "here" is the session's, not a pointer;
* placeholders: "such as" in Arabic, Persian, Hindi; Arabic company nouns in Latin letters
  with their "your" ending ("sharika-tak");
* leaving: numbers swapped with the buyer; "there" pointing back to another site named
  before the talk verb; a count between a place word and "other" ("on a few other apps");
  Turkish "let's switch to X" ("Upwork'e geçelim"), "from other places";
* pointers: Hinglish place particles with their verb ("image me likha hai"), German
  genitive possessives after the place ("im Wasserzeichen meines Videos"), Arabic in Latin
  letters ("bta3i", "nafs esm", "kalemni henak"), Taglish and Portuguese search verbs;
* payment: a wallet's friends-and-family mode next to a service;
* the lexicon's gate splits words at Arabic, Urdu and Devanagari punctuation ("راسلني،@x");
* links: a host behind "someone@" is never a template's ("https://soundcloud.com@x.example.net/");
* precision: Arabic "and not" and Hindi "not", "don't", "against" ("… के बाहर बात नहीं करते") ("ولا أقبل"); FAQ answers opening with "sorry" ("Maaf", ...);
  a button's number asked in the requirements; "directly with me" alone beside "no
  middlemen"; the customers of the buyer's shop; businesses named by their domain
  ("Booking.com"); the ISBN's name in other scripts ("شابک").
"""
from __future__ import annotations

import pytest
from contact_support import reported, worst
from table_support import table_test

ERRORS = [
    # numbers swapped with the buyer
    "Schreib mir hier, dann tauschen wir Nummern aus",
    "Message me here and we'll swap numbers",
    "Escríbeme aquí y luego intercambiamos números",
    "Écris-moi ici, puis on échange nos numéros.",
    "Напишите здесь, потом обменяемся номерами",
    "Chat dulu di sini, nanti tukar nomor ya",
    # "there" pointing back to another site named before
    "I also have a profile on another freelance marketplace with lower fees — let's move our project there",
    "I'm on another freelance site too, with lower fees; we can continue there",
    # Turkish "let's switch to X"
    "İlk işten sonra Upwork'e geçelim, orada komisyon daha düşük.",
    "Sonraki siparişler için WhatsApp'a geçelim.",
    # a DM place of a platform after "slide into my"
    "Before you order, slide into my IG DMs so we can chat 🙌",
    "Slide into my WhatsApp before ordering",
    "Hit up my IG DMs for a custom quote",
    # Cyrillic "теле" for Telegram, also over line breaks
    "Вопросы?\nПишите в\nтеле\nграм:\nsergey_3d",
    "Пишите в теле: sergey_3d",
    # Hinglish place particles, German genitives, Arabic in Latin letters
    "Mera WhatsApp number meri gig ki 3rd image me likha hai, wahan msg karo",
    "Mera number video me hai",
    "Mera WhatsApp number gig ki pehli image mein likha hai",
    "Die Nummer steht im Wasserzeichen meines Demo-Videos – einfach kurz durchklingeln",
    "Meine Nummer steht im Abspann meines Videos",
    "el insta bta3i nafs esm el account da, kalemni henak",
    # search verbs to the buyer with a channel
    "Search nyo lang yung username ko dito sa FB, andun contact ko",
    "I-search mo ako sa Instagram, same name",
    "Me procura no Instagram, mesmo nome daqui",
    # a wallet's friends-and-family mode
    "Folgeaufträge gerne per PayPal Freunde & Familie, dann spart ihr die Gebühren",
    "Send it through PayPal friends and family",
    "Pago por PayPal amigos y familiares, así no hay comisión",
    "Pwede rin GCash para wala nang fees, sabihan nyo lang ako",
    # Arabic punctuation ends a word for the lexicon's gate as Latin punctuation does
    "راسلني،@omar.montage،على تيليجرام.",
    "تابعني، @omar.montage",
    "واتساب؟ راسلني، @omar.montage",
    # ID words without their particle (ko, ja, zh)
    "작업 문의는 카톡 아이디 jiwoo_design 으로 주세요",
    "카카오톡 닉네임 jiwoo.art",
    # payment rails as written: Bengali locative, Persian compound with its ZWNJ
    "পরের অর্ডারগুলোর পেমেন্ট সরাসরি বিকাশে\nকরুন, প্ল্যাটফর্মের ফি লাগবে না।",
    "برای کم\u200cکردن هزینه، مبلغ را مستقیم کارت\u200cبه\u200cکارت\nکنید؛ شماره کارت را در پیام می\u200cدهم.",
    # outside the platform in Hindi (both scripts), Arabic in Latin letters, Indonesian
    "पहले ऑर्डर के बाद हम प्लेटफ़ॉर्म के बाहर\nबात करेंगे, वहाँ रेट कम है।",
    "हम प्लेटफॉर्म के बाहर बात करेंगे",
    "Agla project bahar karte hain, platform ka commission kyu dena 😅",
    "Agla order bahar se karo, sasta padega",
    "नया प्रोजेक्ट प्लेटफॉर्म के बाहर करेंगे",
    "ba3d awel order nkamel barra el site a7san",
    "Order berikutnya lewat jalur pribadi aja ya kak, lebih hemat",
    # the seller's own things stay errors
    "تواصل معي خارج المنصة على الواتساب",
    "Put your WhatsApp number in the requirements and I will text you updates",
    "Coloque seu número nos requisitos",
    "Meu Zoom é o mesmo nome daqui",
    "Link Zoom saya sama dengan username di sini",
    "Próximos pedidos direto comigo, sem intermediários.",
    "Bayar ke GoPay saya ya kak",
    "https://booking.com/hotel/kofi-guesthouse",
    "visit kofimixes dot com",
    # a host hidden behind another site's name is no template's, whatever its domain
    "[Mi SoundCloud](https://soundcloud.com@beats-mauro.example.net/mix)",
    "[demo](https://youtube.com@yourbrand.com/x)",
    "شماره من ۰۹۱۲-۳۴۵-۶۷۸۹",
]

WARNINGS = [
    "I'm around on a few other apps too if you ever want to chat 😉",
    "Estoy en algunas otras redes también",
    "Ich bin auch auf ein paar anderen Seiten",
    "I'm also on several other apps",
    "Ask me about my other ways to get in touch.",
    "After your first order here, feel free to ask\nme about my other ways to get in touch.",
    "Bana başka\nyerlerden de\nulaşabilirsiniz,\nsormanız yeterli.",
    "I'm reachable through other channels too",
    "يمكنك أن تجدني في أماكن أخرى أيضاً.",
    "다른 곳에서도 저를 찾으실 수 있어요 :)",
    "Meine weiteren Kontaktmöglichkeiten\nverrate ich dir gern auf Nachfrage.",
    "संपर्क के बाकी तरीके मुझसे पूछ लीजिए,\nमैं बता दूँगा।",
    "May iba pa akong paraan para ma-contact, tanong lang kayo 😊",
]

CLEAN = [
    # the marketplace's own thread
    "ご購入後、Zoomでのレッスンリンクを取引メッセージでお送りします",
    "Zoomでのレッスンは購入後に取引メッセージでご案内します",
    "ご購入後、Zoomのリンクをトークルームでお送りします",
    # a meeting room's link sent through the marketplace
    "## Sesi konsultasi langsung\nSetelah order, link Zoom saya kirim lewat chat\npesanan di platform ini.",
    "Setelah order, link Zoom saya kirim di sini.",
    # placeholders with "such as"
    "سأضع بريدك الإلكتروني (مثل info@sharikatak.com) في تذييل الموقع",
    "I put your address (like hello@sherketik.com) in the footer",
    "Footer: your mail, e.g. contact@sharika.com",
    # refusals and rules
    "## ملاحظة\nلا أشارك رقم الواتساب أو البريد الإلكتروني،\nولا أقبل الدفع خارج المنصة. كل التواصل\nيكون عبر رسائل الموقع فقط.",
    "**FAQ**\nT: Boleh minta nomor WA?\nJ: Maaf, semua komunikasi lewat inbox platform\nsesuai aturan. Saya cepat membalas kok.",
    "I never swap numbers with buyers, everything stays here",
    # the buyer's button, the buyer's customers, the work
    "### Landing page com botão de WhatsApp\nColoco o botão flutuante que abre conversa com\no **seu** número "
    "comercial (você informa nos\nrequisitos). No protótipo aparece «Seu número aqui».",
    "Put your WhatsApp number in the requirements for the chat button",
    "## Integrasi Midtrans & Xendit\nPembayaran QRIS, virtual account, dan\nGoPay/OVO untuk pelanggan toko Anda.",
    "Payments by QRIS, virtual account and GoPay/OVO for the customers of your store.",
    "I make PayPal donation buttons for friends and family fundraisers",
    "I design flyers for friends and family events",
    "## Sobre o serviço\nAtendimento direto comigo, sem intermediários\nou terceirização. Sou eu quem faz cada\nilustração.",
    # other platforms as the work
    "I'm experienced on other platforms like Wix",
    "We can work on other platforms too, like Wix",
    "I post your reels on a few other platforms",
    "Customers reached through other channels convert better",
    "I have worked on other freelance platforms, let's talk here",
    "WordPress'e geçebiliriz, sitenizi taşıyalım",
    "Instagram'a içerik hazırlarım",
    # businesses named by their domain, book numbers
    "## Brand-name consistency check\nI fix copy where names like Booking.com or\nHotels.com are written as "
    '"booking dot com" in\none place and "Booking.com" in another.',
    "I wrote listings for Booking.com and Airbnb",
    "[My SoundCloud](https://beats-mauro.example.net/mix)",
    "Your site: https://www.yourwebsite.com",
    "## صفحه\u200cآرایی کتاب\nشابک ۹۷۸-۶۰۰-۱۲۳-۴۵۶-۷ در شناسنامه کتاب درج می\u200cشود.",
    "ISBN 978-600-123-456-7",
    # Hindi refusals of the outside-the-platform phrases
    "हम प्लेटफ़ॉर्म के बाहर बात नहीं करते",
    "मैं प्लेटफॉर्म के बाहर कोई डील नहीं करता",
    "कृपया प्लेटफ़ॉर्म के बाहर भुगतान न करें",
    "प्लेटफ़ॉर्म के बाहर संपर्क करना नियमों के खिलाफ है",
    "सारी बातचीत यहीं होगी, प्लेटफ़ॉर्म के बाहर नहीं",
    "प्लेटफ़ॉर्म के बाहर मत जाइए",
    # ordinary words near the new ones
    "आपकी वेबसाइट पर संपर्क के बाकी तरीके जोड़ूँगा",
    "I add other ways to get in touch to your website footer",
    "인스타 계정 운영 대행: 콘텐츠 기획",
    "카톡 아이디는 알려드릴 수 없어요",
    "আমি আপনার ওয়েবসাইটে বিকাশে পেমেন্ট গেটওয়ে যুক্ত করি",
    "درگاه پرداخت کارت\u200cبه\u200cکارت برای فروشگاه شما راه\u200cاندازی می\u200cکنم",
    "Saya tidak melayani order lewat jalur pribadi",
    "Bahar karte hain shoot, outdoor photography",
    "Outdoor shoot: pura kaam bahar location pe hota hai",
    "Product shoot ka project bahar studio mein hoga",
    "다른 곳에서 구매한 템플릿도 수정해 드려요",
    "أصمم لافتات لأماكن أخرى",
    "راسلني، سأرد عليك هنا بسرعة",
    "سؤال؟ راسلني هنا على المنصة",
    "أصمم شعارات، @media queries في CSS",
    "This slide into my portfolio shows Instagram ads",
    "Смотрите теле и радио рекламу",
    "Search mo yung logo design ko sa portfolio",
    "Se tiver dúvida me procura aqui no chat",
    "Ich füge deine Nummer im Wasserzeichen meines Videos ein",
    "Başka sitelerden ürün fotoğrafı alırım",
]


@table_test("text", ERRORS)
def test_errors(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)


@pytest.mark.parametrize("text", WARNINGS)
def test_hints_are_warned_at_least(lint, text):
    assert worst(lint, text) in ("warning", "error"), reported(lint, text)


@table_test("text", CLEAN)
def test_honest_sentences_stay_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)
