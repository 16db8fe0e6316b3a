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
from collections.abc import Callable, Iterable, Mapping
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


def _without_gc(make: Callable[[], T]) -> T:
    """`make()` with the cyclic garbage collector paused. The channel vocabulary is some
    hundred thousand small objects: the collector, triggered again and again while they
    are created, would scan them all each time (about 40% of a load from the cache, 15%
    of a build, more in a process that holds much else). Next to none of them is garbage
    yet, so it waits."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return make()
    finally:
        if enabled:
            gc.enable()


def _load(f: Any) -> Any:
    return _without_gc(lambda: pickle.load(f))


class _Pickler(pickle.Pickler):
    # A compiled regex pickles as `re.compile(pattern, flags)`, which parses and compiles
    # it again on every load (a vocabulary holds a few hundred); through the regex store
    # a load takes the compiled program instead (regex_cache.py).
    def reducer_override(self, obj: Any) -> Any:
        if isinstance(obj, re.Pattern) and isinstance(obj.pattern, str):
            return cached_regex, (obj.pattern, obj.flags)
        return NotImplemented


def cached_build(kind: str, table: Mapping[str, Any], build: Callable[[], T], modules: Iterable[str]) -> T:
    """`build()`, or what it returned before for the same `table`, gigcheck version, Python
    version and source of `modules` (the modules whose code `build` runs)."""
    where = cache_dir()
    if where is None:
        return _without_gc(build)
    ident = json.dumps(
        [kind, FORMAT, __version__, sys.version_info[:2], _stamp(modules), table], sort_keys=True, default=str
    ).encode("utf-8")
    path = where / f"{kind}-{hashlib.sha256(ident).hexdigest()[:32]}.pickle"
    try:
        with open_regular(path) as f:  # never a FIFO planted in the cache folder
            built: T = _load(f)
            mark_used(f)
            return built
    except Exception:  # missing, unreadable or damaged: build it again
        pass
    value = _without_gc(build)
    from gigcheck.files import output_stream  # only on a miss: most runs only read the cache

    try:
        where.mkdir(parents=True, exist_ok=True)
        with output_stream(str(path)) as f:
            _Pickler(f, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    except Exception:  # a read-only home, a full disk: run without the cache
        return value
    prune(where)
    return value
