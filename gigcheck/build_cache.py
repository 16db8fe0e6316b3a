"""A cache on disk of what gigcheck builds from a policy pack's vocabulary.

Turning a few thousand vocabulary entries (platform names in many languages, their
disguises, contact verbs) into tries takes tens of milliseconds: a large share of
checking one gig from the command line, where a seller waits for it. The result depends
only on the vocabulary table, gigcheck's version, the code that builds it and Python's
version, so it is kept as a pickle under the user's cache directory, keyed by all four.

Where: cache_folder.py (`GIGCHECK_CACHE_DIR=""` turns the cache off). A missing,
unwritable or damaged cache only costs the build; entries are written atomically, so
parallel workers never read half a file (io/output.py). Compiled regexes in a build are
pickled by pattern and flags and loaded through regex_cache.py, without compiling again.
"""
from __future__ import annotations

import gc
import hashlib
import json
import pickle
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from gigcheck.cache_folder import cache_dir, mark_used, prune
from gigcheck.files import open_regular
from gigcheck.regex_cache import cached_regex
from gigcheck.version import __version__

T = TypeVar("T")
FORMAT = 2  # of the pickles: 2 keeps regexes as regex_cache.cached_regex(pattern, flags)


_stamps: dict[tuple[str, ...], list[Any]] = {}


def _stamp(modules: Iterable[str]) -> list[Any]:
    """`_stamp_now(modules)` as first asked in this process: the code that builds is the
    code loaded then (an edit later changes the files, not the modules running), and a
    gig's first check asks for a dozen builds of the same packages (~90 files each)."""
    key = tuple(modules)
    found = _stamps.get(key)
    if found is None:
        found = _stamps[key] = _stamp_now(key)
    return found


def _stamp_now(modules: Iterable[str]) -> list[Any]:
    # The builders' source files by size and modification time: an edited builder (in a
    # development checkout) must not get the old build back. A package stands for every
    # module file in it, so a module split off a builder later is covered too.
    out: list[Any] = []
    for name in modules:
        module = sys.modules.get(name)
        path = getattr(module, "__file__", None)
        folder = getattr(module, "__path__", None)
        files = sorted(Path(folder[0]).glob("*.py")) if folder else [Path(path)] if path else []
        for file in files:
            try:
                st = file.stat()
            except OSError:
                out.append([name, file.name])
                continue
            out.append([name, file.name, st.st_size, st.st_mtime_ns])
        if not files:
            out.append([name])
    return out


def _load(f: Any) -> Any:
    return _without_cyclic_gc(lambda: pickle.load(f))


def _without_cyclic_gc(make: Callable[[], T]) -> T:
    """`make()` with the cyclic garbage collector paused. A vocabulary is some hundred
    thousand small objects, loaded or built: the collector, triggered again and again
    while they are created, would scan them all each time (about 40% of a load, a third
    of a cold build). None of them is garbage yet, so it waits (and a nested build leaves
    it to the outer one to restart it).

    Restarted, it would still scan them two or three times more as they age (~25 ms of
    checking one gig from the command line, ~0.6 s after a cold build), although they
    live as long as their pack: `gc.freeze()` first moves every object alive to the
    permanent generation, which collections skip (a build leaves no cyclic garbage to
    keep: a collection right after one finds about ten objects)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return make()
    finally:
        if enabled:
            gc.freeze()
            gc.enable()


class _Pickler(pickle.Pickler):
    # A compiled regex pickles as `re.compile(pattern, flags)`, which parses and compiles
    # it again on every load (a vocabulary holds a few hundred); through the regex store
    # a load takes the compiled program instead (regex_cache.py).
    def reducer_override(self, obj: Any) -> Any:
        if isinstance(obj, re.Pattern) and isinstance(obj.pattern, str):
            return cached_regex, (obj.pattern, obj.flags)
        return NotImplemented


def _entry_path(where: Path, kind: str, modules: Iterable[str], table: Any) -> Path:
    ident = json.dumps(
        [kind, FORMAT, __version__, sys.version_info[:2], _stamp(modules), table], sort_keys=True, default=str
    ).encode("utf-8")
    return where / f"{kind}-{hashlib.sha256(ident).hexdigest()[:32]}.pickle"


def cached_build(kind: str, table: Mapping[str, Any], build: Callable[[], T], modules: Iterable[str]) -> T:
    """`build()`, or what it returned before for the same `table`, gigcheck version, Python
    version and source of `modules` (the modules whose code `build` runs)."""
    where = cache_dir()
    if where is None:
        return _without_cyclic_gc(build)
    path = _entry_path(where, kind, modules, table)
    try:
        with open_regular(path) as f:  # never a FIFO planted in the cache folder
            built: T = _load(f)
            mark_used(f)
            return built
    except Exception:  # missing, unreadable or damaged: build it again
        pass
    # Pickling a lexicon packs its entries anew (another few hundred thousand objects).
    return _without_cyclic_gc(lambda: _build_and_keep(where, path, build))


def _build_and_keep(where: Path, path: Path, build: Callable[[], T]) -> T:
    value = build()
    _keep(where, path, value)
    return value


def _keep(where: Path, path: Path, value: Any) -> None:
    from gigcheck.files import output_stream  # only on a miss: most runs only read the cache

    try:
        where.mkdir(parents=True, exist_ok=True)
        with output_stream(str(path)) as f:
            _Pickler(f, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    except Exception:  # a read-only home, a full disk: run without the cache
        return
    prune(where)


@contextmanager
def stored_memo(kind: str, modules: Iterable[str], limit: int) -> Iterator[dict[Any, Any]]:
    """A dictionary of a pure function's results (argument -> result) for the code of
    `modules`, kept in the cache across builds and processes: what one pack's build
    computed, the next pack's build (a pack for another marketplace shares nearly all
    of its vocabulary) reads back instead. Written back, whole, when the block added to
    it; started afresh past `limit` entries (packs edited again and again)."""
    where = cache_dir()
    if where is None:
        yield {}
        return
    path = _entry_path(where, kind, modules, None)
    memo: dict[Any, Any] = {}
    try:
        with open_regular(path) as f:
            loaded = _load(f)
            mark_used(f)
        if isinstance(loaded, dict) and len(loaded) <= limit:
            memo = loaded
    except Exception:  # missing, unreadable or damaged: computed again
        pass
    known = len(memo)
    yield memo
    if len(memo) > known:
        _keep(where, path, memo)
