"""What a lexicon's exact entries resolve to, kept packed for the build cache.

A matched text is resolved through a dictionary of the entries as written (and of the
typo variants of names): the channel vocabulary's holds some 26,000 keys, each with a
list of payload tuples, and two sets say which keys are only disguises. Unpickled whole,
they were about 45,000 objects and a third of loading the vocabulary at every start,
while one gig resolves a few dozen matched texts. `PackedExact` keeps them as one small
pickle per two first characters of a key, unpickled on first use: a gig loads the few
its matches need. Two threads may unpickle the same chunk, with the same result.
"""
from __future__ import annotations

import pickle
from collections.abc import Collection, Mapping, Sequence
from typing import Any

__all__ = ["Entry", "PackedExact", "entry"]

# An exact key's payloads, and whether it stands for a disguise only (a typo variant of
# a name that no entry lists as written).
Entry = tuple[tuple[Any, ...], bool]

_PREFIX = 2  # characters of a key that name its chunk


def entry(
    exact: Mapping[str, Sequence[Any]], fuzzy_keys: Collection[str], listed: Collection[str], key: str
) -> Entry | None:
    """The entry of `key` in a lexicon's exact table and its key sets, or None."""
    got = exact.get(key)
    if got is None:
        return None
    return tuple(got), key in fuzzy_keys and key not in listed


class PackedExact:
    """`entry(exact, fuzzy_keys, listed, key)` for every key, read chunk by chunk."""

    def __init__(
        self, exact: Mapping[str, Sequence[Any]], fuzzy_keys: Collection[str], listed: Collection[str]
    ) -> None:
        chunks: dict[str, dict[str, Entry]] = {}
        for key in exact:
            found = entry(exact, fuzzy_keys, listed, key)
            if found is not None:
                chunks.setdefault(key[:_PREFIX], {})[key] = found
        self._packed = {p: pickle.dumps(c, protocol=pickle.HIGHEST_PROTOCOL) for p, c in chunks.items()}
        self._loaded: dict[str, dict[str, Entry]] = {}

    def get(self, key: str) -> Entry | None:
        prefix = key[:_PREFIX]
        chunk = self._loaded.get(prefix)
        if chunk is None:
            packed = self._packed.get(prefix)
            if packed is None:
                return None
            chunk = self._loaded[prefix] = pickle.loads(packed)
        return chunk.get(key)

    def __getstate__(self) -> dict[str, Any]:
        return {"_packed": self._packed, "_loaded": {}}
