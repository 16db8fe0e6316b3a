"""The word boundaries of vocabulary entries (gigcheck.text.letters.WORD_START/WORD_END):
an in-word vowel sign or mark counts as part of the word, so an entry does not match the
front of a longer word that goes on with a vowel sign ("कम" inside "कमी"), in Devanagari,
Bengali, Tamil and Thai; and it still matches whole words, and Latin ones as before."""
from __future__ import annotations

import re

import pytest

from gigcheck.detectors.categories import _starts_word
from gigcheck.text.letters import LETTER_RUN, word_bounded

INSIDE = [  # (entry, text): the entry is the front of a longer word that goes on with a vowel sign
    ("कम", "कमी है"),  # Devanagari: "less" inside "shortage"
    ("नंबर", "नंबरों की सूची"),
    ("নম", "নম্বর দিন"),  # Bengali: the virama right after
    ("কল", "কলি"),
    ("பண", "பணம் அனுப்பு"),  # Tamil: the vowel sign of "பணம்"
    ("கட", "கடை"),
    ("ก", "กิน"),  # Thai: a consonant and its vowel sign above
    ("pay", "payé"[:3] + "\u0301"),  # a combining accent on a decomposed Latin letter
]

WHOLE = [  # (entry, text): the entry is a word of the text
    ("कम", "यह कम है"),
    ("नंबर", "मेरा नंबर दो"),
    ("নম্বর", "আমার নম্বর দিন"),
    ("பணம்", "பணம் அனுப்பு"),
    ("paypal", "pay with paypal, please"),
    ("gmail", "(gmail)"),
]


@pytest.mark.parametrize(("entry", "text"), INSIDE)
def test_an_entry_before_a_vowel_sign_is_inside_a_word(entry: str, text: str) -> None:
    assert re.search(word_bounded(re.escape(entry)), text) is None
    assert not _starts_word(text, entry, whole=True)


@pytest.mark.parametrize(("entry", "text"), WHOLE)
def test_a_whole_word_still_matches(entry: str, text: str) -> None:
    assert re.search(word_bounded(re.escape(entry)), text) is not None
    assert _starts_word(text, entry, whole=True)


def test_an_entry_after_a_vowel_sign_is_inside_a_word() -> None:
    # the sign ends the word before: "ना" + "म" is not the start of a word "म…"
    assert re.search(word_bounded("म"), "नाम") is None
    assert re.search(word_bounded("ல்"), "பால்") is None


@pytest.mark.parametrize("word", ["जैसे", "নম্বর", "பணம்", "กิน"])
def test_a_letter_run_keeps_the_signs_of_a_word(word: str) -> None:
    assert re.fullmatch(LETTER_RUN, word) is not None
