"""Round 4 (issue 12): phone words of Indic and Thai script read whole (their vowel
signs are marks, not `\\w`), so they join a number split over lines; and an example
cue in a finished sentence on the line before no longer excuses a fictional-range
number. Honest look-alikes stay clean."""
from __future__ import annotations

import pytest

from gigcheck import lint_text, load_config
from gigcheck.detectors.phone_vocab import TOKEN

CONFIG = load_config(discover=False)
GIG = "---\ntitle: I will edit your video\n---\n"


def _phones(text: str) -> list[str]:
    return [f.excerpt for f in lint_text(GIG + text, config=CONFIG) if f.rule == "GC202"]


def test_token_keeps_vowel_signs_but_not_digits() -> None:
    assert TOKEN.findall("फ़ोन नंबर") == ["फ़ोन", "नंबर"]
    assert TOKEN.findall("নাম্বার ০১৭") == ["নাম্বার"]
    assert TOKEN.findall("เบอร์โทร๐๘๑") == ["เบอร์โทร"]
    assert TOKEN.findall("call 555") == ["call"]


SPLIT = [
    ("ইমো/হোয়াটসঅ্যাপ নাম্বার:\n০১৭১১\n২৩৪৫৬৭", "০১৭১১\n২৩৪৫৬৭"),
    ("আমার নম্বর:\n01819\n456789", "01819\n456789"),
    ("नंबर:\n98765\n43210", "98765\n43210"),
    ("मेरा फ़ोन नंबर:\n98765\n43210", "98765\n43210"),
    ("मोबाइल\n९८७६५\n४३२१०", "९८७६५\n४३२१०"),
    ("เบอร์โทร:\n081\n234\n5678", "081\n234\n5678"),
    ("โทร\n089\n765\n4321", "089\n765\n4321"),
]


@pytest.mark.parametrize(("text", "excerpt"), SPLIT)
def test_indic_thai_cue_joins_number_over_lines(text: str, excerpt: str) -> None:
    assert excerpt in _phones(text)


FINISHED_SENTENCE = [
    "Send 2-3 logos you like.\nWhatsApp 44 7700 900 518 for quick questions.",
    "Pick the colours you like.\nCall me: +1 212 555 0147",
    "Tell me which fonts you like!\nWhatsApp +44 7700 900 461",
    "Envíame los logos que te gustan, como referencias.\nWhatsApp +1 555 010 0142",
]


@pytest.mark.parametrize("text", FINISHED_SENTENCE)
def test_cue_in_sentence_before_does_not_excuse(text: str) -> None:
    assert _phones(text)


HONEST = [
    # the cue is on the number's own line or on a label line ending without a full stop
    "The chat button shows your WhatsApp Business number, for example\n+1 555 000 0000 (replaced with yours).",
    "Flyer mockup, sample number:\n+44 7700 900 123 (replace it with yours).",
    "Your signature will read: Your Name | you@yourbrand.com |\n+1 (555) 000-0000, replaced with your real details.",
    # Indic and Thai text with honest numbers
    "ऑर्डर नंबर 12345",
    "पैकेज में 3 लोगो और\n5 संशोधन",
    "প্যাকেজে ৩টি লোগো\n৫টি সংশোধন",
    "แพ็กเกจมี 3 แบบ\n5 ครั้ง",
]


@pytest.mark.parametrize("text", HONEST)
def test_honest_numbers_stay_clean(text: str) -> None:
    assert not _phones(text)
