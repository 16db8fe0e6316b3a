"""The cache folder keeps what runs use and drops what none has used for a month, and it
never touches a file gigcheck did not write."""
from __future__ import annotations

import os
import time

import pytest

from gigcheck import cache_folder
from gigcheck.build_cache import cached_build
from gigcheck.cache_folder import KEEP_DAYS, is_entry, mark_used, prune

DAY = 86400


def _aged(path, days):
    path.write_bytes(b"x") if not path.exists() else None
    when = time.time() - days * DAY
    os.utime(path, (when, when))
    return path


@pytest.mark.parametrize("name", [
    "channels-10a6c10ac28c442491f74682a2fa6e61.pickle",
    "regex-37f0db812dcaf7e762f7be63.index",
    "regex-37f0db812dcaf7e762f7be63.marshal",  # the store's former format, orphaned since
    "code-cpython-311-a70d0d0a-0.marshal",
    "pack_part-0123abcd.pickle",
])
def test_gigcheck_entries_are_recognised(name):
    assert is_entry(name)


@pytest.mark.parametrize("name", [
    ".pruned", "notes.txt", "my-notes.txt", "backup.pickle", "-x.pickle", "a b-c.pickle", ".gigcheck-x.tmp",
])
def test_other_files_are_not_entries(name):
    assert not is_entry(name)


def test_unused_entries_are_deleted_and_the_rest_kept(tmp_path):
    old = _aged(tmp_path / "channels-old.pickle", KEEP_DAYS + 1)
    recent = _aged(tmp_path / "channels-new.pickle", KEEP_DAYS - 1)
    foreign = _aged(tmp_path / "thesis-draft.pickle.bak", KEEP_DAYS + 100)
    folder = tmp_path / "regex-folder.index"
    folder.mkdir()
    _aged(folder, KEEP_DAYS + 1)
    assert prune(tmp_path) == [old]
    assert not old.exists() and recent.exists() and foreign.exists() and folder.is_dir()


def test_a_folder_is_swept_at_most_once_a_day(tmp_path):
    prune(tmp_path)
    old = _aged(tmp_path / "emails-old.pickle", KEEP_DAYS + 1)
    assert prune(tmp_path) == [] and old.exists()
    assert prune(tmp_path, now=time.time() + DAY + 1) == [old]


def test_a_read_marks_a_day_old_entry_used(tmp_path):
    entry = _aged(tmp_path / "phones-k.pickle", 2)
    before = entry.stat().st_mtime
    with open(entry, "rb") as f:
        mark_used(f)
    assert entry.stat().st_mtime > before + DAY


def test_a_fresh_entry_is_not_rewritten_on_every_read(tmp_path):
    entry = _aged(tmp_path / "phones-k.pickle", 0.5)
    before = entry.stat().st_mtime_ns
    with open(entry, "rb") as f:
        mark_used(f)
    assert entry.stat().st_mtime_ns == before


def test_builds_read_keep_their_entry_and_a_new_build_sweeps(tmp_path, monkeypatch):
    monkeypatch.setenv("GIGCHECK_CACHE_DIR", str(tmp_path))
    cached_build("t", {"a": 1}, lambda: 1, (__name__,))
    (kept,) = tmp_path.glob("t-*.pickle")
    _aged(kept, KEEP_DAYS + 5)
    orphan = _aged(tmp_path / "regex-37f0db812dcaf7e762f7be63.marshal", KEEP_DAYS + 5)
    assert cached_build("t", {"a": 1}, lambda: 2, (__name__,)) == 1  # a hit: marked used
    assert time.time() - kept.stat().st_mtime < DAY
    _aged(tmp_path / ".pruned", 2)  # the first build's sweep, two days ago
    cached_build("t", {"a": 2}, lambda: 3, (__name__,))  # a miss writes, then sweeps
    assert kept.exists() and not orphan.exists()


def test_a_read_only_folder_is_left_alone(tmp_path, monkeypatch):
    old = _aged(tmp_path / "toml-x.pickle", KEEP_DAYS + 1)

    def refused(*args, **kwargs):
        raise PermissionError("read-only")

    monkeypatch.setattr(cache_folder.Path, "touch", refused)
    assert prune(tmp_path) == [] and old.exists()
