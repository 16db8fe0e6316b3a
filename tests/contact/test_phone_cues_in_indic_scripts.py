"""Phone words of Indic and Thai script read whole (their vowel
signs are marks, not `\\w`), so they join a number split over lines; and an example
cue in a finished sentence on the line before no longer excuses a fictional-range
number. Honest look-alikes stay clean."""
from __future__ import annotations

import pytest
from perf_support import assert_linear

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


ITEMS = [
    ("- Respon cepat via WA\n- 0857\n- 5550\n- 7788", "0857"),
    ("- WhatsApp\n- 0857\n- 555\n- 07788", "07788"),
    ("- Llámame\n- 612\n- 345\n- 678", "612"),
    ("- Móvil\n- 612 345\n- 678", "678"),
    ("- Ruf mich an\n- 0151\n- 2345\n- 6789", "6789"),
    ("- Zalo\n- 0912\n- 345\n- 678", "0912"),
    ("* Telefon:\n* 0532\n* 123\n* 45\n* 67", "0532"),
]


@pytest.mark.parametrize(("text", "piece"), ITEMS)
def test_number_over_three_or_more_items_after_a_label_item(text: str, piece: str) -> None:
    assert any(piece in e for e in _phones(text))


HONEST_ITEMS = [
    "- Delivery: 3 days\n- 1080\n- 1920\n- 2160",
    "- Packages\n- 1\n- 2\n- 3",
    "- Sizes\n- 1080\n- 1920\n- 3840",
    "- Years of experience\n- 2019\n- 2021\n- 2024",
    "- Prices\n- 150\n- 300\n- 450",
    "- Word counts\n- 500\n- 1000\n- 2000",
]


@pytest.mark.parametrize("text", HONEST_ITEMS)
def test_lists_of_numbers_stay_clean(text: str) -> None:
    assert not _phones(text)


def test_number_one_digit_per_item() -> None:
    text = "- WhatsApp\n" + "".join(f"- {d}\n" for d in "0857555077")
    assert _phones(text)


def test_long_list_of_numbers_is_read_in_linear_time() -> None:
    def run(n: int) -> object:
        return lint_text(GIG + "- Sizes\n" + "".join(f"- {1000 + i}\n" for i in range(n)), config=CONFIG)

    assert_linear(run, 200, "numbered list items")
