"""Where gigcheck keeps what it builds once and reuses (build_cache.py, regex_cache.py),
and how that folder is kept from growing without end.

`$GIGCHECK_CACHE_DIR`, else `$XDG_CACHE_HOME/gigcheck`, else `~/.cache/gigcheck`;
`GIGCHECK_CACHE_DIR=""` turns caching off. The folder can be deleted at any time.

Every entry is keyed by gigcheck's version, the vocabulary and the code that built it, so
each upgrade, edited pack or project config adds entries (tens of megabytes a version) and
the old ones are never read again. An entry read by a run is marked used (its modification
time, refreshed at most once a day); when a run writes a new entry, entries no run has used
for `KEEP_DAYS` are deleted, at most once a day per folder.
"""
from __future__ import annotations

import os
import time
from pathlib import Path
from typing import IO, Any

KEEP_DAYS = 30
_DAY = 86400.0
_STAMP = ".pruned"  # its modification time: the last sweep
_ENTRY_SUFFIXES = (".pickle", ".index", ".marshal")


def cache_dir() -> Path | None:
    env = os.environ.get("GIGCHECK_CACHE_DIR")
    if env is not None:
        return Path(env) if env else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "gigcheck"


def mark_used(f: IO[Any]) -> None:
    """Note that the cache entry open as `f` was just read (see the module's docstring)."""
    try:
        if time.time() - os.fstat(f.fileno()).st_mtime > _DAY:
            os.utime(f.fileno())
    except (OSError, NotImplementedError, ValueError):  # read-only folder, no utime on fds
        pass


def is_entry(name: str) -> bool:
    """Whether a file name is one gigcheck writes as a cache entry (`kind-key.suffix`): a
    cache folder moved to a shared place must never lose anything else."""
    kind, dash, key = name.partition("-")
    return bool(dash and kind and key) and kind.replace("_", "").isalnum() and name.endswith(_ENTRY_SUFFIXES)


def prune(where: Path, now: float | None = None) -> list[Path]:
    """Delete the entries of `where` that no run has used for `KEEP_DAYS`, unless the folder
    was swept less than a day ago; the paths deleted."""
    now = time.time() if now is None else now
    stamp = where / _STAMP
    try:
        if now - stamp.stat().st_mtime < _DAY:
            return []
    except FileNotFoundError:
        pass
    except OSError:
        return []
    try:
        stamp.touch()  # first, so that parallel workers do not all sweep
        os.utime(stamp, (now, now))
    except OSError:  # read-only: nothing can be deleted either
        return []
    deleted: list[Path] = []
    cutoff = now - KEEP_DAYS * _DAY
    try:
        with os.scandir(where) as entries:
            for entry in entries:
                try:
                    if (is_entry(entry.name) and entry.is_file(follow_symlinks=False)
                            and entry.stat(follow_symlinks=False).st_mtime < cutoff):
                        os.unlink(entry.path)
                        deleted.append(Path(entry.path))
                except OSError:  # another process deleted or replaced it meanwhile
                    continue
    except OSError:
        pass
    return deleted
