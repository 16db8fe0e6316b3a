"""Which ASCII letter or digit a non-ASCII character can be mistaken for."""
from __future__ import annotations

import json
import unicodedata

__all__ = ["latin_of"]

_CONF: dict[str, str] | None = None

# Where the capital's look-alike would mislead for the small letter.
_SMALL_OVERRIDES = {"η": "n"}


def _confusables() -> dict[str, str]:
    """Non-ASCII character -> ASCII letter/digit it can be mistaken for.

    Built once from the Unicode confusables data shipped in the `confusable_homoglyphs`
    package (no network): the characters listed as homoglyphs of [a-zA-Z0-9]. Letter
    targets win over digit targets; targets are lowercased.
    """
    global _CONF
    if _CONF is None:
        import os
        from importlib.util import find_spec

        from gigcheck.build_cache import cached_build

        # Reading the 900 KB data file takes ~35 ms and yields ~1,400 entries: they are
        # kept in the build cache, keyed by the data file (found without importing it).
        spec = find_spec("confusable_homoglyphs")
        folder = os.path.dirname(spec.origin) if spec and spec.origin else ""
        path = os.path.join(folder, "confusables.json")
        st = os.stat(path)
        _CONF = cached_build(
            "confusables",
            {"path": path, "size": st.st_size, "mtime": st.st_mtime_ns},
            lambda: _read_confusables(path),
            (),
        )
    return _CONF


def _read_confusables(path: str) -> dict[str, str]:
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    table: dict[str, str] = {}
    keys = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    for key in keys:
        for entry in data.get(key, ()):
            h = entry["c"].strip("\u200e\u200f")
            if len(h) == 1 and not h.isascii() and h not in table:
                table[h] = key
    return table


def latin_of(x: str) -> str | None:
    """The ASCII letter/digit that character `x` (any case) looks like, if any."""
    conf = _confusables()
    t = conf.get(x)
    if t is None:
        low = x.casefold()
        if len(low) == 1:
            t = conf.get(low)
        if t is None:
            d = unicodedata.normalize("NFD", low)
            if len(d) > 1 and all(unicodedata.category(m)[0] == "M" for m in d[1:]):
                t = conf.get(d[0])
            if t is None:
                # Small letters shaped like small capitals (Cyrillic "к", "т", "н",
                # Greek "κ", "τ") are listed only through their capitals.
                t = _SMALL_OVERRIDES.get(low)
                if t is None:
                    up = x.upper()
                    if len(up) == 1 and up != x:
                        t = conf.get(up)
            if t is None:
                return None
    # The data lists I-shaped capitals (Cyrillic І, Greek Ι) under "l" (the UTS #39
    # skeleton of "I"); a capital I-shape reads as "I", which lowercases to "i".
    if t == "l" and x.isupper():
        return "i"
    return t.lower()
