"""A name of an unspaced script read to its longest end (detectors/lexicon.py `Lexicon.scan`):
"加V信" holds the entry "加v" (add on WeChat) and the entry "v信" (WeChat), overlapping; with no
spaces neither ends a word, so the match runs to the end of the longer name, and the handle after it
is read. An entry that says more than the first ("と同じ" then "同じid") stays hidden, as before."""
from __future__ import annotations

from contact_support import severity_tests

from gigcheck.policy.config import load_config

ERRORS = [
    "加V信 mia_88ps 详聊",
    "加v信：mia_88ps，备注来意",
    "老客户加V信 lily_art99 直接下单",
]

CLEAN = [
    "增加微信群成员的营销方案。",
    "Twitterと同じIDでLINEアカウントを作成します。",
    "我会为您的公众号设计V信风格的封面。",
]

test_names_glued_to_a_verb_are_read_whole, test_unspaced_compounds_stay_clean = severity_tests(ERRORS, CLEAN)


def _matches(text: str) -> list[tuple[int, int, str]]:
    lexicon = load_config(discover=False).vocabulary.channels.triggers
    return [(m.start, m.end, m.text) for m in lexicon.scan(text)]


def test_the_overlapping_name_extends_the_verb_match():
    assert _matches("加v信 mia_88ps") == [(0, 3, "加v信")]


def test_an_overlap_that_says_more_stays_a_separate_reading():
    got = _matches("twitterと同じidでlineアカウントを作成します。")
    assert (7, 10, "と同じ") in got
    assert all(text != "と同じid" for _, _, text in got)
