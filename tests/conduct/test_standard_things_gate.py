"""A conduct standard is tried on a clause holding a first word of its lists (FirstWords);
most such clauses hold none of its things, and `_in_clause` reads nothing further there
(its readings are each of a thing found): the offers in a clause with a thing, and the
phrases in one without, are found as before; a clause with neither finds nothing."""
from __future__ import annotations

import pytest

from gigcheck.detectors import conduct as C
from gigcheck.detectors.clauses import words_of
from gigcheck.policy.config import load_config


@pytest.fixture(scope="module", name="cv")
def _cv() -> C.ConductVocab:
    return load_config(discover=False).vocabulary.conduct


def _tried(cv: C.ConductVocab, text: str) -> dict[str, list[C.Offence]]:
    words = words_of(text)
    return {st.name: C._in_clause(words, st, cv) for st in cv.offered_in(words)}


def test_a_standard_tried_without_its_things_finds_nothing(cv):
    tried = _tried(cv, "take a short break between sessions")  # "take" opens academic phrases
    assert "academic" in tried
    assert not any(tried.values())


def test_a_thing_found_is_still_read(cv):
    assert _tried(cv, "I will take your online exam for you")["academic"]
    assert _tried(cv, "buy aged gmail accounts")["third-party-terms"]


def test_a_phrase_is_found_with_or_without_a_thing_read_after_it(cv):
    assert _tried(cv, "Take my online class")["academic"]
    assert C.prohibited("Take my online class", cv)


def test_standards_come_in_the_vocabulary_order_and_none_for_a_plain_clause(cv):
    words = words_of("buy aged gmail accounts")
    names = [st.name for st in cv.offered_in(words)]
    order = [st.name for st in cv.standards]
    assert names == sorted(names, key=order.index) and len(names) > 2
    assert cv.offered_in(words_of("a clean logo in three days")) == []
    assert cv.slang_of(words_of("a clean logo in three days")) == []
