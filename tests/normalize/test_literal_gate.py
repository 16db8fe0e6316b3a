"""A regex behind the gate of its required words (text/literal_gate.py): the gate only
skips texts where no match can stand, so the gated regex finds what the regex finds."""
from __future__ import annotations

import json
import pickle
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from multimatch_support import word_engine  # noqa: F401  (fixture)

from gigcheck.detectors.payment_words import PayWords, pay_words
from gigcheck.text.letters import WORD_END, WORD_START, word_bounded
from gigcheck.text.literal_gate import GatedPattern, gated, required_words

DEV = Path(__file__).resolve().parent.parent / "data" / "adversarial" / "dev.jsonl"


def words_of(req: list[list[dict[str, tuple[bool, bool]]]] | None) -> list[list[set[str]]]:
    assert req is not None
    return [[set(clause) for clause in alt] for alt in req]


def test_each_entry_needs_its_own_words():
    # "sin pasar por fiverr": all its long words, not any one of all entries' words
    req = required_words(word_bounded(r"sin\s+pasar\s+por\s+fiverr|directly|hors\s+plateforme"))
    assert words_of(req) == [[{"sin"}, {"pasar"}, {"por"}, {"fiverr"}], [{"directly"}], [{"hors"}, {"plateforme"}]]


def test_short_words_are_left_out_other_scripts_kept():
    req = required_words(r"(?:no\s+fee|外|de\s+la\s+plateforme)")
    assert words_of(req) == [[{"fee"}], [{"外"}], [{"plateforme"}]]


def test_whole_words_keep_their_edges():
    req = required_words(word_bounded(r"sin\s+comision"))
    assert req == [[{"sin": (True, False)}, {"comision": (False, True)}]]
    rx = gated(re.compile(word_bounded(r"sin\s+comision")))
    assert not rx.may_match("using comisionado")  # "sin" inside a word, "comision" too
    assert rx.may_match("pago sin comision")


def test_patterns_without_a_gate():
    assert required_words(r"\w+\s+$") is None  # nothing literal
    assert required_words(r"(?i)directly") is None  # case-insensitive
    assert required_words(r"no|go") is None  # every word too short
    assert required_words(r"(?:(?!))x") is None  # never matches
    assert required_words(r"(?:abc)?x+") is None  # the literal may be absent
    # an alternative that never matches ("(?!)", an empty list) asks nothing of the others
    assert words_of(required_words(r"(?:(?!)|direct)\s+pay")) == [[{"direct"}, {"pay"}]]


@pytest.mark.parametrize("pattern", [
    WORD_START + r"(?:sin|sem)\s+(?:pasar|passar)" + WORD_END,
    r"(?:abc|xyz)(?:def)?\d+",
    r"a(?:bc|de)f|ghi(?:jk)+",
    r"(?<![^\W_])(?:fee|fees)(?:\s+\S{1,4}){0,2}\s+$",
    r"(?:['’]s\s+)?(?:pay|paid)\s+(?:me|us)",
])
@given(text=st.text(alphabet="abcdefghijkpsmnxyz ’'éñ外\n0123456789", max_size=40))
@settings(max_examples=150, deadline=None)
def test_gated_finds_what_the_regex_finds(pattern, text):
    rx = re.compile(pattern)
    g = gated(rx)
    assert span(g.search(text)) == span(rx.search(text))
    assert [m.span() for m in g.finditer(text, 1, 30)] == [m.span() for m in rx.finditer(text, 1, 30)]
    assert g.findall(text) == rx.findall(text)


def span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return None if m is None else m.span()


def _fields(words: PayWords) -> list[tuple[str, GatedPattern]]:
    return [(name, getattr(words, name)) for name in PayWords.__slots__ if isinstance(getattr(words, name), GatedPattern)]


def test_payment_words_gated_as_searched(default_config, engine):
    """Every gated payment-word regex of the default pack finds, on the dev corpus texts
    (folded as the detectors read them), what the regex alone finds; with the automaton
    most texts skip the search."""
    words = pay_words(default_config.vocabulary.channels)
    fields = _fields(words)
    assert len(fields) >= 10
    texts = [json.loads(line)["text"].lower() for line in DEV.read_text(encoding="utf-8").splitlines()[:1500]]
    skipped = 0
    for name, g in fields:
        fresh = gated(g.compiled)  # built under this test's engine
        for t in texts:
            want = [m.span() for m in g.compiled.finditer(t)]
            assert [m.span() for m in fresh.finditer(t)] == want, (name, t)
            assert (fresh.search(t) is None) == (not want)
            skipped += not fresh.may_match(t)
    if engine == "automaton":
        assert skipped > len(fields) * len(texts) // 2
    else:
        assert skipped == 0


def test_a_gate_pickles_with_its_words():
    g = gated(re.compile(WORD_START + r"(?:directly|hors\s+plateforme)" + WORD_END))
    back = pickle.loads(pickle.dumps(g))
    assert back.pattern == g.pattern
    assert not back.may_match("indirectly")
    assert back.search("paid directly").span() == (5, 13)
    assert back.search("hors  plateforme!").span() == (0, 16)
    assert WORD_END in back.pattern
