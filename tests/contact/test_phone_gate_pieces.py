"""The phone gates compile only the number words a text's letters can need
(`WordGate`): they must answer exactly as the whole regex over all number words."""
from __future__ import annotations

import random
import re

import pytest

from gigcheck.detectors.phone_vocab import PhoneVocab, may_hold_phone
from gigcheck.policy.packs import load_pack
from gigcheck.text.lazy_regex import WordGate


@pytest.fixture(scope="module", name="phone_vocab")
def _phone_vocab() -> PhoneVocab:
    vocab = load_pack("fiverr")["vocab"]
    return PhoneVocab(vocab["phone"], vocab["numbers"], vocab["grammar"])


def _texts(words: list[str], n: int) -> list[str]:
    rng = random.Random(16)
    glue = [" ", "-", ".", ",", "•", "'", "(", ")", "", "  ", "/", "\n", "--", "x", "é"]
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 8)):
            kind = rng.random()
            if kind < 0.45:
                parts.append(rng.choice(words))
            elif kind < 0.8:
                parts.append(str(rng.randint(0, 99999)))
            else:
                parts.append(rng.choice(["call", "five", "años", "words", "sk", "a", "y", "x1"]))
            parts.append(rng.choice(glue))
        out.append("".join(parts))
    return out


def _gates(pv: PhoneVocab) -> list[WordGate]:
    return [pv.gate_glued, pv.gate_hyphen]


def test_pieces_answer_as_the_whole_regex(phone_vocab: PhoneVocab) -> None:
    words = sorted({w for ws in phone_vocab.gate_glued._by_first.values() for w in ws})
    texts = _texts(words, 3000)
    hits = 0
    for gate in _gates(phone_vocab):
        whole = re.compile(gate.whole.pattern)
        for text in texts:
            expected = whole.search(text) is not None
            assert gate.search(text) is expected, (gate.whole.pattern[:40], text)
            hits += expected
    assert hits > 300  # the texts do hold numbers written in words


def test_many_letters_fall_back_to_the_whole_regex() -> None:
    vocab = load_pack("fiverr")["vocab"]
    gate = PhoneVocab(vocab["phone"], vocab["numbers"], vocab["grammar"]).gate_hyphen
    text = "-" + "-".join("abcdefghijklmnopqrstuvwxyz") + "-nine-five-"
    assert gate.search(text) is (re.compile(gate.whole.pattern).search(text) is not None) is True
    assert not gate._pieces  # past the cap, the whole regex served this text


@pytest.mark.parametrize("text", ["call 415 five five five 0132", "nine-one-seven", "five5five", "1,000 words"])
def test_gate_examples(phone_vocab: PhoneVocab, text: str) -> None:
    assert may_hold_phone(text, phone_vocab) is (text != "1,000 words")
