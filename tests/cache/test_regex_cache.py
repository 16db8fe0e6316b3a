"""The regex store: a pattern read back from disk is the pattern `re.compile` makes
(Pattern equality compares the compiled program); anything wrong costs only compiling."""
from __future__ import annotations

import marshal
import pickle
import re
from pathlib import Path

import pytest
from cold_build_support import WARM_UP_SEED, build_cold, warmed_up

from gigcheck import regex_cache
from gigcheck.build_cache import cached_build
from gigcheck.indexed_file import write_indexed
from gigcheck.regex_cache import cached_regex

SAMPLES = [
    (r"(?<![\w.+-])[\w.+-]{1,64}@[\w.-]{1,64}(?![\w-])", 0),
    (r"(?P<alias>sk(?:ype|py))(?![^\W_])|wh?ats\s*app", re.IGNORECASE),
    (r"(?:^|\s)(?:mi|my|mon)(?:\s+\S+){0,2}\s+$", 0),
    ("[\u3040-\u30ff\u3400-\u9fff]+(?=号)", 0),
    (r"(?x) a (?# comment ) b | (?i:C)", 0),
]


@pytest.fixture
def store(tmp_path, monkeypatch):
    """A new process's store, in a cache folder of its own."""
    monkeypatch.setenv("GIGCHECK_CACHE_DIR", str(tmp_path / "cache"))
    fresh()
    yield tmp_path / "cache"
    fresh()  # the rest of the session goes on without this folder


def fresh() -> None:
    regex_cache._state.clear()
    regex_cache._live.clear()


def test_a_pattern_read_back_is_the_pattern_re_compiles(store):
    first = [cached_regex(p, f) for p, f in SAMPLES]
    assert first == [re.compile(p, f) for p, f in SAMPLES]
    regex_cache.save()
    assert len(regex_cache.stored_entries(next(store.glob("regex-*.index")))) == len(SAMPLES)
    fresh()
    again = [cached_regex(p, f) for p, f in SAMPLES]
    assert again == first and again[0] is not first[0]  # from the file, not this process's memory
    assert regex_cache._state["added"] == {}  # nothing was compiled
    m = again[1].search("Add me on SKYPE now")
    assert m is not None and m.group("alias") == "SKYPE" and again[1].groupindex == {"alias": 1}


def test_an_error_is_the_error_re_raises(store):
    with pytest.raises(re.error, match="missing \\)"):
        cached_regex("(ab")
    assert cached_regex("ab") == re.compile("ab")  # and the store still works


def test_a_damaged_or_foreign_file_costs_only_compiling(store):
    cached_regex(SAMPLES[0][0])
    regex_cache.save()
    (path,) = store.glob("regex-*.index")
    path.write_bytes(b"not an index")
    fresh()
    assert cached_regex(SAMPLES[0][0]) == re.compile(SAMPLES[0][0])
    # An entry cut short, or under another key: compiled again.
    key = (SAMPLES[1][0], int(SAMPLES[1][1]))
    program = regex_cache._program(*key)
    other = (SAMPLES[2][0], 0)
    write_indexed(path, {
        regex_cache._digest(key): marshal.dumps((key, program))[:-3],
        regex_cache._digest(other): marshal.dumps((key, program)),
    })
    fresh()
    assert cached_regex(*SAMPLES[1]) == re.compile(*SAMPLES[1])
    assert cached_regex(*other) == re.compile(*other)
    assert set(regex_cache._state["added"]) == {key, other}
    # A program that `_sre` refuses (another Python's): plain `re` from then on.
    write_indexed(path, {regex_cache._digest(key): marshal.dumps((key, (key[0], key[1], b"\x01\x02\x03\x04", 0, {}, ())))})
    fresh()
    assert cached_regex(*SAMPLES[1]) == re.compile(*SAMPLES[1])
    assert regex_cache._state["engine"] is None


def test_a_process_reads_only_the_entries_it_asks_for(store, monkeypatch):
    # The file is an index and entries (indexed_file.py): a pattern's program is read
    # when the pattern is first asked for, and a save keeps what other processes wrote.
    for p, f in SAMPLES[:3]:
        cached_regex(p, f)
    regex_cache.save()
    fresh()
    cached_regex(*SAMPLES[3])  # another process adds one
    regex_cache.save()
    assert set(regex_cache.stored_entries(next(store.glob("regex-*.index")))) == {
        (p, int(f)) for p, f in SAMPLES[:4]
    }
    fresh()
    assert cached_regex(*SAMPLES[1]) == re.compile(*SAMPLES[1])
    assert set(regex_cache._state["stored"].memory) == {(SAMPLES[1][0], int(SAMPLES[1][1]))}
    assert regex_cache._state["added"] == {}


def test_an_empty_cache_dir_turns_the_store_off(tmp_path, monkeypatch):
    monkeypatch.setenv("GIGCHECK_CACHE_DIR", "")
    fresh()
    try:
        assert cached_regex(*SAMPLES[0]) == re.compile(*SAMPLES[0])
        assert regex_cache._state["engine"] is None
        regex_cache.save()
    finally:
        fresh()
    assert not list(tmp_path.iterdir())


def test_the_build_cache_keeps_regexes_as_store_entries(store):
    def build() -> dict[str, object]:
        return {"rx": re.compile(SAMPLES[1][0], SAMPLES[1][1]), "n": 1}

    built = cached_build("t", {}, build, ())
    (entry,) = store.glob("t-*.pickle")
    assert b"cached_regex" in entry.read_bytes()
    loaded = pickle.loads(entry.read_bytes())
    assert loaded == built == cached_build("t", {}, build, ())


def _stored_by_a_check(cache: Path, seed: str) -> dict:
    """What a check of a sample gig with every rule on, in a process of its own with this
    hash seed and an empty cache folder, writes into the regex store
    (tests/cold_build_support.py). One gig of the default pack: ~660 patterns, ~3 s of
    building cold; the whole folder (three packs, ~850) took 13 s a run, and the code that
    joins patterns is the same for every pack."""
    build_cold(cache, seed)
    return _stored(cache)


def _stored(cache: Path) -> dict:
    (path,) = cache.glob("regex-*.index")
    return regex_cache.stored_entries(path)


@pytest.mark.slow  # seconds of CPU: started first (tests/conftest.py), not last on a worker
def test_every_stored_pattern_is_re_compiles_and_the_same_in_every_process(tmp_path):
    """The store's programs, made as `re._compiler` makes them, for all of gigcheck's
    patterns: each must equal `re.compile`'s. And a pattern joined from a set in the set's
    order would be another text in every process (hash randomization): a store miss, a
    compile and a rewrite of the whole file at exit, at every start; two processes with
    different seeds must ask for the same patterns. (One pair of runs serves both: each
    builds the pack cold; the first is the session's warm-up when there was one.)"""
    warm = warmed_up()  # the session's warm-up: that check, seed WARM_UP_SEED, built cold
    first = _stored(warm) if warm else _stored_by_a_check(tmp_path / WARM_UP_SEED, WARM_UP_SEED)
    second = _stored_by_a_check(tmp_path / "2", "2")
    assert len(first) > 400  # (~430: a lexicon's entries with a gap compile when first tried)
    import _sre

    # A name (named_regex) stands for a stored pattern's text; a first run, which built the
    # lexicons rather than read them from the build cache, may have named none. Names are
    # drawn at random per build cache entry: not compared between the runs.
    names = {key: text for key, text in first.items() if key[1] == regex_cache.NAMED}
    assert all(isinstance(text, str) and (text, 0) in first for text in names.values())
    for (pattern, flags), program in first.items():
        if flags != regex_cache.NAMED:
            assert _sre.compile(*regex_cache._unpacked(program)) == re.compile(pattern, flags), pattern[:80]
    keys = [{k for k in stored if k[1] != regex_cache.NAMED} for stored in (first, second)]
    assert keys[0] ^ keys[1] == set()


def test_stored_compiles_routes_only_this_threads_re_compile(store):
    """A library's import-time patterns come from the store; a pattern another thread
    compiles meanwhile (one built from a gig, say) never reaches the file."""
    import threading

    original = re.compile
    seen: list[re.Pattern[str]] = []
    inside, done = threading.Event(), threading.Event()

    def other() -> None:
        inside.wait()
        seen.append(re.compile("a seller's text"))
        done.set()

    worker = threading.Thread(target=other)
    worker.start()
    with regex_cache.stored_compiles():
        with regex_cache.stored_compiles():  # nested: still routed after the inner one ends
            pass
        rx = re.compile(*SAMPLES[1])
        inside.set()
        done.wait()
    worker.join()
    assert re.compile is original
    assert rx == original(*SAMPLES[1]) and rx is cached_regex(*SAMPLES[1])
    assert seen == [original("a seller's text")]
    assert set(regex_cache._state["added"]) == {(SAMPLES[1][0], int(SAMPLES[1][1]))}
    assert re.compile(re.compile("x")).pattern == "x"  # a compiled pattern passes through


def test_a_name_stands_for_its_text_in_later_processes(store):
    built: list[str] = []

    def text() -> str:
        built.append("x")
        return SAMPLES[1][0]

    first = regex_cache.named_regex("piece:token:wh", text, SAMPLES[1][1])
    assert first == re.compile(*SAMPLES[1]) and built == ["x"]
    assert regex_cache.named_regex("piece:token:wh", text, SAMPLES[1][1]) is first and built == ["x"]
    regex_cache.save()
    raw = next(store.glob("regex-*.index")).read_bytes()
    assert b"piece:token" not in raw  # names are kept hashed: a prefix is a seller's text
    fresh()
    assert regex_cache.named_regex("piece:token:wh", text, SAMPLES[1][1]) == first and built == ["x"]
    assert regex_cache._state["added"] == {}
    assert regex_cache.named_regex("piece:token:sk", lambda: "sk(?:ype)?") == re.compile("sk(?:ype)?")
