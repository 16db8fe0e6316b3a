"""The conduct detectors try a standard, a review request or a competitor's name only in
clauses holding one of its first words (FirstWords), and lower ASCII clauses at once:
shortcuts that must find exactly what trying everything everywhere finds."""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from gigcheck.detectors import clauses as C
from gigcheck.detectors.clauses import FirstWords, WordSeqs, words_of
from gigcheck.detectors.conduct import ConductVocab, prohibited, slang_in
from gigcheck.detectors.marketplaces import Competitors, competitor_pointers
from gigcheck.detectors.reviews import ReviewVocab, review_asks
from gigcheck.policy.config import load_config

DATA = Path(__file__).resolve().parent.parent / "data"
# Compounds, joined names and hyphenated things: the shortcuts' edge cases.
EXTRA = [
    "Get 100 Google-reviews and 5-Sterne-Bewertung fast", "hire me on upwork.com or Etsy-Shop",
    "Bionluk'ta da varım", "وخمسات", "please leave a 5-star review", "Spotify-Streams for sale",
    "I don't sell followers", "ΟΔΟΣ Σ FOLLOWERS", "İstanbul’da takipçi satıyorum",
]


def _corpus(name: str) -> list[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]


def _texts() -> list[str]:
    return EXTRA + _corpus("conduct/dev.jsonl") + _corpus("adversarial/dev.jsonl")


# The trying-everything run costs ~1.4 ms a text (five times the gated one). It reads every
# text the gated run finds something in (a gate that let a wrong match through, or cut one
# short, shows there), every text written for the conduct rules (EXTRA and conduct/dev: each
# family's offers and honest near-misses, the texts where a closed gate would hide a match),
# and a fixed, seeded quarter of the other ~3,500 texts of adversarial/dev (contact and
# payment cases, where the conduct detectors have little to find: a sample of them checks
# that the gates stay shut there as trying everything does). Checked by breaking gates on
# purpose in a scratch copy: no compound tails in FirstWords.groups_in, no head before a
# copy ("Führerschein-Scan"), no elided article ("d'avis"), no Arabic joined letters in
# offered_in, no joined names in Competitors.in_clause: each fails this comparison, sampled.
UNGATED_SAMPLE = 4


def _compared(texts: list[str], gated: list[tuple[object, ...]]) -> list[int]:
    """The indexes of `texts` the ungated run reads (see above)."""
    written = len(EXTRA) + len(_corpus("conduct/dev.jsonl"))
    rng = random.Random(20261207)
    return [i for i, found in enumerate(gated)
            if i < written or any(found) or rng.randrange(UNGATED_SAMPLE) == 0]


@pytest.fixture(scope="module", name="vocabs")
def _vocabs() -> tuple[ConductVocab, ReviewVocab, Competitors, object]:
    v = load_config(discover=False).vocabulary
    return v.conduct, v.reviews, Competitors(v.marketplaces.names, v.marketplaces.name_prefixes), v.marketplaces


@pytest.mark.slow  # seconds of CPU: started first (tests/conftest.py), not last on a worker
def test_gated_detectors_find_what_ungated_ones_find(vocabs, monkeypatch):
    cv, rv, rivals, mv = vocabs
    texts = _texts()

    def found(indexes: list[int]) -> tuple[frozenset[str], list[tuple[object, ...]]]:
        C._clauses.cache_clear()
        slangy = slang_in(texts, cv)  # the slang of every text, as a gig's whole text
        return slangy, [
            (prohibited(t, cv), prohibited(t, cv, slangy), review_asks(t, rv, cv), competitor_pointers(t, rivals, mv, cv))
            for t in (texts[i] for i in indexes)
        ]

    slangy, gated = found(list(range(len(texts))))
    compared = _compared(texts, gated)
    assert len(compared) > len(texts) // 3
    monkeypatch.setattr(ConductVocab, "offered_in", lambda self, words: list(self.standards))
    monkeypatch.setattr(ConductVocab, "slang_of", lambda self, words: list(self.standards))
    monkeypatch.setattr(ReviewVocab, "may_ask", lambda self, words: True)
    monkeypatch.setattr(Competitors, "in_clause", lambda self, words: True)
    assert (slangy, [gated[i] for i in compared]) == found(compared)
    # the sets hold enough of each for the comparison to mean something
    assert sum(bool(p) for _, p, _, _ in gated) > 50
    assert sum(bool(r) for _, _, r, _ in gated) > 20
    assert sum(bool(m) for _, _, _, m in gated) > 20


def test_ascii_clauses_lowered_at_once_read_as_word_by_word():
    def slow(text: str) -> list[tuple[str, int, int]]:
        return [(m.group().lower().translate(C._READ), m.start(), m.end()) for m in C._WORD.finditer(text)]

    for text in _texts():
        for piece in re.split(r"[\n.!?]", text):
            got = [(w.text, w.start, w.end) for w in words_of(piece)]
            assert got == slow(piece), piece


def test_first_words_name_each_group_its_words_can_start():
    groups = FirstWords([((WordSeqs(["fake followers", "likes"]),), ()), ((WordSeqs(["reviews"]),), (WordSeqs(["reviews"]),))])
    assert groups.groups_in(words_of("buy fake followers")) == {0}
    assert groups.groups_in(words_of("google-reviews and likes")) == {0, 1}  # a compound's last part
    assert groups.groups_in(words_of("nothing of either")) == set()
