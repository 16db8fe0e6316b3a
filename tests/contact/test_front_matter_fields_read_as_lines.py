"""Front-matter fields the format does not know are read as the lines a reader sees
(document/front_matter_lines.py): "channel: tg⏎handle: "@podmix_ivan"" is a channel and
its handle, an error, reported where the seller wrote it. Fields of a style, a format, a
size or a platform the work is for stay clean; a key's "_" is no user name."""
from __future__ import annotations

from contact_support import severity_tests

from gigcheck.document.front_matter_lines import field_lines
from gigcheck.document.markdown import parse_gig

_HEAD = "---\ntitle: I will design your logo\n"

ERRORS = [
    _HEAD + 'channel: tg\nhandle: "@podmix_ivan"\n---\nClean logos.',
    _HEAD + "telegram: lena_draws\n---\nClean logos.",
    _HEAD + 'связь: телеграм\nник: "@dasha_retouch"\n---\nЛоготипы.',
    _HEAD + "联系: 微信\n账号: lily_art99\n---\n设计。",
]

CLEAN = [
    "---\ntitle: I will build a Telegram bot\nplatform: telegram\nlanguage: python\nversion: 3.11\n---\nBots.",
    _HEAD + "made_for: instagram\nsize: 1080x1080\n---\nLogos for Instagram.",
    _HEAD + "style: minimal\nformat: svg\nsize: 3000 x 3000\n---\nLogos.",
    _HEAD + "estilo: moderno\nentrega: 2 dias\nprecio: 25\n---\nLogos.",
]

test_fields_naming_a_contact_are_errors, test_ordinary_fields_stay_clean = severity_tests(ERRORS, CLEAN)


def test_neighbouring_fields_are_one_run_mapped_home():
    src = _HEAD + 'channel: tg\nhandle: "@pod_ivan"\n\nnote: hi\ncategory: Logo\nmore: x\n---\n'
    gig = parse_gig(src)
    runs = field_lines(gig)
    assert [r.text for r in runs] == ["channel: tg\nhandle: @pod_ivan", "note: hi", "more: x"]
    first = runs[0]
    at = first.text.index("@pod_ivan")
    seg = next(s for s in first.segments if s.text_start == at)
    assert src[seg.src_start:seg.src_start + seg.src_len] == "@pod_ivan"


def test_the_finding_points_at_the_field(lint):
    [f] = [f for f in lint(ERRORS[0]) if f.rule == "GC203"]
    assert f.line == 3 and f.end_line == 4


def test_a_long_value_is_no_field_line():
    gig = parse_gig(_HEAD + "notes: " + "whatsapp email " * 20 + "\nchannel: tg\nhandle: x\n---\n")
    assert [r.text for r in field_lines(gig)] == ["channel: tg\nhandle: x"]
