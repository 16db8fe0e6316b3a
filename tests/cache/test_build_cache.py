"""The build cache: a vocabulary is built once, then read back; anything wrong with the
cache costs only the build, never a wrong or failed check."""
from __future__ import annotations

import pytest

from gigcheck import build_cache
from gigcheck.build_cache import cached_build, stored_memo


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("GIGCHECK_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


class Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return {"built": self.calls}


def test_built_once_then_read_back(cache):
    build = Counter()
    assert cached_build("t", {"a": [1, 2]}, build, (__name__,)) == {"built": 1}
    assert cached_build("t", {"a": [1, 2]}, build, (__name__,)) == {"built": 1}
    assert build.calls == 1
    assert len(list(cache.glob("t-*.pickle"))) == 1


def test_builds_and_loads_run_without_collections_and_leave_what_they_made_frozen(cache):
    import gc

    seen = []

    def build():
        seen.append(gc.isenabled())
        return {"inner": cached_build("inner", {}, lambda: seen.append(gc.isenabled()) or [1], (__name__,))}

    try:
        before = gc.get_freeze_count()
        for _ in range(2):  # built, then loaded
            made = cached_build("outer", {}, build, (__name__,))
            assert gc.isenabled() and gc.get_freeze_count() > before  # on again; what was made is kept out
            assert made == {"inner": [1]}
        assert seen == [False, False]  # the inner build too: only the outer one restarts the collector
        gc.disable()
        cached_build("other", {}, Counter(), (__name__,))
        assert not gc.isenabled()  # a caller's paused collector stays paused
    finally:
        gc.enable()
        gc.unfreeze()


def test_another_table_or_changed_code_builds_again(cache, tmp_path, monkeypatch):
    build = Counter()
    cached_build("t", {"a": [1]}, build, (__name__,))
    cached_build("t", {"a": [1, 2]}, build, (__name__,))
    assert build.calls == 2
    # The builder's source changed: its size and modification time are in the key.
    monkeypatch.setattr(build_cache, "_stamp", lambda modules: [["edited"]])
    cached_build("t", {"a": [1]}, build, (__name__,))
    assert build.calls == 3


def test_the_builders_files_are_stamped_once_per_process(cache, monkeypatch):
    """The code that builds is the code loaded: its files are read once, not for each of
    a gig's dozen builds."""
    calls = []
    monkeypatch.setattr(build_cache, "_stamps", {})
    monkeypatch.setattr(build_cache, "_stamp_now", lambda modules: calls.append(modules) or [["v1"]])
    build = Counter()
    cached_build("t", {"a": 1}, build, (__name__,))
    cached_build("u", {"b": 2}, build, (__name__,))
    cached_build("t", {"a": 1}, build, (__name__,))
    assert calls == [(__name__,)] and build.calls == 2


def test_an_empty_cache_dir_turns_it_off(monkeypatch, tmp_path):
    monkeypatch.setenv("GIGCHECK_CACHE_DIR", "")
    build = Counter()
    cached_build("t", {}, build, ())
    cached_build("t", {}, build, ())
    assert build.calls == 2


def test_a_damaged_entry_is_rebuilt(cache):
    build = Counter()
    cached_build("t", {}, build, ())
    (entry,) = cache.glob("t-*.pickle")
    entry.write_bytes(b"not a pickle")
    assert cached_build("t", {}, build, ()) == {"built": 2}
    assert cached_build("t", {}, build, ()) == {"built": 2}  # and written back whole


def test_a_cache_path_that_is_a_file_costs_only_the_build(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("GIGCHECK_CACHE_DIR", str(blocker / "cache"))
    assert cached_build("t", {}, Counter(), ()) == {"built": 1}


@pytest.mark.slow  # seconds of CPU: started first (tests/conftest.py), not last on a worker
def test_checks_are_the_same_with_and_without_the_cache(cache, monkeypatch, fresh_vocabulary):
    from gigcheck import lint_text
    from gigcheck.detectors import hosts
    from gigcheck.policy.config import load_config

    text = "Skype: bob.vo77 — or s k y p e me. Pay via PayPal. Samples: https://bob.github.io/x\n"

    def run():
        hosts._suffix_list.cache_clear()
        return [(f.rule, f.line, f.column) for f in lint_text(text, config=load_config(discover=False))]

    monkeypatch.setenv("GIGCHECK_CACHE_DIR", "")
    plain = run()
    monkeypatch.setenv("GIGCHECK_CACHE_DIR", str(cache))
    assert run() == plain  # built and written
    assert run() == plain  # read back
    # (Less the pack files themselves, read and checked here if this process reads them first.)
    built = {p.name.split("-")[0] for p in cache.glob("*.pickle")} - {"toml", "pack_part"}
    assert {"channels", "conduct", "marketplaces", "reviews", "suffixes"} <= built  # the conduct rules ran
    assert built <= {
        "channels", "conduct", "emails", "entry_text", "extras_judge", "marketplaces", "number_words", "pay_words",
        "phones", "reviews", "suffixes",
    }
    assert len(plain) >= 3


def test_the_suffix_list_is_cached(cache):
    from gigcheck.detectors import hosts

    for _ in range(2):
        hosts._suffix_list.cache_clear()
        assert hosts.registrable_domain("a.b.example.co.uk") == "example.co.uk"
        assert hosts.registrable_domain("bob.github.io") == "github.io"
        assert hosts.registrable_domain("192.168.0.1") is None
        assert hosts.registrable_domain("printer.localdomain") is None
    assert [p.name.split("-")[0] for p in cache.glob("*.pickle")] == ["suffixes"]


def test_shipped_packs_are_read_through_the_cache(cache):
    from gigcheck.policy import packs as policy

    first = policy.read_toml(policy.policies_dir() / "fiverr.toml")
    assert [p.name.split("-")[0] for p in cache.glob("*.pickle")] == ["toml"]
    assert policy.read_toml(policy.policies_dir() / "fiverr.toml") == first


def test_a_shipped_pack_file_is_checked_once_per_content(cache, tmp_path, monkeypatch):
    """Its vocabulary's schema is checked when its entry is made, not at every start; an
    edit is checked again, and a file that fails is reported each time, never cached."""
    from gigcheck.policy import packs as policy

    shipped = tmp_path / "policies"
    shipped.mkdir()
    monkeypatch.setattr(policy, "_shipped_dirs", lambda: (shipped.resolve(),))
    checks = []
    real_check = policy.check_vocab
    monkeypatch.setattr(policy, "check_vocab", lambda vocab, where: checks.append(where) or real_check(vocab, where))
    part = shipped / "part.toml"
    part.write_text('[vocab.email]\nat_words = ["at"]\n')
    first = policy._read_part(part, policy.PART_KEYS)
    assert policy._read_part(part, policy.PART_KEYS) == first == {"vocab": {"email": {"at_words": ["at"]}}}
    assert len(checks) == 1
    part.write_text('[vocab.email]\nat_words = ["at", "arroba"]\n')
    assert policy._read_part(part, policy.PART_KEYS)["vocab"]["email"]["at_words"] == ["at", "arroba"]
    assert len(checks) == 2
    part.write_text('[vocab.email]\nat_words = "at"\n')
    for _ in range(2):
        with pytest.raises(policy.PolicyError, match="at_words"):
            policy._read_part(part, policy.PART_KEYS)
    assert len(checks) == 4


def test_a_projects_own_toml_is_never_cached(cache, tmp_path):
    from gigcheck.policy import packs as policy

    own = tmp_path / ".gigcheck.toml"
    own.write_text('fail-on = "warning"\n')
    assert policy.read_toml(own) == {"fail-on": "warning"}
    assert not list(cache.glob("*.pickle"))


def test_the_confusables_table_is_cached(cache, monkeypatch):
    from gigcheck.text import confusables as normalize

    monkeypatch.setattr(normalize, "_CONF", None)
    built = normalize._confusables()
    monkeypatch.setattr(normalize, "_CONF", None)
    assert normalize._confusables() == built
    assert built["ѕ"] == "s" and built["о"] == "o"  # Cyrillic dze and small o
    assert [p.name.split("-")[0] for p in cache.glob("*.pickle")] == ["confusables"]


def test_a_stored_memo_is_read_back_by_the_next_build(cache):
    with stored_memo("m", (__name__,), 10) as memo:
        assert memo == {}
        memo["a"] = "A"
    with stored_memo("m", (__name__,), 10) as memo:
        assert memo == {"a": "A"}  # read back
        memo["b"] = "B"
    with stored_memo("m", (__name__,), 10) as memo:
        assert memo == {"a": "A", "b": "B"}  # what the last block added, written back whole
    assert len(list(cache.glob("m-*.pickle"))) == 1


def test_a_stored_memo_past_its_limit_starts_afresh(cache):
    with stored_memo("m", (__name__,), 2) as memo:
        memo.update({"a": 1, "b": 2, "c": 3})
    with stored_memo("m", (__name__,), 2) as memo:
        assert memo == {}


def test_a_stored_memo_is_per_code_and_off_without_a_cache(cache, monkeypatch):
    with stored_memo("m", (__name__,), 10) as memo:
        memo["a"] = 1
    with stored_memo("m", ("gigcheck.text",), 10) as memo:
        assert memo == {}  # other code: another entry
    monkeypatch.setenv("GIGCHECK_CACHE_DIR", "")
    with stored_memo("m", (__name__,), 10) as memo:
        assert memo == {}
        memo["z"] = 1
    assert len(list(cache.glob("m-*.pickle"))) == 1


def test_a_pack_built_from_another_packs_stored_entries_is_the_same(cache, monkeypatch):
    # The trigger lexicon's entries normalized for one pack (fiverr) are read back by the
    # build of another (upwork): what it builds is what it builds without the cache. Small
    # packs (a few words of each list, vocabulary_support.small_vocab) build the same way
    # in a fraction of a second instead of the full packs' seconds each.
    from vocabulary_support import small_vocab

    from gigcheck.detectors import triggers
    from gigcheck.detectors.lexicon import Lexicon
    from gigcheck.detectors.triggers import ChannelVocab
    from gigcheck.policy.packs import load_pack
    from gigcheck.scan.market_names import with_marketplace

    def lexicons(pack, start):
        vocab = small_vocab(with_marketplace(load_pack(pack)["vocab"]), start, 6)
        channels = ChannelVocab(vocab)
        return [v for v in vars(channels).values() if isinstance(v, Lexicon)]

    def state(lex):
        return (lex._tries, lex._plain_tries, lex._exact, lex._stems, lex._gaps, lex._names, lex._split,
                lex._gate.singles, lex._gate.pairs, lex._gate.triples, lex._gate.stems, lex._gate.glued)

    lexicons("fiverr", 0)
    assert triggers._normalized.memo is None  # only during a build: nothing is kept in the process
    (entry,) = cache.glob("entry_text-*.pickle")
    stored = entry.stat().st_size
    from_memo = [state(lex) for lex in lexicons("upwork", 3)]  # half the words seen, half new
    assert entry.stat().st_size > stored  # upwork's own entries added
    monkeypatch.setenv("GIGCHECK_CACHE_DIR", "")
    assert from_memo == [state(lex) for lex in lexicons("upwork", 3)]
    assert sum(len(lex._exact) + len(lex._tries) for lex in lexicons("upwork", 3)) > 20  # the packs hold words
