"""The buyer's public profile asked for with the verb after it (the word
order of tr, hi, zh, ur ...) and the seller's promise to write to the buyer there.

A public profile (Instagram, TikTok) asked for is the work's by itself ("Instagram'ını
bırak, analiz edeyim": the seller audits it); the promise to message the buyer makes it
how the seller reaches the buyer, an error. The verb-first reading (`_share_or_ask`) had
this; the verb-last one (`buyer_detail_ask.asked_before`) read messengers only.
"""
from __future__ import annotations

from contact_support import severity_tests

ASKED_THEN_WRITTEN_TO = [
    "Instagram'ını bırak, sana yazarım.",
    "Instagram'ını bırak, sana ulaşırım.",
    "TikTok hesabını bırak, sana yazarım.",
    "Instagram hesabını yaz, sana yazarım.",
    "**SSS:** Instagram'ını bırak, sana yazarım.",
    "apna Instagram bhejo, main aapko message karunga",
    "अपना Instagram भेजिए, मैं आपको मैसेज करूंगा।",
    "把你的抖音发给我，我私信你。",
    "把你的Instagram发给我，我私信你。",
]

PROFILE_AS_THE_WORK = [
    "Instagram'ını bırak, analiz edeyim.",
    "TikTok hesabını bırak, videolarını analiz edeyim.",
    "Instagram'ını bırak, profilini inceleyip sana rapor yazarım.",
    "Instagram'ını bırak, sana Fiverr üzerinden yazarım.",
    "अपना Instagram भेजिए, मैं आपकी प्रोफ़ाइल का ऑडिट करूंगा।",
    "把你的抖音发给我，我帮你分析账号。",
]

test_promised_message_on_the_asked_profile_is_an_error, test_the_profile_as_the_work_stays_clean = severity_tests(
    ASKED_THEN_WRITTEN_TO, PROFILE_AS_THE_WORK
)
