"""Words found in one pass (text/multimatch.py): the automaton and the `re` fallback find
every occurrence of every word, overlapping ones too, as `str.find` does one word at a time."""
from __future__ import annotations

import pickle

from hypothesis import given, settings
from hypothesis import strategies as st
from multimatch_support import word_engine  # noqa: F401 (the fixture `engine`)

from gigcheck.text import multimatch
from gigcheck.text.multimatch import WordFinder


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


def test_every_occurrence_overlapping_ones_too(engine):
    found = list(WordFinder(WORDS).occurrences(TEXT))
    assert found == by_find(WORDS, TEXT)
    assert {v for _, _, v in found} == {1, 2, 3, 4, 5, 6, 7}


def test_no_words_find_nothing(engine):
    assert not WordFinder({})
    assert list(WordFinder({}).occurrences(TEXT)) == []


@settings(max_examples=150, deadline=None)
@given(
    words=st.lists(st.text("ab .", min_size=1, max_size=4), min_size=1, max_size=8, unique=True),
    text=st.text("ab .c", max_size=30),
)
def test_both_engines_find_what_find_finds(words, text):
    table = {w: i for i, w in enumerate(words)}
    expected = by_find(table, text)
    for use in (True, False):
        multimatch.USE_AUTOMATON = use
        try:
            assert list(WordFinder(table).occurrences(text)) == expected
        finally:
            multimatch.USE_AUTOMATON = True


def test_a_pickled_finder_finds_the_same(engine):
    # The build cache keeps finders pickled; one built by the other engine (a cache
    # written where the wheel was installed) is built again with this one.
    for build_with in (True, False):
        multimatch.USE_AUTOMATON = build_with
        data = pickle.dumps(WordFinder(WORDS))
        multimatch.USE_AUTOMATON = engine == "automaton"
        again = pickle.loads(data)
        assert (again._automaton is not None) == (engine == "automaton")
        assert list(again.occurrences(TEXT)) == by_find(WORDS, TEXT)


def test_many_words_and_long_ones(engine):
    # A word's number and length are packed into one integer of the automaton.
    words = {f" w{i} ": i for i in range(20_000)}
    words["x" * 300] = -1
    text = " w0 w19999 w7 " + "x" * 301
    assert list(WordFinder(words).occurrences(text)) == by_find(words, text)
