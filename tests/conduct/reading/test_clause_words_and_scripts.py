"""How clauses and words are read for the conduct rules (book24, book26). Reported wordings
and honest near-misses (account recovery for the owner, DDoS protection, opted-in lists,
certificate design, honest ratings) are cases of the wordings files in tests/conduct/wordings/."""
from __future__ import annotations

import pytest
from conduct_support import conduct_findings

from gigcheck.detectors.clauses import clauses, word_set, words_of


def test_a_word_keeps_its_vowel_signs() -> None:
    assert [w.text for w in words_of("आपके वीडियो पर")] == ["आपके", "वीडियो", "पर"]


def test_thai_reads_a_character_a_word() -> None:
    assert len(words_of("สลิปเงินเดือน")) == len("สลิปเงินเดือน")


def test_a_multi_word_entry_is_no_single_word() -> None:
    # "あなたの" split into characters put "の" among the buyer's words
    assert word_set(["あなたの", "your", "no one"]) == frozenset({"your"})


def test_the_spam_quote_holds_what_makes_the_list_unlawful() -> None:
    (found,) = conduct_findings("I send bulk SMS to 50k numbers without consent.", rule="GC701")
    assert "without consent" in found.message


@pytest.mark.parametrize(
    "text,count",
    [
        ("أرسل رسائل\nبدون موافقة", 1),  # a caseless spaced script wraps
        ("## عنوان\nنص", 2),  # not after a heading
        ("الخدمات:\nتصميم", 2),  # nor after a label
        ("ロゴ作成\n名刺デザイン", 2),  # CJK lines stay apart
        ("हिंदी वाक्य। दूसरा वाक्य", 2),  # the Devanagari full stop ends a clause
    ],
)
def test_caseless_lines(text: str, count: int) -> None:
    assert len(list(clauses(text))) == count
