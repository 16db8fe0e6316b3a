"""contact-handle (GC203): identifiers introduced a few words after a platform name,
platforms used as verbs, and profile paths (issue 12: handles after a verb or in loose
punctuation are handles, with the identifier in the finding's span)."""
from __future__ import annotations

import pytest
from table_support import table_test

RULE = "contact-handle"

# (text, the identifier the finding must end with)
FLAGGED = [
    ("Kik me at lunaframes for a quick quote.", "lunaframes"),
    ("kik me at LunaFrames", "LunaFrames"),
    ("viber me: carla.studio", "carla.studio"),
    ("snap me dev.ollie22", "dev.ollie22"),
    ("Hit me up on X @ruby_writes, I reply fast", "@ruby_writes"),
    ("Telegram me, I'm nadia.motion", "nadia.motion"),
    ("Add my LINE (kenji_voice) for samples", "kenji_voice"),
    ("Find me on Discord (username: pixel_owl)", "pixel_owl"),
    ("Escríbeme por Telegram, soy @lucia.mix", "@lucia.mix"),
    ("Me chama no insta, sou bruno_design", "bruno_design"),
    ("Écris-moi sur Insta, je suis @lea_motion", "@lea_motion"),
    ("Schreib mir auf Discord, ich bin jonas_3d", "jonas_3d"),
    ("Cercami su Instagram, mi trovi come marta.ritratti", "marta.ritratti"),
    ("Пишите в телеграм, ник @ivan_voice", "@ivan_voice"),
    ("Instagram'dan yaz, kullanıcı adı: deniz.cizim", "deniz.cizim"),
    ("Chat aku di IG ya, aku @dewi.art", "@dewi.art"),
    ("Napisz na Discordzie – jestem tam jako kuba_beats", "kuba_beats"),
    ("Stuur een bericht op Snapchat, ik ben lotte.edits", "lotte.edits"),
    ("Add mo ako sa Telegram, ako si @joy_edits", "@joy_edits"),
    ("Nhắn Zalo mình nhé: minh.design", "minh.design"),
    ("Instagram pe message karo, id hai @rohit.frames", "@rohit.frames"),
    ("Slide into my IG DMs → @kai.paints", "@kai.paints"),
    ("Add me on Skype after the order: tom.voice_77", "tom.voice_77"),
    ("Ping me on Discord anytime: nova_5521", "nova_5521"),
    ("LinkedIn /in/maria-lopez-design", "maria-lopez-design"),
    ("Discord, username: lunaframes", "lunaframes"),
    ("On IG I go by ruby.reels", "ruby.reels"),
    ("Catch me on Discord, user is ruby#0001", "ruby#0001"),
    ("Napisz na Discordzie – jestem tam jako kuba_beats", "kuba_beats"),
    ("Folge mir auf Insta – ich heiße lena.draws", "lena.draws"),
    ("Tìm mình trên Facebook với tên minh.pham.design", "minh.pham.design"),
    ("T e l e g r a m, I'm nadia.motion", "nadia.motion"),
]


@table_test("text,ident", FLAGGED, ids=[t for t, _ in FLAGGED])
def test_identifier_after_the_name_is_a_handle(lint, text, ident):
    found = [f for f in lint(text) if f.name == RULE]
    assert len(found) == 1, [f.excerpt for f in lint(text)]
    assert found[0].severity.name == "ERROR"
    # The identifier is inside the finding's span, so --redact masks it.
    assert found[0].excerpt.endswith(ident)


CLEAN = [
    "Kik me at noon and we can talk about it.",
    "Snap me at home or at the studio.",
    "Viber me, I'm available every day.",
    "Skype me, I'm a voice actor with a home studio.",
    "Telegram, I'm usually online in the evening.",
    "add my LINE art style to your stickers",
    "I post my work on Instagram as well.",
    "I will edit your Instagram reels: up to 10 per order.",
    "I design LINE stickers (set of 8) for your brand.",
    "I'm on X as a designer, mostly posting web3 art.",
    "Telegram bot development, I'm an expert in python.",
    "WhatsApp chatbot: I'm building it with node.js and the cloud API.",
    "Telegram id is needed for the bot.",
    "Instagram handle: available on request",
    "I design LINE stickers (set_01 to set_08) in kawaii style.",
    "Skype sessions available, I'm certified as a TEFL_level5 teacher.",
    "Telegram (v2.0) bot included.",
    "Skype me, my name is John and I love music.",
    "Photos for Instagram (1080x1080) and Facebook (1200x628).",
]


@pytest.mark.parametrize("text", CLEAN)
def test_plain_words_after_the_name_are_not_handles(lint, text):
    assert not [f for f in lint(text) if f.name == RULE]


def test_another_platform_on_the_way_owns_the_identifier(lint):
    found = [f for f in lint("Instagram/TikTok: @mia.creates") if f.name == RULE]
    assert [f.excerpt for f in found] == ["TikTok: @mia.creates"]


def test_redact_masks_the_identifier(lint):
    from gigcheck.engine.redact import Secrets, redact_finding

    f = next(f for f in lint("Viber me, I'm paolo.renders") if f.name == RULE)
    assert "paolo.renders" not in redact_finding(f, Secrets.of([f])).excerpt
