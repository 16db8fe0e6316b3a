"""A lazy pattern behind the run of digits its matches hold (text/digit_gate.py): the gate
only skips texts where no match can stand, so the pattern finds what the regex finds."""
from __future__ import annotations

import pickle
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gigcheck.text.digit_gate import DigitGate, parsed_digits, required_digits
from gigcheck.text.lazy_regex import LazyPattern

# A messenger word glued to seven digits, case-insensitive (the phone vocabulary's shape).
GLUED = r"(?<![^\W\d_])(?:whatsapp|tg|wa)(?P<j>[_.\-]?)(?=\+?\d{7})"


@pytest.mark.parametrize(("pattern", "run"), [
    (GLUED, 7),
    (r"\d{3}[ -]?\d{4}", 4),  # the optional separator parts the two runs
    (r"\d{3}\d?\d{4}", 7),  # an optional digit parts nothing
    (r"(?:\+1|00)\d{10,12}", 10),
    (r"12\d\d3", 5),  # literal digits are digits
    (r"[0-9]{3}\b[0-9]{2}", 5),  # a zero-width test between digits parts nothing
    (r"(?:\d{6}|x\d{2})", 2),  # each branch must hold it: the shorter counts
    (r"(?:ab\d{6})+", 6),
    (r"(?:ab\d{6})*", 0),  # may match nothing
    (r"(?<=\d{8})x", 0),  # a lookbehind's digits stand before the match: not read
    (r"(?!\d{8})x", 0),
    (r"[^\d]{9}|\D{9}|[\d\s]{9}", 0),
    (r"(\d{5})\1", 5),
])
def test_the_run_every_match_holds(pattern, run):
    assert parsed_digits(pattern) == run


def test_only_patterns_that_ask_for_a_run_are_read():
    assert required_digits(GLUED) == 7
    assert required_digits(r"\d\d\d\d") == 4
    assert required_digits(r"12\d\d3") == 0  # (its text asks for no run of four: not read)
    assert required_digits(r"\d{1,3}-\d{2}") == 0


def test_a_text_without_the_run_is_not_searched():
    gate = DigitGate.of(GLUED, re.IGNORECASE)
    assert gate is not None
    assert not gate.may_match("whatsapp 555 1234 or wa_55512")
    assert gate.may_match("WhatsApp_5551234567")
    assert DigitGate.of(r"\d{1,3}x", 0) is None  # too short a run to be worth a search


def test_unicode_digits_pass_the_gate_as_the_pattern_reads_them():
    arabic = "wa_٥٥٥١٢٣٤٥٦٧"  # Arabic-Indic digits: \d in a str pattern
    lazy = LazyPattern(GLUED, re.IGNORECASE)
    assert lazy.search(arabic) is not None
    ascii_only = LazyPattern(GLUED, re.IGNORECASE | re.ASCII)
    assert ascii_only.search(arabic) is None and ascii_only.search("wa_5551234567") is not None


TEXTS = st.text(alphabet="wa_tgWhatsApp 0123456789+-.٣x\n", max_size=40)
PATTERNS = [GLUED, r"\d{3}[ -]?\d{4}", r"(?:\+1|00)\d{10,12}", r"x(?=\d{5})", r"(?:wa|tg)\d{4,}"]


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, which=st.integers(0, len(PATTERNS) - 1), pos=st.integers(0, 10))
def test_the_lazy_pattern_finds_what_the_regex_finds(text, which, pos):
    rx = re.compile(PATTERNS[which], re.IGNORECASE)
    lazy = LazyPattern(PATTERNS[which], re.IGNORECASE)
    found = rx.search(text, pos)
    got = lazy.search(text, pos)
    assert (got and got.span()) == (found and found.span())
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in rx.finditer(text)]
    assert lazy.findall(text) == rx.findall(text)


def test_a_pickled_lazy_pattern_reads_its_gate_again():
    lazy = LazyPattern(GLUED, re.IGNORECASE)
    assert lazy.search("tg-1234567") is not None
    again = pickle.loads(pickle.dumps(lazy))
    assert again.search("tg-1234567") is not None and again.search("tg-123456") is None
    # one pickled before the gate existed (its slots as state) loads too
    old = LazyPattern.__new__(LazyPattern)
    old.__setstate__((None, {"pattern": GLUED, "_flags": re.IGNORECASE}))
    assert old.search("WA.5551234567") is not None
