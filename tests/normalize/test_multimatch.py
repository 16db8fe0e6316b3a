"""Words found in one pass (text/multimatch.py): the automaton finds every occurrence of
every word, overlapping ones too, as `str.find` does one word at a time."""
from __future__ import annotations

import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gigcheck.text import multimatch
from gigcheck.text.multimatch import word_finder

pytestmark = pytest.mark.skipif(multimatch.ahocorasick is None, reason="pyahocorasick is not installed")


def by_find(words: dict[str, int], text: str) -> list[tuple[int, int, int]]:
    out = []
    for w, v in words.items():
        i = text.find(w)
        while i >= 0:
            out.append((i, i + len(w), v))
            i = text.find(w, i + 1)
    return sorted(out, key=lambda o: (o[1], o[0]))


WORDS = {" skype ": 1, " sky": 2, " whats app ": 3, " whats ": 4, "app": 5, " 加我 ": 6, "a.b*c": 7}
TEXT = " skype whats app skyline whatsapp 加我 a.b*c aa.b*c "


def test_every_occurrence_overlapping_ones_too():
    found = list(word_finder(WORDS).occurrences(TEXT))
    assert found == by_find(WORDS, TEXT)
    assert {v for _, _, v in found} == {1, 2, 3, 4, 5, 6, 7}


def test_no_words_find_nothing():
    assert list(word_finder({}).occurrences(TEXT)) == []
    assert list(word_finder({"": 1}).occurrences(TEXT)) == []


@settings(max_examples=150, deadline=None)
@given(
    words=st.lists(st.text("ab .", min_size=1, max_size=4), min_size=1, max_size=8, unique=True),
    text=st.text("ab .c", max_size=30),
)
def test_it_finds_what_find_finds(words, text):
    table = {w: i for i, w in enumerate(words)}
    assert list(word_finder(table).occurrences(text)) == by_find(table, text)


def test_a_pickled_finder_finds_the_same():
    # The build cache keeps finders pickled.
    again = pickle.loads(pickle.dumps(word_finder(WORDS)))
    assert list(again.occurrences(TEXT)) == by_find(WORDS, TEXT)
    assert sorted(again.items()) == sorted(WORDS.items())


def test_words_that_share_a_value_share_its_entry():
    # A gate's tens of thousands of words hold three values: a cold start unpickles three.
    words = {" a ": True, " b ": True, " c ": None, " d ": 1, " e ": (1, "x"), " f ": (1, "x"), " g ": [2]}
    finder = word_finder(words)
    assert len(finder._table) == 5  # True, None, 1 (not True), (1, "x") once, [2] (unhashable)
    text = " a b c d e f g "
    assert list(finder.occurrences(text)) == by_find(words, text)
    assert [type(v) for _, _, v in finder.occurrences(" a d ")] == [bool, int]
    assert sorted(pickle.loads(pickle.dumps(finder)).items(), key=str) == sorted(words.items(), key=str)


def test_many_words_and_long_ones():
    # A word's number and its length are packed into one integer of the automaton.
    words = {f" w{i} ": i for i in range(20_000)}
    words["x" * 1000] = -1
    text = " w0 w19999 w7 " + "x" * 1001
    assert list(word_finder(words).occurrences(text)) == by_find(words, text)
    assert word_finder({"x" * 1024: 1}) is None  # beyond what the packing holds


def test_no_finder_without_the_automaton(monkeypatch):
    monkeypatch.setattr(multimatch, "USE_AUTOMATON", False)
    assert word_finder(WORDS) is None


def test_split_by_script_finds_what_one_finder_finds():
    # ScriptFinders: the ASCII words' automaton, and the others' (read only for a text
    # that is not ASCII); together every occurrence one finder reports.
    from gigcheck.text.multimatch import ScriptFinders

    both = ScriptFinders(WORDS)
    for text in (TEXT, " skype whats app a.b*c ", " 加我 ", ""):
        assert sorted(both.occurrences(text)) == sorted(by_find(WORDS, text))
    assert sorted(both.items()) == sorted(WORDS.items())


def test_split_by_script_reads_the_other_words_only_for_a_text_that_needs_them():
    from gigcheck.text.multimatch import ScriptFinders

    again = pickle.loads(pickle.dumps(ScriptFinders(WORDS)))
    assert again._other is None and again._other_packed
    assert sorted(again.occurrences(" skype whats app ")) == sorted(by_find(WORDS, " skype whats app "))
    assert again._other is None  # an ASCII text holds none of them: still packed
    assert sorted(again.occurrences(TEXT)) == sorted(by_find(WORDS, TEXT))
    assert again._other is not None
    # pickled again after use: the packed bytes are kept, nothing is packed twice
    assert pickle.loads(pickle.dumps(again))._other_packed == again._other_packed
