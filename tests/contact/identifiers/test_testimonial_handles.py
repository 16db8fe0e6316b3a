"""A testimonial that carries the way the buyer reached the seller
(«Списались в Телеграме @ivan_dev» — отзыв) is the seller's handle, not the buyer's account
speaking of itself: a messenger's handle inside a quotation followed by its author's dash stays
a finding (handles._reached_by), unless the buyer calls it theirs ("Our Telegram channel
@x doubled its subscribers", "Наш Телеграм-канал @x"); a social profile there stays the
buyer's ("Our TikTok @tea_house grew 3x").
"""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    '"We chatted on Telegram @ivan_dev, great work" — review',
    "«Списались в Телеграме @ivan_dev, всё быстро» — отзыв",
    '"Wrote him on WhatsApp @maria.design and got it done" — Sam, client',
    "“Nachricht an @lena_design auf Telegram, am nächsten Tag fertig” – Bewertung",
    "«Le escribí por Telegram @ivan_dev y en un día estaba listo» — reseña",
]

CLEAN = [
    "«Mon compte Instagram @atelier.rose a doublé ses abonnés» — avis d’acheteur",
    "“Our TikTok @tea_house grew 3x in a month” — buyer review",
    '"Our Telegram channel @cryptonews_daily doubled its subscribers" — client review',
    "«Наш Телеграм-канал @coffee_spb вырос вдвое» — отзыв покупателя",
    '"My Telegram bot @shop_helper_bot now answers 500 clients a day" — buyer',
]

test_messenger_in_testimonial_is_an_error, test_buyers_own_accounts_stay_clean = severity_tests(ERRORS, CLEAN)
