"""Property and timing checks for gigcheck.normalize on arbitrary and hostile input."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from perf_support import assert_linear

from gigcheck.text.digits import NumberWords, letters_to_digits, words_to_digits
from gigcheck.text.fold import fold
from gigcheck.text.leet import deleet
from gigcheck.text.normalized import Normalized
from gigcheck.text.spacing import collapse_spaced

NW = NumberWords(
    {"zero": "0", "one": "1", "two": "2", "four": "4", "five": "5", "ten": "10", "straße": "9",
     "ноль": "0", "один": "1", "零": "0", "一": "1", "दो": "2"}
)

# Characters that exercise every branch: invisibles, look-alikes, marks, expansions,
# digits of other scripts, separators, leet symbols, CJK, RTL, surrogates.
INTERESTING = (
    "skypewhatsapp SKYPE 0123456789 oOIl|$@!*._- "
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\u202e\u034f\ufe0f\u20e3"
    "аеорсухѕіјԁԛԝкАЕОРСНІ αονρτικυηΝΙΥ"
    "\u0301\u0302\u0308\u0336ŝéñßẞİǅ①⑩½™ｓ＠．𝐬𝟒٤४"
    "скайп微信零一五日本語のカ مرحبا\ud800\udfff"
    "fourtenoneдва"
)

text_any = st.text(alphabet=st.characters(exclude_categories=()), max_size=60)
text_mixed = st.text(alphabet=st.sampled_from(INTERESTING), max_size=80)
texts = st.one_of(text_any, text_mixed)

STEPS = {
    "fold": fold,
    "fold_all": lambda t: fold(t, whole_script=True),
    "collapse": collapse_spaced,
    "deleet": deleet,
    "l2d": letters_to_digits,
    "w2d": lambda t: words_to_digits(t, NW),
    "words_view": lambda t: collapse_spaced(fold(t)),
    "leet_view": lambda t: deleet(collapse_spaced(fold(t))),
    "digits_view": lambda t: collapse_spaced(letters_to_digits(words_to_digits(fold(t), NW))),
}


def assert_valid(n: Normalized, source: str) -> None:
    assert isinstance(n.text, str)
    assert n.source == source
    o = n.origin
    assert len(o) == len(n.text) + 1
    assert o[len(n.text)] == len(source)
    prev = 0
    for i in range(len(n.text)):
        x = o[i]
        assert prev <= x < len(source)
        prev = x


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.sampled_from(sorted(STEPS)), st.data())
def test_every_step_keeps_a_valid_map(text, step, data):
    n = STEPS[step](text)
    assert_valid(n, text)
    size = len(n.text)
    start = data.draw(st.integers(-2, size + 2))
    end = data.draw(st.integers(-2, size + 2))
    a, b = n.span(start, end)
    assert 0 <= a <= b <= len(text)
    lo, hi = max(0, start), min(size, end)
    # every normalized char in the range came from inside the span
    for i in range(lo, hi):
        assert a <= n.origin[i] < b


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=80))
def test_fold_ascii_is_lowercase_aligned(text):
    n = fold(text)
    assert n.text == text.lower() and n.aligned


ADVERSARIAL = {
    "dots": ("", "a.", 100_000, ""),
    "spaced": ("", "s k y p e ", 20_000, ""),
    "zero_oh": ("", "0O", 100_000, ""),
    "one_word": ("", "a", 199_999, "1"),
    "digits_letters": ("", "1o", 100_000, ""),
    "words": ("", "one ", 50_000, ""),
    "cyrillic_run": ("", "ѕ", 200_000, ""),
    "mixed_word": ("", "ѕk", 100_000, ""),
    "marks": ("", "e\u0301", 100_000, ""),
    "zero_width": ("", "\u200b", 200_000, ""),
    "spaced_seps": ("", "a - ", 50_000, ""),
    "pairs": ("", "a b. ", 40_000, ""),
    "leet": ("", "@$|!", 50_000, ""),
    "cjk": ("", "零一", 100_000, ""),
}


def adversarial(name: str, count: int) -> str:
    head, unit, _, tail = ADVERSARIAL[name]
    return head + unit * count + tail


@pytest.mark.perf
@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_linear_time_on_hostile_input(name):
    count = ADVERSARIAL[name][2]
    for step, fn in STEPS.items():
        fn(adversarial(name, count // 32))  # a first run pays for what is built on first use
        n = assert_linear(lambda k, fn=fn: fn(adversarial(name, k)), count // 32, f"{step} on {name}")
        assert len(n.origin) == len(n.text) + 1  # of the larger input
