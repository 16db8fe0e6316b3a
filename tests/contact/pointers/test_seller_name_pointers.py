"""The seller's own channel said to be the seller's name on the marketplace
("Mein Discord-Name ist mein Verkäufername", "Mi Telegram es mi nombre de vendedor"), or to
be "exactly" a detail (vi "chính là", th "เหมือนกับ": the same as).

The seller's name here is the account here (`here_words`) and an account word
(`detail_words`) at once: the pointer reading (leaving.own_channel_pointer) needed both.
The buyer's seller name, or the shop name as the work, stays clean.
"""
from __future__ import annotations

from contact_support import severity_tests

POINTED = [
    "Kleiner Tipp: Mein Discord-Name ist mein Verkäufername plus die Zahl aus meinem Gig-Titel.",
    "Mein Discord-Name ist mein Verkäufername.",
    "My Telegram is my seller name.",
    "Mi Telegram es mi nombre de vendedor.",
    "Meu Telegram é o meu nome de vendedor.",
    "Mon Telegram, c'est mon nom de vendeur.",
    "Мой Telegram — это имя продавца.",
    "Telegram'ım satıcı adım ile aynı.",
    "Telegram saya sama dengan nama penjual saya.",
    "Zalo của mình chính là số trong tên file mẫu đính kèm, bạn lưu lại rồi nhắn nhé.",
    "LINE ID ของเราเหมือนกับชื่อร้านค่ะ",
]

HONEST = [
    "Tên shop của bạn sẽ in trên logo.",
    "Your seller name should be short and memorable.",
    "ชื่อร้านของคุณจะอยู่บนโลโก้",
    "I design Telegram stickers with your seller name.",
    "Elijo tu nombre de vendedor y diseño el logo.",
    "Mi nombre de vendedor es Ana Studio.",
]

test_a_channel_said_to_be_the_seller_name_is_an_error, test_seller_names_as_work_stay_clean = severity_tests(
    POINTED, HONEST
)
