"""contact-handle (GC203): messenger and social handles, plain or disguised, and links to
them; not platforms named as the subject of the work."""
from __future__ import annotations

import pytest
from table_support import table_test

from gigcheck.detectors.lexicon import Lexicon

RULE = "contact-handle"


def _handles(lint, text):
    return [f for f in lint(text) if f.name == RULE]


FLAGGED = [
    # plain: label, "is", "id", short forms, arrows, brackets
    ("Spanish tutoring. skype id: maria.voice.studio", "skype id: maria.voice.studio"),
    ("UX research. tg: @nadia_ux", "tg: @nadia_ux"),
    ("Nail art. IG ➜ @sophie.bakes", "IG ➜ @sophie.bakes"),
    ("My Skype is joecool", "Skype is joecool"),
    ("Snap: ghostie_ray", "Snap: ghostie_ray"),
    ("LINE ID: yuki_chan", "LINE ID: yuki_chan"),
    ("Signal: sam.42", "Signal: sam.42"),
    ("add me on Discord (pastelpixel#2048)", "Discord (pastelpixel#2048"),
    ("Contact: skype live:.cid.9a8b7c6d5e", "skype live:.cid.9a8b7c6d5e"),
    ("X (formerly Twitter) @ayo_drafts", "Twitter) @ayo_drafts"),
    ("Instagram/TikTok: @mia.creates", "TikTok: @mia.creates"),
    ("Reddit: u/miadesigns", "Reddit: u/miadesigns"),
    ("My snap is miasnaps22", "snap is miasnaps22"),
    # before the name, and in the next sentence
    ("i'm dean.malmgren on skype", "dean.malmgren on skype"),
    ("@mia.designs on IG for more work", "@mia.designs on IG"),
    ("I have added you on Skype. My ID is dean.malmgren", "Skype. My ID is dean.malmgren"),
    # disguised names
    ("Mastering. sk*pe - rob.mastering", "sk*pe - rob.mastering"),
    ("Voice. s***e: marta.vox", "s***e: marta.vox"),
    ("Video ads. skipe: tomas_edits", "skipe: tomas_edits"),
    ("whatzapp: @mia", "whatzapp: @mia"),
    ("Coding tutor. sk ype: devon_codes", "sk ype: devon_codes"),
    ("Voice. S K Y P E : marta.vox", "S K Y P E : marta.vox"),
    ("s.k.y.p.e: mia.voice", "s.k.y.p.e: mia.voice"),
    ("$kype: mia.voice", "$kype: mia.voice"),
    ("Edits. sn@p: kay.edits", "sn@p: kay.edits"),
    ("Emotes. my d1sc0rd is neonfox#0007", "d1sc0rd is neonfox#0007"),
    ("Copy. tlgrm: @sam_script", "tlgrm: @sam_script"),
    ("Landing pages. Теlеgrаm: @vlad_web", "Теlеgrаm: @vlad_web"),
    ("App UI. ｔｅｌｅｇｒａｍ ＠ｋｉｒａ＿ｄｅｖ", "ｔｅｌｅｇｒａｍ ＠ｋｉｒａ＿ｄｅｖ"),
    ("Animation. tele\u200dgram @dasha_art", "tele\u200dgram @dasha_art"),
    ("Sketches. Ⓢⓚⓨⓟⓔ: lena.sketch", "Ⓢⓚⓨⓟⓔ: lena.sketch"),
    # other languages
    ("Mi skype es ana_lopez_tradu, escríbeme ahí", "skype es ana_lopez_tradu"),
    ("Meu Instagram é @mia.arte", "Instagram é @mia.arte"),
    ("Mein Skype-Name: mia.smith", "Skype-Name: mia.smith"),
    ("Телеграм: @marina_smm — пишите", "Телеграм: @marina_smm"),
    ("скайп: mia.voice", "скайп: mia.voice"),
    ("微信号：zhangwei_2024，备注Fiverr", "微信号：zhangwei_2024"),
    ("加我微信：wxid_8fj2kq19", "微信：wxid_8fj2kq19"),
    ("我的微信是 mia_design2024", "微信是 mia_design2024"),
    # markdown places
    ("| Contact | Handle |\n|---|---|\n| Telegram | @mia_design |", "Telegram | @mia_design"),
    ("Bilingual SEO articles. <!-- tg @seo_anton -->", "tg @seo_anton"),
]


@table_test("text,excerpt", FLAGGED, ids=[t for t, _ in FLAGGED])
def test_handle_is_flagged(lint, text, excerpt):
    found = _handles(lint, text)
    assert [f.excerpt for f in found] == [excerpt]
    assert found[0].severity.name == "ERROR"


# One family per group: the cases the corpus showed, and others of the same kind.
FAMILIES = [
    # a name with a number tacked on, right after a full platform name
    ("name and number", "skype bobvo77", "skype bobvo77"),
    ("name and number", "Add me on telegram mia2024 for updates", "telegram mia2024"),
    # a meeting room: its number after "meeting ID", or followed by its passcode
    ("meeting id", "Let's do the kickoff: Zoom meeting ID 812 3456 7890, passcode 4411", "Zoom meeting ID 812 3456 7890"),
    ("meeting id", "Voiceovers. Zoom Meeting ID: 845 223 1990 Passcode: 552211", "Zoom Meeting ID: 845 223 1990"),
    ("meeting id", "Consults on Google Meet — code: xkp-qwer-tyu", "Google Meet — code: xkp-qwer-tyu"),
    # a page name of capitalised words after a label
    ("page name", "Lyrics writing. Facebook: Rosa Delgado Songs (search it)", "Facebook: Rosa Delgado Songs"),
    ("page name", "Bakery logos. Instagram: Sweet Crumb Studio — look me up", "Instagram: Sweet Crumb Studio"),
    ("page name", "Wedding films. Facebook page: Golden Hour Films", "Facebook page: Golden Hour Films"),
    # a profile path after a label
    ("path", "Writing coach. LinkedIn: /in/daniel-okoro", "LinkedIn: /in/daniel-okoro"),
    ("path", "Dance. TikTok: /@moves.by.kim", "TikTok: /@moves.by.kim"),
    # symbols for letters that leetspeak undoing leaves: currency signs, a final "@"
    ("symbols", "Nails. inst@: @bella.nails", "inst@: @bella.nails"),
    ("symbols", "Data entry. $k¥pe: irfan.data", "$k¥pe: irfan.data"),
    ("symbols", "Menus. teleg€am: @menu_guy", "teleg€am: @menu_guy"),
    # dotted two-letter short forms
    ("dotted", "Portraits. f.b: /maya.portraits", "f.b: /maya.portraits"),
    ("dotted", "Covers. i.g: @cover.queen", "i.g: @cover.queen"),
    ("dotted", "Flyers. F.B.: /flyer.pro", "F.B.: /flyer.pro"),
    # slang names
    ("slang", "Tattoo designs. Follow my flash sheets on the gram: @inkedby.rio", "the gram: @inkedby.rio"),
    ("slang", "Beats. tele: @beatsmith_k", "tele: @beatsmith_k"),
    # a space after "@"
    ("spaced at", "WordPress. telegram: @ wp_guru_ali", "telegram: @ wp_guru_ali"),
    ("spaced at", "Shopify. IG - @ shop.doctor", "IG - @ shop.doctor"),
    # a Discord tag: after any name of Discord, even without a label
    ("discord tag", "Memes. ds: vibe_check#1111", "ds: vibe_check#1111"),
    ("discord tag", "Overlays. discord vibe_check#1111", "discord vibe_check#1111"),
]


@table_test("family,text,excerpt", FAMILIES, ids=[f"{f}: {t}" for f, t, _ in FAMILIES])
def test_handle_families(lint, family, text, excerpt):
    assert [f.excerpt for f in _handles(lint, text)] == [excerpt]


FAMILY_CLEAN = [
    # a file name or a numbered list item next to a platform's name (real forum posts)
    "The screenshot shows the seller giving me this link via Discord\nimage0.png",
    "1.Design logo\n2.Setup Facebook Business Page\n3.Run ads",
    # a word with one digit or digits inside after a name: work, not an account
    "LinkedIn b2b lead generation",
    "Instagram web3 community growth",
    # title-case work after a label, and names of ordinary words
    "LinkedIn: Profile Rewrite Service",
    "LinkedIn: Executive Resume Writer",
    "Instagram: Reels And Stories For Brands",
    "Instagram: New York Fashion Week coverage for your brand.",
    "Instagram: Available After Order",
    # "@" read as "at", numbers that are no room, words that are no platform
    "Skype @ 5pm EST works for the kickoff.",
    "Zoom calls of 30 minutes, 45 minutes or 60 minutes.",
    "Order #1234 and ticket#5678 are tracked in Jira.",
    "Gram flour recipes: 100 gram of chickpea batter.",
    "Instagram/TikTok content calendar for 30 days.",
]


@pytest.mark.parametrize("text", FAMILY_CLEAN)
def test_not_a_handle_of_those_families(lint, text):
    assert _handles(lint, text) == []


LINKS = [
    ("Chat with me: wa.me/15551234567", "wa.me/15551234567"),
    ("Join my group: t.me/+AbCdEf1234xyz", "t.me/+AbCdEf1234xyz"),
    ("Portfolio & DMs → [instagram](https://instagram.com/ink.by.noa)", "https://instagram.com/ink.by.noa"),
    ("Branding studio: facebook.com/marco.pizzi.design", "facebook.com/marco.pizzi.design"),
    ("Consultation room: zoom.us/j/81234567890", "zoom.us/j/81234567890"),
    ("[Call me](skype:bob.audio?call)", "skype:bob.audio?call"),
]


@pytest.mark.parametrize("text,excerpt", LINKS, ids=[t for t, _ in LINKS])
def test_messenger_and_social_links_are_handles(lint, text, excerpt):
    assert excerpt in [f.excerpt for f in _handles(lint, text)]


CLEAN = [
    # the platform is the work
    "I will build a WhatsApp chatbot for your business using the official Cloud API.",
    "Discord server setup with roles, bots, tickets and verification.",
    "Crisp, Skype-quality audio is not enough — I deliver broadcast-grade voice over.",
    "I will draw a set of 40 LINE stickers in kawaii style.",
    "Разработаю Telegram-бота на Python с оплатой и админ-панелью.",
    "Instagram: 10k followers growth package.",
    "LinkedIn: headline, summary and experience rewrite.",
    "I will do linkedin b2b lead generation and prospect list building",
    "TikTok @ mentions analysis for your brand.",
    "Discord bot with slash commands, moderation and music, written in discord.py.",
    "Please provide your Instagram handle so I can analyze your account.",
    # ordinary words and code
    "Line editing and copy editing for your fantasy novel.",
    "I would love to attend, wanna meet @ghemachandar1 in person.",
    "Smooth CSS animations with `@keyframes fadeIn` and `@font-face` for custom fonts.",
    "Zapier zaps, snap-fit parts and signal flow diagrams.",
    "Skype, Zoom or Meet? I'll write a comparison for your remote-team handbook.",
    # the site itself, no one's profile
    "Portfolio pieces were shared on instagram.com and behance.",
    # a phone number or an email is the phone or email rule's
    "Virtual assistant from Cebu. Viber: +63 917 123 4567",
    "Skype: carla.translates@gmx.de",
]


@pytest.mark.parametrize("text", CLEAN)
def test_not_a_handle(lint, text):
    assert _handles(lint, text) == []


def test_phone_identifier_is_reported_once_by_the_phone_rule(lint):
    found = lint("Safari itinerary writing. WhatsApp: +254 712 345678")
    assert [f.name for f in found if f.category == "contact"] == ["contact-phone"]


def test_disguised_handles_say_so(lint):
    (f,) = _handles(lint, "Mastering. sk*pe - rob.mastering")
    assert "disguise" in f.message and f.suggestion


@pytest.mark.parametrize(
    "word,expected",
    [
        ("skype", True), ("skipe", True), ("skyp", True), ("sykpe", True), ("skypee", True),
        ("sk*pe", True), ("s***e", True), ("sk ype", True), ("tlgrm", True), ("watsapp", True),
        ("kype", False), ("s*", False), ("skyyyype", False), ("vibes", False),
    ],
)
def test_fuzzy_name_matcher(word, expected):
    lx = Lexicon()
    lx.add_name("skype", "skype", 5)
    lx.add_name("telegram", "telegram", 5)
    lx.add_name("whatsapp", "whatsapp", 5)
    lx.add_name("viber", "viber", 5)
    lx.exclude(["vibes"])
    lx.compile()
    found = lx.scan(f"say {word} now")
    assert bool(found and found[0].text == word) is expected


def test_lexicon_scan_equals_full_search():
    lx = Lexicon()
    for entry in ["message me", "contact me", "outside fiverr", "avoid the ~ cut", "скайп*", "加我", "'tan"]:
        lx.add(entry, entry)
    lx.compile()
    text = "Message me or contact me outside Fiverr, avoid the 20% cut; скайпе, 加我QQ, WhatsApp'tan"
    low = text.lower()
    assert [m.text for m in lx.scan(low)] == [m.text for m in lx.finditer(low)]
    assert [m.payloads[0] for m in lx.scan(low)] == [
        "message me", "contact me", "outside fiverr", "avoid the ~ cut", "скайп*", "加我", "'tan"
    ]


def test_lexicon_word_boundaries_without_cjk_use_the_plain_class():
    """Texts without Chinese, Japanese or Korean characters are matched by a regex with a
    cheaper word class; it must find exactly what the exact one finds."""
    lx = Lexicon()
    for entry in ["skype", "sky", "line", "message me", "'tan", "whats app", "加我"]:
        lx.add(entry, entry)
    lx.compile()
    for text in ["skype_x skypes sky skype. line-up lines é_line Ωline", "message me! whats app'tan", "ｓｋｙｐｅ"]:
        assert [(m.start, m.end) for m in lx.finditer(text)] == [
            (m.start(), m.end()) for m in lx.pattern.finditer(text)
        ]


@pytest.mark.slow  # seconds of CPU: started first (tests/conftest.py), not last on a worker
def test_lexicon_without_disguise_branches_finds_the_same(default_config, monkeypatch):
    """A text where no disguised name can start is scanned with a regex that leaves
    their branches out; on every corpus text that must find exactly what the whole
    regex finds."""
    import json
    from pathlib import Path

    from gigcheck.text.fold import fold

    lx = default_config.vocabulary.channels.triggers
    texts = [
        json.loads(line)["text"]
        for line in (Path(__file__).parent.parent / "data" / "contact_cases.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    views = [fold(t).text.lower() for t in texts]
    fast = [[(m.start, m.end, m.payloads) for m in lx.scan(v)] for v in views]
    gate_hits = lx._gate_hits
    monkeypatch.setattr(lx, "_gate_hits", lambda text: (gate_hits(text)[0], True))
    full = [[(m.start, m.end, m.payloads) for m in lx.scan(v)] for v in views]
    assert fast == full
    assert sum(map(len, full)) > 500  # the corpus exercises the lexicon


def test_lexicon_scan_of_a_slice_at_its_offset_and_blank_texts():
    """`scan(text, at=a)` is the scan of `text` with its offsets moved by `a` (how a run's
    context spans are read); blank texts hold nothing; a resolution remembered is the one
    computed (asked twice, before and after it is remembered)."""
    lx = Lexicon()
    for entry in ["message me", "skype", "'tan"]:
        lx.add(entry, entry)
    lx.compile()
    text = "so message me on skype'tan"
    plain = lx.scan(text)
    moved = lx.scan(text, at=40)
    assert [(m.start + 40, m.end + 40, m.text, m.payloads) for m in plain] == [
        (m.start, m.end, m.text, m.payloads) for m in moved
    ]
    assert lx.scan("") == [] and lx.scan(" \t\n ") == []
    assert lx.resolve("skype") == lx.resolve("skype") == (("skype",), False)
    assert lx.resolve("nothing") is None and lx.resolve("nothing") is None
