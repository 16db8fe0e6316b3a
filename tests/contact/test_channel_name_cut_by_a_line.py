"""A channel's name cut in two by a line break or a list item's break ("теле⏎грам",
"1. теле⏎2. грам", "加我微⏎信：") is read whole (scan/split_names.py): the handle after it
is an error. Pieces that only spell a name once glued stay apart when both are Latin
("we⏎chat"), when the name is the work ("бота для⏎- теле⏎- грама"), and when they spell
no channel at all ("テレ⏎ビ")."""
from __future__ import annotations

from contact_support import severity_tests

from gigcheck.records import Segment, TextRun
from gigcheck.scan.split_names import join_split_names, run_cuts
from gigcheck.text.normalized import Normalized

ERRORS = [
    "Контакти:\nтеле\nграм @opt_print_lviv",
    "Контакти для опту:\n1. теле\n2. грам\n3. @opt_print_lviv",
    "Контакти:\n- теле\n- грам\n- @opt_kyiv_print",
    "有问题可以加我微\n信：lily_art99",
    "作品集太大传不上来的话，\n可以加我V\n信：dz_studio7，\n看完再下单也行。",
    "質問はテレ\nグラムへ：@kenji_mv",
    "للتواصل السريع تلي\nجرام: @omar_edits",
    "जल्दी बात के लिए टेली\nग्राम पर @raj_edits",
]

CLEAN = [
    "We can chat here, we\nchat about the brief first.",
    "Что я сделаю:\n- настрою\n- бота для\n- теле\n- грама с приёмом заявок",
    "テレ\nビ番組のテロップ作成を承ります。",
    "Размеры:\n1. 30x40\n2. 50x70\n3. 60x90 см",
    "我会为你的微\n信公众号设计封面和文章排版。",
]

test_cut_names_are_errors, test_honest_cuts_stay_clean = severity_tests(ERRORS, CLEAN)

NAMES = frozenset({"телеграм*", "微信", "wechat"})


def test_only_a_cut_that_parts_a_name_is_closed():
    text = "пишите в теле\nграм, или\nмне"
    joined = join_split_names(Normalized.identity(text), [text.index("\n")], NAMES)
    assert joined.text == "пишите в телеграм, или\nмне"
    # the name's span maps back over both lines
    a, b = joined.span(joined.text.index("телеграм"), joined.text.index(","))
    assert text[a:b] == "теле\nграм"


def test_latin_pieces_and_other_cuts_stay():
    text = "we\nchat"
    assert join_split_names(Normalized.identity(text), [2], NAMES).text == text
    text = "微\n博"
    assert join_split_names(Normalized.identity(text), [1], NAMES).text == text


def test_a_joining_space_over_a_line_break_is_a_cut():
    source = "- теле\n- грам"
    run = TextRun("теле грам", "description", "item_phrase", (Segment(0, 2, 4, 4), Segment(4, 6, 1, 3), Segment(5, 9, 4, 4)))
    assert run_cuts(run, source) == [4]
    assert run_cuts(TextRun("a b", "description", "text", (Segment(0, 0, 3, 3),)), "a b") == []


def test_the_finding_spans_both_lines(lint):
    [f] = [f for f in lint("Контакти:\nтеле\nграм @opt_print_lviv") if f.rule == "GC203"]
    assert (f.line, f.column, f.end_line, f.end_column) == (2, 1, 3, 21)
