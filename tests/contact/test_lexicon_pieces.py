"""The channel lexicons compile only the piece of their trie that a position's next two
characters leave possible (lexicon.py `_pattern_at`): at every position of a text, that
piece must match exactly what the whole trie matches there."""
from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from vocabulary_support import small_vocab

from gigcheck.detectors.lexicon import Lexicon, _has_cjk
from gigcheck.detectors.lexicon_trie import PackedTries, trie_source
from gigcheck.detectors.triggers import ChannelVocab

# Seconds of CPU (a regex per position of each text): started first (tests/conftest.py),
# the whole module, so that its lexicons are built once in the worker that runs it.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent.parent
TEXTS = [
    "Message me on WhatsApp or sk*pe, add me on tele gram: @mike_99; whats app +1 555",
    "Pay via PayPal, payoneer or wise.com; my gmail is below. Contáctame por WhatsApp.",
    "加我QQ详聊 or LINEで連絡, or wechat: abc123; 't is  s•••e and ig 'tan",
    "Escríbeme por Telegram o por Instagram DM; paga por transferencia, Zelle, venmo, cash app",
] + [p.read_text(encoding="utf-8") for p in sorted((ROOT / "sample_gigs").glob("*.md"))[:1]]


def _lexicons_of(channels: ChannelVocab) -> list[Lexicon]:
    found = [v for v in vars(channels).values() if isinstance(v, Lexicon)]
    assert len(found) >= 2
    return found


@pytest.fixture(name="lexicons", scope="module")
def _lexicons(default_config):
    # Built here, not read from the session's build cache: whether another test (or an
    # xdist worker) stored the channel vocabulary first must not decide what is tested
    # (a lexicon read back keeps its packed tries, token and all, and no exact table).
    # From a small pack (30 words of each list, every kind of entry: names, disguises,
    # stems, gaps, CJK; ~11,000 exact forms): how pieces are cut and stored is the same
    # for any pack, and the whole trie these tests compare against compiles in a second
    # instead of the full pack's ~30 s.
    return _lexicons_of(ChannelVocab(small_vocab(default_config.vocabulary.tables, 0, 30)))


@pytest.fixture(name="wholes", scope="module")
def _wholes(lexicons):
    """Each lexicon's whole trie as `_piece_source` cuts it for no prefix, with the
    disguised names and without: a quarter of a second each for the largest, read by
    several tests (cut from the tries every time, never kept by the lexicon)."""
    return [{fuzzy: lex._piece_source(fuzzy, "") for fuzzy in (True, False)} for lex in lexicons]


@pytest.fixture(name="pickled", scope="module")
def _pickled(lexicons):
    """Each lexicon as the build cache stores it; a test reads its own copy back."""
    return [pickle.dumps(lex) for lex in lexicons]


@pytest.mark.parametrize("text", TEXTS)
def test_each_piece_matches_what_the_whole_trie_matches(lexicons, text):
    text = text.lower()
    cjk = _has_cjk(text)
    matched = 0
    for lex in lexicons:
        for fuzzy in (True, False):
            whole = lex._pattern_for(text, fuzzy)
            for p in range(len(text)):
                m = whole.match(text, p)
                piece = lex._pattern_at(text[p:p + 2], cjk, fuzzy).match(text, p)
                assert (m and m.span()) == (piece and piece.span()), (text[p:p + 20], fuzzy)
                matched += m is not None
    assert matched > 0


def test_a_piece_of_the_full_pack_is_a_small_part_of_the_whole(default_config):
    # The full pack's lexicons as this session has them (built or read back: the cut is
    # the same, test_the_build_cache_keeps_the_pieces).
    lexicons = _lexicons_of(default_config.vocabulary.channels)
    lex = max(lexicons, key=lambda lex: len(lex._piece_source(True, "")))
    assert len(lex._piece_source(True, "wh")) * 20 < len(lex._piece_source(True, ""))


def test_the_build_cache_keeps_the_pieces(lexicons, wholes, pickled):
    # The build cache pickles a lexicon with its tries packed by first symbol
    # (lexicon_trie.PackedTries); what a gig's pieces read from them is the same.
    for lex, whole, stored in zip(lexicons, wholes, pickled, strict=True):
        again = pickle.loads(stored)
        assert isinstance(again.__dict__["_packed"][True], PackedTries)
        for fuzzy in (True, False):
            assert again._piece_source(fuzzy, "") == whole[fuzzy] == trie_source(lex._tries if fuzzy else lex._plain_tries)
            for prefix in ("wh", "sk", "pa", "t", "'t", "加我", "s*", "zz"):
                assert again._piece_source(fuzzy, prefix) == lex._piece_source(fuzzy, prefix)
        for text in TEXTS:
            low = text.lower()
            assert [(m.start, m.end, m.payloads) for m in again.scan(low)] == [
                (m.start, m.end, m.payloads) for m in lex.scan(low)
            ]


@pytest.mark.parametrize("text", TEXTS)
def test_scan_finds_what_it_found_with_the_whole_trie(lexicons, text, monkeypatch):
    text = text.lower()
    pieces = [[(m.start, m.end, m.payloads) for m in lex.scan(text)] for lex in lexicons]
    for lex in lexicons:
        monkeypatch.setattr(lex, "_pattern_at", lambda prefix, cjk, fuzzy, lex=lex: lex._pattern_for(text, fuzzy))
    assert pieces == [[(m.start, m.end, m.payloads) for m in lex.scan(text)] for lex in lexicons]


def test_the_build_cache_keeps_what_every_entry_resolves_to(lexicons, pickled):
    # The exact entries are pickled in chunks by their first characters, read on first
    # use (lexicon_exact.PackedExact): each resolves as before, disguises as disguises.
    for lex, stored in zip(lexicons, pickled, strict=True):
        again = pickle.loads(stored)
        assert again._exact == {}
        keys = sorted(lex._exact)
        assert len(keys) > 1000
        probes = [*keys, *(k + "q" for k in keys[::50]), "", "zzzz", "s"]
        assert [again.resolve(k) for k in probes] == [lex.resolve(k) for k in probes]
    assert any(lex.resolve(k) == (tuple(lex._exact[k]), True) for lex in lexicons for k in lex._fuzzy_keys)


def test_gap_entries_are_compiled_when_first_tried():
    # Entries with a gap ("~") resolve a matched text no other entry does: a lexicon read
    # from the build cache compiles them then, not as it is read (a few hundred regexes).
    lex = Lexicon()
    lex.add("contact ~me", "gap")
    lex.add("skype", "name")
    lex.compile()
    again = pickle.loads(pickle.dumps(lex))
    assert "_gaps_compiled" not in again.__dict__
    assert [(m.text, m.payloads) for m in again.scan("contact skype")] == [("skype", ("name",))]
    assert "_gaps_compiled" not in again.__dict__
    text = "please contact the seller me on skype"
    found = [(m.text, m.payloads) for m in again.scan(text)]
    assert found == [(m.text, m.payloads) for m in lex.scan(text)]
    assert found == [("contact the seller me", ("gap",)), ("skype", ("name",))]


def test_a_lexicon_from_the_build_cache_names_its_pieces(lexicons, tmp_path, monkeypatch):
    """Its pieces come through regex_cache.named_regex, named by a token its entry drew:
    the same pieces as cut from the tries, and another entry never gets them."""
    from gigcheck import regex_cache

    monkeypatch.setenv("GIGCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(regex_cache, "_state", {})
    monkeypatch.setattr(regex_cache, "_live", {})
    lex = lexicons[0]
    first, second = pickle.loads(pickle.dumps(lex)), pickle.loads(pickle.dumps(lex))
    assert first._packed[True].token != second._packed[True].token
    for again in (first, second):
        for fuzzy in (True, False):
            for prefix in ("wh", "sk", "te"):
                piece = again._pattern_at(prefix, False, fuzzy)
                assert piece.pattern == lex._pattern_at(prefix, False, fuzzy).pattern
    names = [k for k in regex_cache._state["added"] if k[1] == regex_cache.NAMED]
    assert len(names) == 2 * 2 * 3
