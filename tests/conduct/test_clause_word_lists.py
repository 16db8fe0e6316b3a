"""Word lists matched on clauses: a clause knows its words' texts, so a list none of
whose entries can start in it is skipped at once; what is found must not change."""
from __future__ import annotations

from gigcheck.detectors.clauses import Words, WordSeqs, clauses

TEXT = ("I sell real Instagram followers, no bots. Buy 1,000 likes now; "
        "ich verkaufe keine Follower • fake reviews for Amazon | not for sale")
LISTS = ["instagram followers", "followers", "fake reviews", "reviews for amazon", "likes", "for sale",
         "keine", "nothing here", "real instagram"]


def test_clauses_hold_their_words_texts():
    found = list(clauses(TEXT))
    assert found and all(isinstance(c, Words) for c in found)
    assert found[0].distinct == {w.text for w in found[0]}
    assert list(clauses(TEXT))[0] is found[0]  # read once for the detectors that share a text


def test_a_clause_finds_what_its_plain_word_list_finds():
    for entries in ([e] for e in LISTS):
        seqs = WordSeqs(entries)
        for clause in clauses(TEXT):
            assert list(seqs.find(clause)) == list(seqs.find(list(clause)))
    seqs = WordSeqs(LISTS)
    spans = [list(seqs.find(c)) for c in clauses(TEXT)]
    assert spans == [list(seqs.find(list(c))) for c in clauses(TEXT)]
    assert sum(map(len, spans)) >= 5
    assert list(WordSeqs(["nothing here"]).find(next(clauses(TEXT)))) == []
