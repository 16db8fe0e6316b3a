"""Identifiers pointed to through other places (identifier_pointers.py).

The seller's identifier said to stand on another platform's profile ("My LinkedIn has my
email", "Instagram bio → number"), on the seller's own site in any language ("Nomor HP saya
ada di website saya", "मेरा नंबर मेरी वेबसाइट पर है", "제 전화번호는 제 웹사이트에 있어요"), in a
file's name or a gig description, or made by a recipe (the first part, reversed, a prefix at
the start, "@ plus my name", the same ID as on another platform where the pronoun is dropped):
errors. Other contacts offered without a channel ("Frag mich nach meinen anderen
Kontaktmöglichkeiten", "nanti aku kasih kontak lainnya"): warnings.

Honest neighbours: the buyer's (お客様の, 고객님의, "your"), the buyer addressed with a
comma before an on-platform talk, a site or a profile as the work, an account made for the
buyer with the same ID, counts and descriptions that hold no identifier.
"""
from __future__ import annotations

from contact_support import severity_tests, warning_tests

ERRORS = [
    # another platform's profile as the place
    "My LinkedIn has my email.",
    "You can find my email on my LinkedIn.",
    "My Instagram bio has my WhatsApp number.",
    "Mi número está en la bio de mi Instagram.",
    "제 이메일은 링크드인 프로필에 있습니다.",
    "私のメールアドレスはLinkedInのプロフィールに載っています。",
    # the seller's own site, in more languages
    "Nomor HP saya ada di website saya.",
    "Мой номер есть на моём сайте.",
    "मेरा नंबर मेरी वेबसाइट पर है।",
    "मेरा फोन नंबर मेरी वेबसाइट पर है।",
    "제 전화번호는 제 웹사이트에 있어요.",
    "我的微信号在我的个人网站上。",
    # a file's name, a cover image, a gig description
    "Мій Viber — ті цифри, що в назві архіву з прикладом роботи,\nтільки з +380 на початку.",
    "بريدي الإلكتروني مكتوب بخط صغير أسفل صورة الغلاف، راسلني عليه.",
    "আমার অন্য যোগাযোগের ঠিকানা আগের গিগের বিবরণে দেওয়া আছে, দেখে নিন।",
    # recipes
    "My Telegram is my username here reversed.",
    "My Skype is @ plus my name.",
    "Twitterと同じIDでLINEもやってます。気軽に追加してください。",
    "インスタと同じIDでLINEやってます。",
    "인스타랑 똑같은 아이디로 카톡 하고 있어요.",
    # search instructions and business cards
    "Type my shop name in Telegram search to find me.",
    "Cari nama toko saya di pencarian Telegram.",
    "The number on my business card in the gallery works on WhatsApp.",
    # the buyer addressed, then invited to another channel
    "고객님, 카카오톡으로 상담해 드립니다.",
    # "there" before a verb that comes last (Tagalog)
    "Yung FB page ko, naka-link sa YouTube channel ko sa portfolio —\ndoon ka na lang mag-message.",
    "FB page ko, doon ka mag-message.",
    "Nasa Viber ako, doon ka mag-message.",
    "My Telegram channel has tips, there you can message me too.",
]

WARNINGS = [
    "Frag mich einfach nach meinen anderen Kontaktmöglichkeiten.",
    "Tanya aja di chat, nanti aku kasih kontak lainnya.",
    "Ask me for my other contacts.",
]

CLEAN = [
    "お客様のLINE IDをチラシ画像に入れます。",
    "御社のLINE公式アカウントのQRコードを名刺に入れます。",
    "お客様のTwitterと同じIDでLINE公式アカウントを開設します。",
    "Twitterと同じIDでLINEアカウントを作成します。",
    "인스타랑 똑같은 아이디로 카톡 채널 개설해 드립니다.",
    "고객님 카톡 채널 개설해 드립니다.",
    "I grow your LinkedIn and email list.",
    "My LinkedIn profile shows my email marketing results.",
    "I design your Instagram bio and add your WhatsApp number.",
    "आपका नंबर वेबसाइट पर है।",
    "고객님 번호는 웹사이트에 있어요.",
    "The number of pages is on my website.",
    "I write the description for your product page.",
    "Your phone number goes in the description of the listing.",
    "My portfolio is on my website.",
    "Gagawa ako ng FB page mo, doon na mag-message ang customers mo.",
    "I manage your Instagram; there your customers can message you.",
    "I post on Instagram. There I message my followers daily.",
    "Pwede kang mag-message dito sa Fiverr anytime.",
    "Lezione dal vivo: ci vediamo su Zoom, invito tramite la chat di Fiverr.",
    "My Instagram handle? I don't share it, everything stays here.",
]

test_errors, test_honest_sentences_stay_clean = severity_tests(ERRORS, CLEAN)

test_other_contacts_offered_are_warnings = warning_tests(WARNINGS)
