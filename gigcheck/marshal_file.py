"""A dict kept in one `marshal` file of the cache folder, shared by the processes that use it.

The dataclass code store (code_cache.py) keeps what it compiled this way: read whole when
first needed (a process defines every class whose methods it holds), entries a process
added written back at its exit, merged with what other processes wrote meanwhile,
atomically (files.output_stream), so a reader never sees half a file. The regex store,
of which a process uses a few hundred entries out of thousands, is read entry by entry
instead (indexed_file.py).
"""
from __future__ import annotations

import marshal
from pathlib import Path
from typing import Any

__all__ = ["read_dict", "save_added", "write_merged"]


def read_dict(path: Path) -> dict[Any, Any]:
    """What the file holds; {} when it is missing, damaged or not a dict."""
    from gigcheck.cache_folder import mark_used
    from gigcheck.files import open_regular  # never a FIFO planted in the cache folder

    try:
        with open_regular(path) as f:
            stored = marshal.loads(f.read())
            mark_used(f)
    except Exception:  # missing or damaged: start empty
        return {}
    return stored if isinstance(stored, dict) else {}


def write_merged(path: Path, added: dict[Any, Any], max_entries: int) -> dict[Any, Any] | None:
    """Write `added` over what the file holds now; the dict written, or None when it could
    not be (a read-only home, a full disk: the next run compiles again). Over `max_entries`
    only `added` is kept: a guard against a caller adding varying entries without end."""
    merged = {**read_dict(path), **added}
    if len(merged) > max_entries:
        merged = dict(added)
    try:
        from gigcheck.files import output_stream

        path.parent.mkdir(parents=True, exist_ok=True)
        with output_stream(str(path)) as f:
            f.write(marshal.dumps(merged))
    except Exception:
        return None
    from gigcheck.cache_folder import prune

    prune(path.parent)
    return merged


def save_added(state: dict[str, Any], max_entries: int) -> None:
    """Write what a process added to its store (`state["added"]`) over the file at
    `state["path"]`, and keep what it now knows as `state["stored"]`. The caller holds its
    store's lock and has checked that the store is on."""
    added = state.get("added") or {}
    if not added:
        return
    merged = write_merged(state["path"], added, max_entries)
    if merged is None:  # not written: the next run compiles again
        return
    state["stored"] = {**merged, **state["stored"]}
    state["added"] = {}
