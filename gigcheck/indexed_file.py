"""Byte strings by key, kept in one file of the cache folder and read one entry at a time.

The regex store (regex_cache.py) keeps thousands of compiled patterns and grows as gigs
ask for new lexicon pieces, while a gig uses a few hundred of them. Read whole (one
`marshal` dict), its file cost a single gig's check ~8 ms at 2,000 entries and ~16 ms
at 3,500, and the cost grew with the store. Here the file holds an index (key -> offset
and length) and then the entries: a process reads the index, maps the file, and copies
an entry only when it is asked for.

Keys are short byte strings (digests); the file is written whole and atomically
(files.output_stream), so a process that mapped the previous file keeps reading it.
Anything unexpected in a file reads as an empty one.
"""
from __future__ import annotations

import marshal
import mmap
import struct
from collections.abc import Iterator, Mapping
from pathlib import Path

__all__ = ["IndexedFile", "write_indexed"]

MAGIC = b"gigcheck indexed 1\n"
_LENGTH = struct.Struct("<Q")  # of the index, after the magic


class IndexedFile:
    """The entries of the file at `path` (none when it is missing or damaged)."""

    def __init__(self, path: Path) -> None:
        self._index: dict[bytes, tuple[int, int]] = {}
        self._data: mmap.mmap | bytes = b""
        self._base = 0
        from gigcheck.cache_folder import mark_used
        from gigcheck.files import open_regular  # never a FIFO planted in the cache folder

        try:
            with open_regular(path) as f:
                data = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
                mark_used(f)
        except Exception:  # missing, empty, unreadable
            return
        try:
            head = len(MAGIC) + _LENGTH.size
            if data[:len(MAGIC)] != MAGIC:
                raise ValueError("not an indexed file")
            (length,) = _LENGTH.unpack_from(data, len(MAGIC))
            index = marshal.loads(data[head:head + length])
            if not isinstance(index, dict):
                raise ValueError("no index")
        except Exception:
            data.close()
            return
        self._index, self._data, self._base = index, data, head + length

    def __len__(self) -> int:
        return len(self._index)

    def get(self, key: bytes) -> bytes | None:
        where = self._index.get(key)
        if not isinstance(where, tuple) or len(where) != 2:
            return None
        start = self._base + where[0]
        blob = self._data[start:start + where[1]]
        return blob if len(blob) == where[1] else None  # a file cut short: not there

    def items(self) -> Iterator[tuple[bytes, bytes]]:
        for key in list(self._index):
            blob = self.get(key)
            if blob is not None:
                yield key, blob


def write_indexed(path: Path, entries: Mapping[bytes, bytes]) -> bool:
    """Write `entries` as the file at `path`; False when it could not be (a read-only
    home, a full disk)."""
    index: dict[bytes, tuple[int, int]] = {}
    offset = 0
    for key, blob in entries.items():
        index[key] = (offset, len(blob))
        offset += len(blob)
    head = marshal.dumps(index)
    try:
        from gigcheck.files import output_stream

        path.parent.mkdir(parents=True, exist_ok=True)
        with output_stream(str(path)) as f:
            f.write(MAGIC + _LENGTH.pack(len(head)) + head)
            for blob in entries.values():
                f.write(blob)
    except Exception:
        return False
    from gigcheck.cache_folder import prune

    prune(path.parent)
    return True
