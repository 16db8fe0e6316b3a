"""The context of every trigger of a run is a slice of the run, answered from one scan of
the whole run where that is provably the slice's own scan (`Lexicon.scan(...,
within=Lexicon.whole(run))`): it must find exactly what scanning the slice alone finds,
wherever the slice is cut (mid-word, mid-match, inside a glued CJK run, in hostile
text), with either word engine."""
from __future__ import annotations

from pathlib import Path

import pytest
from multimatch_support import word_engine  # noqa: F401 (the fixture `engine`)

from gigcheck.detectors.lexicon import Lexicon
from gigcheck.text.fold import fold

ROOT = Path(__file__).resolve().parent.parent.parent
TEXTS = [
    "please do not message me on whatsapp or sk*pe outside fiverr, it is against the tos",
    "no pidas mi numero; contactame por telegram. nunca pagues fuera de la plataforma!",
    "加我qq详聊 or lineで連絡, 不要 wechat: abc123; 't is  s•••e and ig 'tan",
    "ไม่ ติดต่อ ทาง line นอก fiverr ok? и не пишите мне в телеграм, bitte nicht per whatsapp",
    "skype😀 me “on” whatsapp… don’t — email‐me; pay via pay pal or cash app, payoneer",
    "whats app\x1cwhats\u00a0app\u2028tele gram\u200bviber\x85signal  snap chat\tinsta gram",
    "a" * 50 + " ig " + "*" * 30 + " wh@tsapp w•h•a•t•s•a•p•p " + "é" * 20 + " телеграм",
    "write me: whatsapp😀 or skype✓ or telegram™ — café, whatsapp😀 me",
    "write me: skype✓ or telegram™ — café, whatsapp✓ me",
    "do not, never, without, dont, won't contact me outside; off platform is a violation",
    "i cannot do nothing outside, notably nevermore: whatsappnot skypenever",
    "กขคต้องnever, please ok ต้องกข",
    "ติดต่อทางlineหรือwhatsappนะ ไม่ต้องnever ไม่never, 联系我wechat或whatsapp不要",
]


def texts() -> list[str]:
    gigs = sorted((ROOT / "sample_gigs").glob("*.md"))[:3]
    return TEXTS + [fold(t).text for t in TEXTS] + [fold(p.read_text(encoding="utf-8")).text[:700] for p in gigs]


@pytest.fixture(name="lexicons", scope="module")
def _lexicons(default_config) -> list[Lexicon]:
    channels = default_config.vocabulary.channels
    found = [channels.context] + [v for v in vars(channels).values() if isinstance(v, Lexicon)]
    assert len(found) >= 2
    return found


def cuts(text: str) -> list[tuple[int, int]]:
    """Slices of `text` starting and ending everywhere (every offset on short texts)."""
    n = len(text)
    step = 1 if n <= 90 else 7
    offsets = sorted({*range(0, n + 1, step), n})
    return [(a, b) for a in offsets for b in offsets if a < b and b - a <= 120]


@pytest.mark.parametrize("k", range(len(TEXTS) * 2 + 3))
def test_a_slice_scanned_within_its_run_finds_what_it_finds_alone(lexicons, k, engine):
    text = texts()[k]
    for lex in lexicons:
        whole = lex.whole(text)
        assert whole.matches == lex.scan(text)
        for a, b in cuts(text):
            piece = text[a:b]
            assert lex.scan(piece, at=a, within=whole) == lex.scan(piece, at=a), (lex, a, b, piece)


def answered(lex: Lexicon, text: str, a: int, b: int) -> bool:
    """Whether the scan of text[a:b] is answered from the whole text's scan (and the
    same as scanning the slice)."""
    whole = lex.whole(text)
    assert lex.scan(text[a:b], at=a, within=whole) == lex.scan(text[a:b], at=a)
    return lex._in_slice(whole, text[a:b], a) is not None


def test_most_slices_are_answered_from_the_whole_scan(lexicons):
    # Slices between words, as the contexts of triggers mostly are.
    lex = lexicons[0]
    got = [answered(lex, t, a, b) for t in texts() for a, b in cuts(t) if t[a - 1:a] in ("", " ") and t[b:b + 1] in ("", " ")]
    assert sum(got) > 0.3 * len(got)


def test_a_slice_is_answered_only_where_it_reads_as_the_whole_text(lexicons):
    lex = lexicons[0]
    text = "please do not message me outside, never. do not whatsapp"
    assert answered(lex, text, 0, text.index(" never"))
    assert answered(lex, text, text.index(" never"), len(text))
    # An edge inside a word: "do not messa|ge" reads "messa" as a whole word.
    assert not answered(lex, text, 0, text.index("ge me"))
    assert not answered(lex, text, 2, text.index(","))
    # A match running past the end: "never" read as "neve".
    assert not answered(lex, text, 0, text.index("never") + 4)
    # Disguised names (the regex with them), another reading of the words (letters
    # outside ASCII in the text, not in the slice), CJK in one and not the other.
    for other in ("please do not message me outside, never sk*pe", "please do not message me outside, never café",
                  "please do not message me outside, never 微信"):
        assert answered(lex, text, 0, text.index(" never")) and not answered(lex, other, 0, other.index(" never"))
