"""Honest numbers and words that look like disguised contact details (counts and steps, sizes,
tracking numbers, number words, a platform as the subject) stay clean.
"""
from __future__ import annotations

from disguise_support import reported_contact
from table_support import table_test

CLEAN = [
    "Mam dwadzieścia lat doświadczenia i pięćset projektów, 601 448 273 złotych obrotu.",
    "W pakiecie: trzy poprawki, dwie koncepcje, pięćset słów.",
    # numbers that are not phones, steps and counts, platform as subject
    "Delivery in 3 days; 1080p and 4K; 24/7 support since 2015.",
    "Steps: 1 then 2 then 3 then 4, then I deliver.",
    "Package: 3 revisions then 2 concepts then 1 final file.",
    "I double the revisions and triple-check every frame.",
    "Three revisions, two concepts, one source file.",
    "Sizes:\n1920 x 1080\n2048 x 1152",
    "Shipping with UPS, tracking number like 1Z 999 AA1 01 2345\n6784 in the order.",
    "Delivery in 3\n5 or 7 days.",
    "- 1080 px\n- 555 frames\n- 0142 takes",
    "- Intro 15\n- 30 second spots\n- 60 second spots",
    "1. Draft in 2\n2. 3 days for revisions",
    "| Size | Price |\n|---|---|\n| 1080 | 2048 |",
    "| Plan | Words | Days |\n|---|---|---|\n| Basic | 500 | 3 |\n| Pro | 1500 | 5 |",
    "| Platform | Deliverable |\n|---|---|\n| Instagram | 10 posts |\n| TikTok | 5 reels |",
    "| Telegram bot | Discord bot |\n|---|---|\n| $50 | $60 |",
    "Versions 2.3.1 → 2.4.0 → 3.0.0 are supported.",
    "Timeline: 2019 → 2021 → 2023 → 2024",
    "Rates: 10 / 20 / 30 / 40 USD per hour",
    "There have been over 800 cases and 2 recalls.",
    "I will build a WhatsApp chatbot and integrate PayPal in your shop.",
    "Mera kaam 5 din mein ho jayega, revisions bhi hai.",
    "Bir logo, iki konsept ve üç revizyon.",
    "Ik maak een logo in een week, een of twee revisies.",
    "Kami punya tiga paket: satu, dua, tiga revisi.",
    "Gagawa ako ng isa o dalawang logo, tatlo ang revision.",
    "Main ek logo aur teen concepts banaunga, saat din mein.",
    "Model 4K-2000 then model 5K-3000.",
    "Stats: 5 years @ 4 companies, 3.5 avg rating.",
    "Call packages: 1500 then 2500 then 4000 words.",
    "Phone reviews: 300 / 500 / 1000 word articles.",
    "Phone repair since 2010 and 2015 and 2020.",
    "I wrote three hundred articles and two thousand posts.",
    "Jobs grew to six hundred and five thousand according to reports.",
    "Over 84000 thousand views across 2.3 months.",
    "Call packages from one hundred to two thousand words, five revisions.",
    "WhatsApp chatbot: 3 flows → 5 flows → 10 flows.",
    "Rates: A + B + C @ 5. Deal.",
    "Rated 4.9 ★ 1200 reviews ★ 5000 orders ★ 24 hour delivery.",
    "Call center training: ★ 5 modules ★ 1200 slides ★ 3000 quiz questions.",
    "Install react.dom@18 and node.js@20 first.",
    "Use the logo@2x.png file for retina screens.",
]


@table_test("text", CLEAN)
def test_hard_negatives_stay_clean(text):
    assert not reported_contact(text), [(f.rule, f.excerpt) for f in reported_contact(text)]
