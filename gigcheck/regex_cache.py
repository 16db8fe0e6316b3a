"""Regular expressions compiled once per Python build and kept on disk, not once per process.

gigcheck's detectors hold some seven hundred regular expressions, most built from the
policy pack's vocabulary. Python's `re` parses and compiles a pattern in Python code, and
checking one gig from the command line spent about a third of its time doing so, every
time. What `re` hands its C engine in the end (`_sre.compile(pattern, flags, program,
groups, groupindex, indexgroup)`) depends only on the pattern, its flags and the Python
build, so the programs are kept in the cache folder (cache_folder.py), one
file per Python build and gigcheck version, each program read when its pattern is first
asked for (indexed_file.py: a gig uses a few hundred of the thousands stored) and given
straight to `_sre.compile`: the same `re.Pattern` (Pattern equality compares the program,
and the tests compare), about twenty times cheaper.

A pattern not in the file is compiled the way `re.compile` does and added; additions are
written back at exit, merged with what other processes wrote meanwhile. Anything
unexpected (a Python whose `_sre` wants other arguments, a damaged or foreign file) turns
the store off for the process and `re.compile` does the work: it costs time, never a
different match.

Only patterns built from code and policy packs come here, never one built from a gig's
text (engine/redact.py keeps to `re.compile`): the file must not hold what a seller wrote.
"""
from __future__ import annotations

import atexit
import hashlib
import json
import marshal
import re
import sys
import threading
from array import array
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from gigcheck.indexed_file import IndexedFile, write_indexed

__all__ = ["cached_regex", "named_regex", "save", "stored_compiles", "stored_entries"]

# The store's own limit: patterns are stable (code and pack), so this is only a guard
# against a caller that, against the rule above, builds patterns from varying input.
# (A lexicon piece takes two entries: its program and its name, see named_regex.)
MAX_ENTRIES = 16000
# The flags of a name's entry (named_regex): never a pattern's, which are not negative.
NAMED = -1

Key = tuple[str, int]
# pattern, flags, program (as array("I") bytes), groups, groupindex, indexgroup
Program = tuple[str, int, bytes, int, dict[str, int], tuple[str | None, ...]]
# What the store holds: a pattern's program, or a name's pattern text (named_regex)
Entry = Program | str

_lock = threading.Lock()
_re_compile = re.compile  # `re.compile` itself, whoever replaces it (stored_compiles)


def _digest(key: Key) -> bytes:
    """A key's key in the file: short, whatever the length of the pattern."""
    return hashlib.blake2b(marshal.dumps(key), digest_size=16).digest()


class _Stored:
    """What the store holds: the entries read or added in this process, and the file's
    others, each read when first asked for."""

    def __init__(self, disk: IndexedFile | None) -> None:
        self.disk = disk
        self.memory: dict[Key, Entry] = {}

    def get(self, key: Key) -> Entry | None:
        found = self.memory.get(key)
        if found is not None or self.disk is None:
            return found
        blob = self.disk.get(_digest(key))
        if blob is None:
            return None
        try:
            stored_key, entry = marshal.loads(blob)
        except Exception:  # a damaged entry: compiled again
            return None
        if stored_key != key:
            return None
        self.memory[key] = entry
        return entry  # type: ignore[no-any-return]

    def __contains__(self, key: Key) -> bool:
        return self.get(key) is not None

    def __setitem__(self, key: Key, entry: Entry) -> None:
        self.memory[key] = entry


def stored_entries(path: Any) -> dict[Key, Entry]:
    """Every entry of the store's file at `path` (for tests and tools)."""
    out: dict[Key, Entry] = {}
    for _, blob in IndexedFile(path).items():
        key, entry = marshal.loads(blob)
        out[key] = entry
    return out
_live: dict[Key, re.Pattern[str]] = {}
_state: dict[str, Any] = {}  # "engine", "path", "stored", "added": set on first use


def cached_regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)` for a str pattern, from the store when it holds it."""
    key = (pattern, int(flags))
    rx = _live.get(key)
    if rx is not None:
        return rx
    with _lock:
        engine = _engine()
        rx = _re_compile(pattern, flags) if engine is None else _from_store(engine, key)
        _live[key] = rx
        return rx


def named_regex(name: str, pattern: Callable[[], str], flags: int = 0) -> re.Pattern[str]:
    """`cached_regex(pattern(), flags)`, where `name` stands for the text `pattern()`
    builds: the store keeps which text each name stood for, so a later process skips
    building it (a lexicon's piece is cut from a trie of thousands of entries, ~0.4 ms
    each, dozens per gig). A name must never stand for two texts: lexicon.py names a
    piece by a token its build cache entry drew at random, and the prefix it is cut for."""
    key = (hashlib.sha256(name.encode("utf-8")).hexdigest(), NAMED)  # no gig text in the file
    with _lock:
        engine = _engine()
        text = _state["stored"].get(key) if engine is not None else None
    if not isinstance(text, str):
        text = pattern()
        if engine is not None:
            with _lock:
                if key not in _state["stored"]:
                    _record(key, text)
                    _state["stored"][key] = text
    return cached_regex(text, flags)


def _from_store(engine: Any, key: Key) -> re.Pattern[str]:
    program = _state["stored"].get(key)
    try:
        if program is None:
            program = _program(key[0], key[1])
            if program is None:  # not something the store can hold: re.compile says why
                return _re_compile(key[0], key[1])
            _record(key, program)
        rx: re.Pattern[str] = engine.compile(*_unpacked(program))
        return rx
    except re.error:
        raise
    except Exception:  # another Python's engine, a damaged entry: `re` alone from now on
        _state["engine"] = None
        return _re_compile(key[0], key[1])


def _engine() -> Any:
    """`_sre`, once the store is loaded; None when the store cannot be used."""
    if "engine" not in _state:
        _state["engine"] = None
        _state["stored"], _state["added"] = _Stored(None), {}
        try:
            import _sre  # type: ignore[import-not-found]  # CPython's regex engine, no stub

            if array("I").itemsize != _sre.CODESIZE:
                return None
            _state["path"] = _path(_sre)
            _state["stored"] = _Stored(IndexedFile(_state["path"]))
            _state["engine"] = _sre
        except Exception:  # no cache folder, a Python without `_sre`: plain `re`
            return None
    return _state["engine"]


def _path(sre: Any) -> Any:
    from gigcheck.cache_folder import cache_dir
    from gigcheck.version import __version__

    where = cache_dir()
    if where is None:
        raise LookupError("the build cache is off")
    build = [__version__, sys.version, sys.implementation.cache_tag, sre.MAGIC, sre.CODESIZE, sys.maxunicode]
    return where / f"regex-{hashlib.sha256(json.dumps(build).encode()).hexdigest()[:24]}.index"


def _program(pattern: str, flags: int) -> Program | None:
    """What `re._compiler.compile` gives `_sre.compile` for this pattern (see there)."""
    if not isinstance(pattern, str) or flags & re.DEBUG:
        return None
    from re import _compiler, _parser  # type: ignore[attr-defined]

    p = _parser.parse(pattern, flags)
    code = array("I", _compiler._code(p, flags)).tobytes()
    groupindex = dict(p.state.groupdict)
    indexgroup: list[str | None] = [None] * p.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (pattern, int(flags | p.state.flags), code, p.state.groups - 1, groupindex, tuple(indexgroup))


def _unpacked(program: Program) -> tuple[Any, ...]:
    pattern, flags, code, groups, groupindex, indexgroup = program
    return (pattern, flags, array("I", code).tolist(), groups, groupindex, indexgroup)


def _record(key: Key, program: Entry) -> None:
    added: dict[Key, Entry] = _state["added"]
    if not added:
        atexit.register(save)
    added[key] = program


def save() -> None:
    """Write the patterns compiled in this process that the file lacked (at exit)."""
    with _lock:
        added: dict[Key, Entry] = _state.get("added") or {}
        if _state.get("engine") is None or not added:
            return
        # Merged with what other processes wrote meanwhile (their entries copied as they
        # are); over MAX_ENTRIES only this process's are kept.
        path = _state["path"]
        mine = {_digest(key): marshal.dumps((key, entry)) for key, entry in added.items()}
        merged = {**dict(IndexedFile(path).items()), **mine}
        if len(merged) > MAX_ENTRIES:
            merged = mine
        if write_indexed(path, merged):
            _state["stored"].disk = IndexedFile(path)
            _state["added"] = {}


_routed: Counter[int] = Counter()  # threads inside stored_compiles, and how deep
_route_lock = threading.Lock()


@contextmanager
def stored_compiles() -> Iterator[None]:
    """Within it, on this thread, `re.compile` of a str pattern comes from the store.

    For importing a library whose module code compiles its regexes (markdown-it-py,
    phonenumbers, PyYAML: some ninety patterns, ~30 ms of every start): the same
    patterns in every process, written in its code, never a gig's text. Other threads
    keep `re.compile` as it is, so a pattern built from a gig elsewhere (engine/redact.py)
    never reaches the file."""
    me = threading.get_ident()
    with _route_lock:
        if not _routed:
            re.compile = _routing_compile
        _routed[me] += 1
    try:
        yield
    finally:
        with _route_lock:
            _routed[me] -= 1
            if _routed[me] <= 0:
                del _routed[me]
            if not _routed:
                re.compile = _re_compile


def _routing_compile(pattern: Any, flags: Any = 0) -> Any:
    if isinstance(pattern, str) and threading.get_ident() in _routed:
        return cached_regex(pattern, flags)
    return _re_compile(pattern, flags)
