"""The gate of a lexicon (lexicon_gate.py) finds the entries' first words, word pairs,
triples and stems among a text's words in one pass of an automaton: it must find what
intersecting the sets of the text's words, pairs and triples with the entries' finds,
with either engine (text/multimatch.py), and after the build cache pickled it."""
from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from multimatch_support import word_engine  # noqa: F401 (the fixture `engine`)

from gigcheck.detectors.lexicon import Lexicon
from gigcheck.detectors.lexicon_gate import _CJK_RUN, _GATE_SPLIT, Gate, ascii_view
from gigcheck.text import multimatch
from gigcheck.text.trie import UNSPACED_SCRIPT

ROOT = Path(__file__).resolve().parent.parent.parent
TEXTS = [
    "message me on whatsapp or sk*pe, add me on tele gram: @mike_99; whats app +1 555",
    "pay via paypal, payoneer or wise.com; my gmail is below. contactame por whatsapp.",
    "加我qq详聊 or lineで連絡, or wechat: abc123; 't is  s•••e and ig 'tan",
    "escribeme por telegram o por instagram dm; paga por transferencia, zelle, venmo, cash app",
    "paypalme paypalling whatsapping, gorselde metadanych gorsel; skipe me; do not pay outside",
    "",
] + [p.read_text(encoding="utf-8").lower() for p in sorted((ROOT / "sample_gigs").glob("*.md"))]


def by_sets(gate: Gate, text: str) -> tuple[set[str], bool]:
    """What the gate must find: the text's words, pairs and triples intersected with the
    entries', and the words that start with a stem (at most four letters after it)."""
    plain = ascii_view(text)
    spaced = (plain if plain is not None else text).translate(_GATE_SPLIT)
    if plain is None and (max(text) >= "\u2e80" or UNSPACED_SCRIPT.search(text)):
        spaced = _CJK_RUN.sub(" ", spaced)
    toks = spaced.split()
    singles = set(toks) & gate.singles
    pairs = set(zip(toks, toks[1:], strict=False)) & gate.pairs
    triples = set(zip(toks, toks[1:], toks[2:], strict=False)) & gate.triples
    fuzzy = not (gate.fuzzy.isdisjoint(singles) and gate.fuzzy.isdisjoint(pairs)
                 and gate.fuzzy.isdisjoint(triples))
    firsts = singles | {p[0] for p in pairs} | {t[0] for t in triples}
    for t in set(toks):
        for cut in range(5):
            if len(t) > cut and t[: len(t) - cut] in gate.stems:
                firsts.add(t[: len(t) - cut])
                break
    return firsts, fuzzy


@pytest.fixture(name="gates", scope="module")
def _gates(default_config):
    channels = default_config.vocabulary.channels
    found = [v._gate for v in vars(channels).values() if isinstance(v, Lexicon)]
    assert len(found) >= 2 and any(g.stems for g in found) and any(g.fuzzy for g in found)
    return found


@pytest.mark.parametrize("text", TEXTS)
def test_the_gate_finds_what_the_sets_find(gates, text, engine):
    for gate in gates:
        assert gate.hits(text) == by_sets(gate, text)


def test_the_texts_reach_every_kind_of_entry(gates):
    # Words, pairs, stems and disguised names are all among what the texts above hold.
    found = [by_sets(g, t) for g in gates for t in TEXTS]
    assert any(fuzzy for _, fuzzy in found)
    firsts = set().union(*(f for f, _ in found))
    assert firsts & {s for g in gates for s in g.stems}
    assert firsts & {p[0] for g in gates for p in g.pairs} - {w for g in gates for w in g.singles}


def test_a_pickled_gate_finds_the_same(gates, engine):
    for gate in gates:
        again = pickle.loads(pickle.dumps(gate))
        assert [again.hits(t) for t in TEXTS] == [gate.hits(t) for t in TEXTS]


def test_an_entry_added_after_a_reading_is_found(engine):
    gate = Gate()
    gate.add("skype")
    assert gate.hits("my skype id") == ({"skype"}, False)
    gate.add("cash app")
    gate.add_stem("paypal")
    assert gate.hits("cash app or paypalme") == ({"cash", "paypal"}, False)
    # A stem takes up to four more letters.
    assert gate.hits("paypalling") == ({"paypal"}, False)
    assert gate.hits("paypallings or cash-app") == ({"cash"}, False)


def test_the_findings_are_the_same_with_either_engine(default_config, monkeypatch):
    from gigcheck import lint_text
    from gigcheck.text import multimatch

    def findings() -> list[tuple[str, int, int]]:
        return [(f.rule, f.line, f.column) for t in TEXTS for f in lint_text(t, config=default_config)]

    with_automaton = findings()
    monkeypatch.setattr(multimatch, "USE_AUTOMATON", False)
    assert findings() == with_automaton
    assert {"GC203", "GC204"} & {rule for rule, _, _ in with_automaton}


def test_a_gate_from_the_cache_reads_its_entry_words_back(gates, engine):
    # The pickle keeps the automaton, not the sets of entry words it was built from.
    for gate in gates:
        data = pickle.dumps(gate)
        again = pickle.loads(data)
        assert "singles" not in again.__dict__
        assert (again.singles, again.pairs, again.triples, again.fuzzy) == (
            gate.singles, gate.pairs, gate.triples, gate.fuzzy)
        again.add("zzqx yyqx")
        assert again.hits("a zzqx yyqx b")[0] == {"zzqx"}
        assert again.hits(TEXTS[0]) == gate.hits(TEXTS[0])


@pytest.mark.slow  # seconds of CPU: started first (tests/conftest.py), not last on a worker
def test_the_build_cache_keeps_the_automaton_built(tmp_path, monkeypatch, fresh_vocabulary):
    # A cold start reads the automaton back from the cache; it builds none. A small pack
    # (vocabulary_support.small_vocab) is stored and read back as the full one is, in a
    # second instead of two full builds.
    from vocabulary_support import small_vocab

    from gigcheck.policy.config import load_config
    from gigcheck.scan.vocabulary import Vocabulary

    if multimatch.ahocorasick is None:
        pytest.skip("pyahocorasick is not installed")
    monkeypatch.setenv("GIGCHECK_CACHE_DIR", str(tmp_path))
    tables = small_vocab(load_config(discover=False).vocabulary.tables, 0, 30)

    def channel_gates():
        channels = Vocabulary(tables).channels
        return [v._gate for v in vars(channels).values() if isinstance(v, Lexicon)]

    built = channel_gates()  # built, and written to the cache before any text is read
    assert list(tmp_path.glob("channels-*.pickle"))

    def built_again(self):
        raise AssertionError("the automaton was built again")

    monkeypatch.setattr(Gate, "compile", built_again)
    cached = channel_gates()
    assert all(g._finder is not None for g in cached)
    assert [c.hits(t) for c in cached for t in TEXTS] == [g.hits(t) for g in built for t in TEXTS]


GLUED_TEXTS = [
    *TEXTS,
    "加我微信详聊，或者用ライン連絡してください；카톡 아이디는 프로필에",
    "增加微信群成员 and 微",  # a piece inside a longer word, and a piece's first character alone
    "平台外联系",
]


@pytest.mark.parametrize("text", GLUED_TEXTS)
def test_the_glued_pieces_found_are_those_the_text_holds(gates, text, engine):
    # glued_in is the set of pieces that are substrings of the text, with either engine
    # (an automaton built on first use, or the pieces tried one by one).
    for gate in gates:
        fresh = pickle.loads(pickle.dumps(gate))  # no automaton built yet, under this engine
        assert fresh.glued_in(text) == {g for g in gate.glued if g in text}
    assert any(gate.glued_in(GLUED_TEXTS[-3]) for gate in gates)


def test_a_glued_piece_added_after_a_reading_is_found(engine):
    gate = Gate()
    gate.add("加我微信")
    assert gate.glued_in("请加我微信") == {"加我微信"}
    gate.add("ライン")
    assert gate.glued_in("ラインで加我微信") == {"加我微信", "ライン"}
    # the automaton is not kept in the pickle: it is built again on use
    assert "_glued_finder" not in pickle.loads(pickle.dumps(gate)).__dict__
