"""A channel's name cut where a list item ends, in a script without capitals ("1. 문의는
카⏎2. 톡 ID: mint"), is read whole (document/cut_words.py). Items that end on a whole
word ("및", a list of services) or in a script with capitals are not glued."""
from __future__ import annotations

from contact_support import severity_tests

from gigcheck.document.cut_words import cut_words
from gigcheck.document.markdown import parse_gig

ERRORS = [
    "**진행 방법**\n1. 문의는 카\n2. 톡 ID: sora\n3. 결제는 그 다음에",
    "- 문의: 카\n- 톡 아이디 hana_draw99",
]

CLEAN = [
    "**진행 방법**\n1. 주문하기\n2. 자료 보내기\n3. 시안 확인 (답장 빨라요)",
    "- 로고 및\n- 명함 디자인",
    "- 카\n- 톡 테마 디자인 작업",
]

test_cut_channel_names_are_errors, test_whole_items_stay_clean = severity_tests(ERRORS, CLEAN)


def test_items_glue_only_after_a_short_caseless_word():
    [run] = cut_words(parse_gig("1. 문의는 카\n2. 톡 ID: mint\n"))
    assert run.text == "문의는 카톡 ID: mint"
    assert cut_words(parse_gig("- Plan A\n- basic files\n")) == []
    assert cut_words(parse_gig("1. 문의는\n2. 톡 ID\n")) == []
