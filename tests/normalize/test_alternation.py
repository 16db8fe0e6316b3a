"""The shared word-list → regex helper the detectors build their patterns with."""
from __future__ import annotations

import re

from gigcheck.text.trie import alternation


def test_longest_phrase_wins_over_its_prefix() -> None:
    pattern = re.compile(alternation(["whats", "whats app", "wa"], space=r"\s+"))
    assert pattern.match("whats   app me").group() == "whats   app"


def test_words_are_literal_not_regex() -> None:
    pattern = re.compile(alternation(["a.b", "c+"]))
    assert pattern.fullmatch("a.b") and pattern.fullmatch("c+")
    assert not pattern.fullmatch("axb") and not pattern.fullmatch("cc")


def test_space_kept_literal_without_a_space_pattern() -> None:
    pattern = re.compile(alternation(["pay pal"]))
    assert pattern.fullmatch("pay pal") and not pattern.fullmatch("pay  pal")


def test_no_words_gives_an_empty_alternation_and_duplicates_collapse() -> None:
    assert alternation([]) == ""
    assert alternation(["ab", "ab", "c"]) == "ab|c"
