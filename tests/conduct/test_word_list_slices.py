"""WordSeqs.match compares an entry with a slice of a clause's texts: the same answer for
a clause (`Words`) and for a plain list of words, at every position, longest entry first."""
from __future__ import annotations

import pytest

from gigcheck.detectors.clauses import Word, Words, WordSeqs, words_of

SEQS = WordSeqs(["fake followers", "fake", "fake followers fast", "real reviews", "no drop", "フォロワー"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("buy fake followers fast today", [0, 3, 0, 0, 0]),  # the longest at "fake"
        ("fake followers", [2, 0]),
        ("fake", [1]),  # one-word entry
        ("fake followers fas", [2, 0, 0]),  # an entry cut short by the clause's end is no entry
        ("real reviews no drop", [2, 0, 2, 0]),
        ("real", [0]),  # the first word alone is not the entry
        ("フォロワー1000人", [5, 0, 0, 0, 0, 0, 0]),  # a word a character
    ],
)
def test_match_reads_clauses_and_plain_lists_alike(text: str, expected: list[int]) -> None:
    words = words_of(text)
    assert [SEQS.match(words, i) for i in range(len(words))] == expected
    plain = [Word(w.text, w.start, w.end) for w in words]
    assert [SEQS.match(plain, i) for i in range(len(plain))] == expected


def test_match_outside_the_clause_is_none() -> None:
    words = words_of("fake followers")
    assert SEQS.match(words, -1) == 0
    assert SEQS.match(words, 2) == 0
    assert SEQS.match(Words([]), 0) == 0


def test_find_and_occurs_follow_match() -> None:
    words = words_of("we sell fake followers fast and real reviews")
    assert list(SEQS.find(words)) == [(2, 5), (6, 8)]
    assert SEQS.occurs(words)
    assert not SEQS.occurs(words_of("honest growth only"))
