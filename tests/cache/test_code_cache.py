"""The dataclass code store: the methods `@dataclass` makes from stored code are the ones
it makes from its text; anything wrong with the file costs only compiling."""
from __future__ import annotations
import __future__

import dataclasses
import sys
import types

import pytest

from gigcheck import code_cache


@pytest.fixture
def store(tmp_path, monkeypatch):
    """A new process's store, in a cache folder of its own."""
    monkeypatch.setenv("GIGCHECK_CACHE_DIR", str(tmp_path / "cache"))
    code_cache._state.clear()
    yield tmp_path / "cache"
    code_cache._state.clear()  # the rest of the session goes on without this folder


_POINT = """
from dataclasses import dataclass, field

def make():
    @dataclass(frozen=True, order=True)
    class Point:
        x: int
        y: int = 2
        tags: list = field(default_factory=list, compare=False)

    return Point
"""


def make(module: str = "gigcheck._code_cache_probe") -> type:
    """A dataclass defined in `module` (a gigcheck module unless told otherwise)."""
    mod = types.ModuleType(module)
    sys.modules[module] = mod
    try:
        exec(_POINT, mod.__dict__)
        return mod.make()
    finally:
        del sys.modules[module]


def test_gigcheck_gives_dataclasses_the_caching_exec():
    assert dataclasses.exec is code_cache.cached_exec  # type: ignore[attr-defined]


def test_methods_from_the_store_are_the_methods_of_the_text(store):
    first = make()
    added = dict(code_cache._state["added"])
    assert any("def __init__(self,x:_type_x,y:_type_y=_dflt_y" in text for text in added)
    # As exec compiles a text: without this module's `from __future__ import annotations`.
    assert all(not code.co_flags & __future__.annotations.compiler_flag for code in added.values())
    code_cache.save()
    assert next(store.glob("code-*.marshal")).stat().st_size > 0
    code_cache._state.clear()
    again = make()
    assert code_cache._state["added"] == {}  # nothing was compiled
    for name in ("__init__", "__repr__", "__eq__", "__lt__", "__hash__", "__setattr__"):
        assert getattr(again, name).__code__.co_code == getattr(first, name).__code__.co_code, name
    p = again(1)
    assert (repr(p), p == again(1, 2, ["other"]), p < again(1, 3), hash(p) == hash(again(1))) == (
        "make.<locals>.Point(x=1, y=2, tags=[])", True, True, True
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.x = 3  # type: ignore[misc]


def test_a_damaged_file_costs_only_compiling(store):
    store.mkdir(parents=True)
    make()
    path = code_cache._state["path"]
    code_cache._state.clear()
    path.write_bytes(b"\x00not marshal")
    assert make()(5).y == 2
    assert code_cache._state["added"]  # compiled again, and written back at exit


def test_an_empty_cache_dir_turns_the_store_off(tmp_path, monkeypatch):
    monkeypatch.setenv("GIGCHECK_CACHE_DIR", "")
    code_cache._state.clear()
    try:
        assert make()(1).x == 1
        assert code_cache._state["path"] is None and code_cache._state["added"] == {}
        code_cache.save()  # nothing to write, nowhere
    finally:
        code_cache._state.clear()


def test_exec_without_namespaces_runs_in_the_callers():
    here = 1
    code_cache.cached_exec("seen = here + 1")
    ns: dict[str, object] = {}
    code_cache.cached_exec("z = 3", ns)
    assert ns["z"] == 3 and here == 1


def test_another_librarys_dataclasses_are_compiled_as_before_and_never_stored(store):
    make()  # opens the store
    before = dict(code_cache._state["added"])
    other = make("someone_elses.models")
    assert code_cache._state["added"] == before  # nothing of theirs is kept
    assert repr(other(1)) == "make.<locals>.Point(x=1, y=2, tags=[])"
