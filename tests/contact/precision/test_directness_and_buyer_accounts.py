"""The general causes behind the brief's
known false alarms, each with honest twins in several languages next to the positives that
must stay errors.

* a phrase of directness that is also one of leaving ("seedha mujhse", "direto comigo",
  "напрямую") yields when the marketplace's own chat is named as the way and nothing else in
  the sentence leaves (invitations._judge with _direct_by_market); the marketplace named
  with a word of leaving, skipping or negation around it ("instead of the Fiverr chat",
  "Fiverr chat ke bahar", "Fiverr chat ki zarurat nahi") is the place left
  (market_way.market_way_left), and a channel in the sentence keeps it an error;
* a verb that also pays ("zrobić" in "zrób przelew") whose object is a thing built, in a
  sentence whose "without this platform" is that thing's (built_without.built_by_verb), makes
  the shop, not a payment; the payment after it stays an error;
* the buyer's business named as an account's owner right after it ("The WhatsApp number of
  your shop goes on the banner", "номер WhatsApp вашего магазина") is the work's content
  (leaving.owned_after, read by own_channel_pointer and the profile pointer), and so is one with
  the buyer's possessive (`placeholder_owners`) a few words before it or right after it ("Tu número
  de WhatsApp irá en el flyer", "Nomor WhatsApp Anda", leaving.buyer_possessed); the
  account alone, placed ("The WhatsApp number is on the banner"), stays a pointer.
"""
from __future__ import annotations

from contact_support import severity_tests

# The marketplace's own chat as the way, in 10+ languages: who answers, not where.
DIRECT_ON_MARKET = [
    "Koi sawal ho to seedha mujhse Fiverr chat mein poochein",
    "Koi sawal ho to mujhse seedha Fiverr inbox mein poochein",
    "कोई सवाल हो तो सीधे मुझसे Fiverr चैट में पूछें",
    "Qualquer dúvida, fale direto comigo pelo chat do Fiverr",
    "Cualquier duda, habla directo conmigo por el chat de Fiverr",
    "Une question ? Parlez en direct avec moi dans la messagerie Fiverr",
    "Fragen? Klären Sie sie direkt bei mir im Fiverr-Chat",
    "Есть вопросы — пишите мне напрямую в чат Fiverr",
    "Sorunuz varsa doğrudan benimle Fiverr sohbeti üzerinden konuşun",
    "Ada pertanyaan? Tanya langsung sama saya di chat Fiverr",
    "Masz pytania? Porozmawiaj bezpośrednio ze mną na czacie Fiverr",
    "Got questions? Talk directly with me in the Fiverr order chat",
    "Có câu hỏi, hãy nói chuyện trực tiếp với mình qua chat Fiverr",
    "কোনো প্রশ্ন থাকলে সরাসরি আমার সাথে Fiverr চ্যাটে কথা বলুন",
]

# The same directness with a channel, or with the marketplace's chat left, skipped or negated.
DIRECT_AWAY = [
    "Koi sawal ho to seedha mujhse WhatsApp pe poochein",
    "कोई सवाल हो तो सीधे मुझसे WhatsApp पर पूछें",
    "Qualquer dúvida, fale direto comigo no WhatsApp",
    "Cualquier duda, habla directo conmigo por Telegram",
    "Koi sawal ho to seedha mujhse poochein, Fiverr chat ki zarurat nahi",
    "Fiverr chat ke bajaye seedha mujhse baat karein",
    "Seedha mujhse baat karein, Fiverr chat ke bahar",
    "Seedha mujhse deal karo, Fiverr chat mein baat karke fees bachao",
    "Fiverr chat ki jagah seedha mujhse WhatsApp pe baat karein",
]

# A shop, a site or an app made without the platform (Polish "zrobić" also pays: "zrób przelew").
BUILT_WITHOUT = [
    "Mogę zrobić sklep bez tej platformy",
    "Mogę zrobić stronę i sklep bez tej platformy, na czystym kodzie",
    "Zrobię aplikację bez tej platformy",
]

PAID_WITHOUT = [
    "Zrobię sklep bez tej platformy, zapłać mi przelewem",
    "Zrób przelew bez tej platformy",
    "Zrobisz przelew bez tej platformy, taniej",
    "Mogę zrobić sklep bez tej platformy, taniej dla ciebie",
    "Zrób BLIK na mój numer",
]

# The buyer's business named as the account's owner right after it: the work's content.
BUYERS_ACCOUNT = [
    "The WhatsApp number of your shop goes on the banner",
    "El número de WhatsApp de tu tienda va en el banner",
    "Le numéro WhatsApp de votre boutique figure sur la bannière",
    "Die WhatsApp-Nummer Ihres Ladens kommt auf das Banner",
    "O número de WhatsApp da sua loja vai no banner",
    "На баннере будет номер WhatsApp вашего магазина, пришлите его после заказа.",
    "Afişte işletmenizin WhatsApp numarası yer alacak, siparişten sonra bana iletin.",
    "Tu número de WhatsApp irá en el flyer (ej.: +34 600 000 000).",
    "Nomor WhatsApp Anda akan ada di brosur (contoh: 0812-0000-0000).",
    "Uw WhatsApp-nummer komt op de flyer (bijv. 06 00000000).",
    "आपका WhatsApp नंबर फ्लायर पर होगा (जैसे +91 90000 00000)।",
    "Your shop's WhatsApp number goes on the banner",
]

SELLERS_ACCOUNT = [
    "The WhatsApp number is on the banner",
    "The WhatsApp number is on the cover image",
    "My WhatsApp number is on the banner of the gig",
    "Die WhatsApp-Nummer steht im Video",
    "На баннере будет мой номер WhatsApp.",
    "My profile picture shows my WhatsApp number",
    "Mi número de WhatsApp está en el banner",
    "Nomor WhatsApp saya ada di banner",
    "Mijn WhatsApp-nummer staat op de banner",
    "WhatsApp numaram kapak görselinde",
]

test_directness_with_a_way_out_stays_an_error, test_directness_on_the_marketplace_chat_is_clean = severity_tests(
    DIRECT_AWAY, DIRECT_ON_MARKET
)
test_paying_without_the_platform_stays_an_error, test_a_thing_built_without_it_is_clean = severity_tests(
    PAID_WITHOUT, BUILT_WITHOUT
)
test_the_sellers_account_placed_stays_an_error, test_the_buyers_business_account_is_clean = severity_tests(
    SELLERS_ACCOUNT, BUYERS_ACCOUNT
)


# Copy quoted for the buyer's page with a contact verb of "us", the buyer's possessive after it
# ("— заменю на ваш номер", "— sizin numaranızla değiştiririm"): the buyer's business speaking
# (invitations._buyers_copy reading `placeholder_owners` too); the seller's own copy with a real
# number stays an error.
QUOTED_COPY = [
    "Пример подвала: «Пишите нам в WhatsApp: +7 900 000-00-00» — заменю на ваш номер.",
    "Örnek altbilgi: \"WhatsApp'tan yazın: 0500 000 00 00\" — sizin numaranızla değiştiririm.",
    "Exemplo de rodapé: \"Fale conosco no WhatsApp (21) 99999-0000\" — troco pelo seu.",
    "Beispiel-Footer: „Schreiben Sie uns auf WhatsApp: 0170 0000000“ – ersetze ich durch Ihre Nummer.",
]
SELLERS_COPY = [
    "«Пишите мне в WhatsApp: +7 900 123-45-67» — ваш вопрос решу быстро.",
    "\"Text me on WhatsApp +1 415 555 0101\" — your questions answered fast.",
]

test_the_sellers_quoted_line_stays_an_error, test_copy_for_the_buyer_is_clean = severity_tests(SELLERS_COPY, QUOTED_COPY)
