"""The library without a config: the default pack is loaded once per process and reused,
and read again when one of its files changes."""
from __future__ import annotations

import os
import shutil
import threading

import pytest

from gigcheck import lint_text
from gigcheck.engine import linter as linter_module
from gigcheck.engine.linter import default_linter
from gigcheck.policy import packs

GIG = "---\ntitle: I will design a logo & a card\n---\n\nI design logos.\n"


@pytest.fixture(name="own_policies")
def _own_policies(tmp_path, monkeypatch):
    """A copy of the shipped packs that a test may edit, as the process's default."""
    folder = tmp_path / "policies"
    shutil.copytree(packs.policies_dir(), folder)
    monkeypatch.setattr(packs, "policies_dir", lambda: folder)
    monkeypatch.setattr(linter_module, "_default", None)
    packs.forget_packs()
    yield folder
    packs.forget_packs()


def _touch_later(path):
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))


def test_the_default_linter_is_built_once_and_shared(own_policies):
    first = default_linter()
    lint_text(GIG)
    assert default_linter() is first
    seen = []
    threads = [threading.Thread(target=lambda: seen.append(default_linter())) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(linter is first for linter in seen)


def test_an_edited_pack_file_is_read_again(own_policies):
    assert any(f.name == "title-forbidden-characters" for f in lint_text(GIG))
    before = default_linter()
    pack = own_policies / "fiverr.toml"
    pack.write_text(pack.read_text(encoding="utf-8").replace('characters = ["&", "/", "\\"", "+"]',
                                                            'characters = ["/"]'), encoding="utf-8")
    _touch_later(pack)
    assert default_linter() is not before
    assert not any(f.name == "title-forbidden-characters" for f in lint_text(GIG))


def test_an_edited_vocabulary_file_is_read_again(own_policies):
    before = default_linter()
    _touch_later(own_policies / "vocab" / "contact.toml")
    assert default_linter() is not before
