"""gigcheck.text.normalize: each view's text and its exact map back to the original."""
from __future__ import annotations

import re
from itertools import pairwise

import pytest

from gigcheck.text.digits import NumberWords, letters_to_digits, words_to_digits
from gigcheck.text.fold import fold
from gigcheck.text.leet import deleet
from gigcheck.text.normalized import Normalized, compose
from gigcheck.text.spacing import collapse_spaced

NUMBERS = {
    "zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
    "six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10",
    "cero": "0", "uno": "1", "dos": "2", "tres": "3", "cinco": "5",
    "ноль": "0", "один": "1", "два": "2", "пять": "5",
    "零": "0", "一": "1", "二": "2", "五": "5",
}


def find(n: Normalized, word: str) -> tuple[int, int]:
    """Original span of the first occurrence of `word` in the normalized text."""
    i = n.text.index(word)
    return n.span(i, i + len(word))


def check_map(n: Normalized, source: str) -> None:
    assert n.source == source
    o = list(n.origin)
    assert len(o) == len(n.text) + 1
    assert o[-1] == len(source)
    assert all(x <= y for x, y in pairwise(o))
    assert all(0 <= x < len(source) for x in o[:-1])


# ----------------------------------------------------------------- Normalized / span


def test_identity_and_span_clamping():
    n = Normalized.identity("hello")
    assert n.aligned and n.origin == range(6)
    assert n.span(1, 3) == (1, 3)
    assert n.span(-5, 99) == (0, 5)
    assert n.span(3, 1) == (3, 3)
    assert n.original(1, 4) == "ell"


def test_empty_string():
    for f in (fold, collapse_spaced, deleet, letters_to_digits):
        n = f("")
        assert n.text == "" and list(n.origin) == [0] and n.span(0, 0) == (0, 0)
    n = words_to_digits("", NUMBERS)
    assert n.text == "" and list(n.origin) == [0]


# ------------------------------------------------------------------------------ fold


def test_fold_ascii_fast_path():
    n = fold("Call ME on Skype")
    assert n.text == "call me on skype" and n.aligned
    same = Normalized.identity("already lower")
    assert fold(same) is same


def test_fold_zero_width_inside_word_maps_to_whole_disguise():
    src = "\u0455k\u200bype"  # Cyrillic dze + zero-width space
    n = fold(src)
    assert n.text == "skype"
    assert list(n.origin) == [0, 1, 3, 4, 5, 6]
    assert n.span(0, 5) == (0, 6)
    assert n.original(0, 5) == src


@pytest.mark.parametrize(
    "invisible", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u202e", "\u034f", "\ufe0f"]
)
def test_fold_drops_invisibles(invisible):
    src = "wh" + invisible + "ats" + invisible + "app"
    n = fold(src)
    assert n.text == "whatsapp"
    assert find(n, "whatsapp") == (0, len(src))
    check_map(n, src)


def test_fold_fullwidth_and_math_letters():
    src = "ｓｋｙｐｅ＠ｍａｉｌ．ｃｏｍ"
    n = fold(src)
    assert n.text == "skype@mail.com" and n.aligned
    assert fold("𝐬𝐤𝐲𝐩𝐞 𝑾𝒉𝒂𝒕𝒔𝑨𝒑𝒑 𝟒𝟏𝟓").text == "skype whatsapp 415"
    assert fold("Ⓢⓚⓨⓟⓔ").text == "skype"


def test_fold_circled_digits_expand():
    n = fold("①②⑩")
    assert n.text == "1210"
    assert list(n.origin) == [0, 1, 2, 2, 3]
    assert n.span(2, 4) == (2, 3)
    assert n.span(3, 4) == (2, 3)  # second char of "10" still covers its source


def test_fold_digits_of_any_script():
    assert fold("٤١٥ ۴۱۵ ४१५ ৪১৫ ４１５").text == "415 415 415 415 415"


@pytest.mark.parametrize(
    "src, expected",
    [
        ("\u0455k\u0443p\u0435", "skype"),  # Cyrillic dze, u, ie
        ("wh\u0430t\u0455\u0430pp", "whatsapp"),
        ("\u0440\u0430\u0443p\u0430l", "paypal"),
        ("\u0501\u043e\u051bs", "doqs"),  # Komi de, o, qa next to an ASCII letter
        ("\u051dechat", "wechat"),  # Cyrillic we
        ("\u0458\u043ehn", "john"),  # je
        ("\u0456nstagram", "instagram"),  # Ukrainian i
        ("gm\u03b1il", "gmail"),  # Greek alpha
        ("sk\u03c5pe", "skupe"),  # Greek upsilon looks like u
        ("W\u041dATSAPP", "whatsapp"),  # Cyrillic capital EN
        ("\u0406NSTAGRAM", "instagram"),  # capital I-shape reads as i, not l
        ("\u0455\u043a\u03c5\u03c1\u0435", "skupe"),  # Cyrillic + Greek in one word
        ("sky\u0440e123", "skype123"),
    ],
)
def test_fold_confusables_in_mixed_words(src, expected):
    n = fold(src)
    assert n.text == expected
    check_map(n, src)


def test_fold_keeps_single_script_words():
    assert fold("скайп").text == "скайп"
    assert fold("Скайп и Телеграм").text == "скайп и телеграм"
    assert fold("加我微信").text == "加我微信"
    assert fold("日本語のテキスト").text == "日本語のテキスト"
    # all-Cyrillic look-alike word: kept by default, caught by the aggressive view
    assert fold("\u0455\u043a\u0443\u0440\u0435").text == "\u0455\u043a\u0443\u0440\u0435"
    assert fold("\u0455\u043a\u0443\u0440\u0435", whole_script=True).text == "skype"
    # a Russian word beside a Latin one is its own word
    assert fold("сос sos").text == "сос sos"
    assert fold("Пишите: ѕkype").text == "пишите: skype"
    assert fold("ΝΟΤΕ").text == "νοτε"


def test_fold_sharp_s_expands_with_correct_map():
    src = "Straße!"
    n = fold(src)
    assert n.text == "strasse!"
    assert list(n.origin) == [0, 1, 2, 3, 4, 4, 5, 6, 7]
    assert n.span(4, 6) == (4, 5)
    assert n.span(4, 5) == (4, 5)
    assert n.span(5, 6) == (4, 5)
    assert n.span(0, 7) == (0, 6)
    assert n.original(0, 7) == "Straße"


def test_fold_combining_marks():
    assert fold("ŝkype").text == "skype"
    n = fold("s\u0302kype")
    assert n.text == "skype" and n.span(0, 5) == (0, 6) and n.span(0, 1) == (0, 2)
    assert fold("s\u0301\u0302\u0303k\u0308y\u0336pe").text == "skype"  # zalgo
    assert fold("Café Ñandú").text == "cafe nandu"
    # non-Latin letters keep their marks
    assert fold("й ё ά").text == "й ё ά"
    assert fold("е\u0308").text == "е\u0308"  # decomposed Cyrillic io
    assert fold("नमस्ते").text == "नमस्ते"
    assert fold("İstanbul").text == "istanbul"


def test_fold_keycap_digits():
    src = "4\ufe0f\u20e31\ufe0f\u20e35\ufe0f\u20e3"
    n = fold(src)
    assert n.text == "415"
    assert [n.span(i, i + 1) for i in range(3)] == [(0, 3), (3, 6), (6, 9)]


def test_fold_symbols_do_not_glue_onto_words():
    assert fold("Skype™").text == "skype™"
    assert fold("½ hour").text == "1⁄2 hour"


def test_fold_rtl_and_surrogates():
    assert fold("مرحبا بك").text == "مرحبا بك"
    src = "\u202eepyks"
    n = fold(src)
    assert n.text == "epyks" and n.span(0, 5) == (1, 6)  # leading drops are not covered
    n = fold("\ud800ab\udfffC")
    assert n.text == "\ud800ab\udfffc"
    check_map(n, "\ud800ab\udfffC")


def test_fold_without_cache(monkeypatch):
    """Past the per-character cache limit (hostile input), results do not change."""
    import gigcheck.text.fold as mod

    src = "Скайп ѕkype Straße 微信 s\u0302kype"
    expected = fold(src)
    monkeypatch.setattr(mod, "_INFO", {})
    monkeypatch.setattr(mod, "_PLAIN", {})
    monkeypatch.setattr(mod, "_INFO_MAX", 0)
    n = fold(src)
    assert n.text == expected.text == "скайп skype strasse 微信 skype"
    assert list(n.origin) == list(expected.origin)
    assert mod._INFO == {}


def test_fold_composes_when_given_normalized():
    once = fold("Ｓ\u200bkype")
    twice = fold(once)
    assert twice.text == "skype" and twice.source == "Ｓ\u200bkype"
    assert twice.span(0, 5) == (0, 6)


# -------------------------------------------------------------------- collapse_spaced


@pytest.mark.parametrize(
    "src, expected",
    [
        ("d a n n y", "danny"),
        ("s.k.y.p.e", "skype"),
        ("W h a t s A p p", "WhatsApp"),
        ("4 1 5 5 5 5", "415555"),
        ("s_k_y_p_e", "skype"),
        ("s*k*y*p*e", "skype"),
        ("s - k - y - p - e", "skype"),
        ("a b c", "abc"),
        ("с к а й п", "скайп"),
    ],
)
def test_collapse_spaced_joins(src, expected):
    n = collapse_spaced(src)
    assert n.text == expected
    assert n.span(0, len(n.text)) == (0, len(src))
    check_map(n, src)


@pytest.mark.parametrize(
    "prose",
    ["I am a designer", "Plan A or B", "i.e. a logo", "e.g. my logo", "A, B, C", "x y", "version 2.0 is out"],
)
def test_collapse_spaced_leaves_prose(prose):
    n = collapse_spaced(prose)
    assert n.text == prose and n.aligned


def test_collapse_spaced_spans_inside_text():
    src = "Add me on s k y p e now"
    n = collapse_spaced(fold(src))
    assert n.text == "add me on skype now"
    assert src[slice(*find(n, "skype"))] == "s k y p e"
    i = n.text.index("skype")
    assert n.span(i, i + 1) == (10, 12)
    assert n.span(i + 4, i + 5) == (18, 19)


# ---------------------------------------------------------------------------- deleet


@pytest.mark.parametrize(
    "src, expected",
    [
        ("sk1pe", "skipe"),
        ("$kype", "skype"),
        ("wh@tsapp", "whatsapp"),
        ("te|egram", "telegram"),
        ("h3ll0 w0rld", "hello world"),
        ("wh4ts4pp", "whatsapp"),
        ("sk!pe", "skipe"),
        ("sk*pe", "sk*pe"),  # masks are not leet
        ("24/7 $50 2023 +1 415", "24/7 $50 2023 +1 415"),  # no letters
        ("@handle wow!", "@handle wow!"),  # edge symbols stay
        ("b2b", "b2b"),  # 2 is not leet
    ],
)
def test_deleet(src, expected):
    n = deleet(src)
    assert n.text == expected
    assert n.aligned and n.source == src


def test_deleet_digit_dominated_token_untouched():
    assert deleet("415x5551234").text == "415x5551234"
    assert deleet("a1").text == "ai"


def test_deleet_custom_table():
    assert deleet("te1egram", {"1": "l"}).text == "telegram"


# ------------------------------------------------------------------ letters_to_digits


@pytest.mark.parametrize(
    "src, expected",
    [
        ("call 415-555-O123 now", "call 415-555-0123 now"),
        ("(4l5) 555-0l23", "(415) 555-0123"),
        ("4I5 555 OO12", "415 555 0012"),
        ("+1 4l5 555 Ol23", "+1 415 555 0123"),
        ("oil 1000", "oil 1000"),  # no digit in "oil"
        ("I 1234", "I 1234"),
        ("room 1o1", "room 1o1"),  # too few digits
        ("will 2024", "will 2024"),  # "ll" is inside a word
        ("|415|555|1234|", "|415|555|1234|"),
    ],
)
def test_letters_to_digits(src, expected):
    n = letters_to_digits(src)
    assert n.text == expected
    assert n.aligned


# -------------------------------------------------------------------- words_to_digits


def test_words_to_digits_spans_cover_whole_words():
    src = "four one five"
    n = words_to_digits(src, NUMBERS)
    assert n.text == "4 1 5"
    assert [n.span(i, i + 1) for i in range(5)] == [(0, 4), (4, 5), (5, 8), (8, 9), (9, 13)]
    assert n.span(0, 5) == (0, 13)
    check_map(n, src)


@pytest.mark.parametrize(
    "src, expected",
    [
        ("Four-One-Five", "4-1-5"),
        ("4one5", "415"),
        ("phone someone stone", "phone someone stone"),
        ("ten", "10"),
        ("uno dos tres", "1 2 3"),
        ("ноль один два", "0 1 2"),
        ("零一五", "015"),
        ("电话一二", "电话12"),
        ("oh", "0"),
    ],
)
def test_words_to_digits(src, expected):
    n = words_to_digits(src, NUMBERS)
    assert n.text == expected
    check_map(n, src)


def test_words_to_digits_ten_maps_both_digits_to_word():
    n = words_to_digits("x ten y", NumberWords(NUMBERS))
    assert n.text == "x 10 y"
    assert n.span(2, 3) == (2, 5) and n.span(3, 4) == (2, 5) and n.span(2, 4) == (2, 5)


def test_words_to_digits_empty_vocab():
    n = words_to_digits("four", {})
    assert n.text == "four" and n.aligned


# ----------------------------------------------------------------------- composition


def test_phone_pipeline_maps_to_original():
    src = "Text me: ＦＯＵＲ one f\u200bive - 5\u200b5\u200b5 - O1 2 3 thanks"
    nw = NumberWords(NUMBERS)
    n = collapse_spaced(letters_to_digits(words_to_digits(fold(src), nw)))
    check_map(n, src)
    m = re.search(r"\d[\d -]{8,}\d", n.text)
    assert m is not None
    digits = re.sub(r"\D", "", m.group())
    assert digits == "4155550123"
    a, b = n.span(m.start(), m.end())
    assert src[a:b] == "ＦＯＵＲ one f\u200bive - 5\u200b5\u200b5 - O1 2 3"


def test_word_pipeline_maps_to_original():
    src = "Add me: \u0455 k \u0443 p e or  wh@t$app!"
    n = deleet(collapse_spaced(fold(src)))
    assert "skype" in n.text and "whatsapp" in n.text
    a, b = find(n, "skype")
    assert src[a:b].rstrip() == "\u0455 k \u0443 p e"
    a, b = find(n, "whatsapp")
    assert src[a:b] == "wh@t$app"


def test_compose_equals_chaining():
    src = "Ｓ.\u200bk.y.p.e ß"
    first = fold(src)
    second = collapse_spaced(first.text)
    assert second.source == first.text
    composed = compose(first, second)
    chained = collapse_spaced(fold(src))
    assert composed.text == chained.text == "skype ss"
    assert list(composed.origin) == list(chained.origin)
    assert composed.source == src
    with pytest.raises(ValueError):
        compose(first, Normalized.identity("something else entirely"))
