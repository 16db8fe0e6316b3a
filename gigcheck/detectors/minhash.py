"""MinHash signatures of texts: small fixed-size sketches whose agreement estimates how
much two texts share (the Jaccard similarity of their sets of 3-word shingles).

This is k-permutation MinHash, the scheme of datasketch's `MinHash`: each of `NUM_PERM`
hash functions permutes the shingles' hashes and the signature keeps the minimum of each.
It is computed with numpy here rather than imported from datasketch, because
`import datasketch` loads every sketch it has and SciPy with them (0.55 s, measured): most
of the time budget of a whole 2,000-gig scan. The arithmetic is these few lines:

- a word is hashed once (crc32); a shingle's hash combines its three word hashes with odd
  64-bit multipliers (wrapping), so no shingle string is ever built;
- the permutations are multiply-add-shift hashes `(a*x + b) >> 32` over 64-bit words
  (Dietzfelbinger's universal family), which numpy computes without a modulo.

A signature is `NUM_PERM` little-endian uint32 (256 bytes): what a worker sends back.
"""
from __future__ import annotations

import zlib
from functools import lru_cache
from typing import Any

from gigcheck.regex_cache import cached_regex

NUM_PERM = 64
_WORD = cached_regex(r"\w+")
# Odd constants (golden ratio, murmur3's) that mix the three word hashes of a shingle.
_MIX = (0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F)


def words(text: str) -> list[str]:
    """Casefolded words: punctuation, spacing and case do not make a copy look original."""
    return _WORD.findall(text.casefold())


@lru_cache(maxsize=1)
def _coefficients() -> tuple[Any, ...]:
    """Fixed (seeded) coefficients: every process must permute alike to compare signatures."""
    import numpy as np

    rng = np.random.RandomState(1)
    a = rng.randint(1, 1 << 63, size=NUM_PERM, dtype=np.uint64) | np.uint64(1)  # odd
    b = rng.randint(0, 1 << 63, size=NUM_PERM, dtype=np.uint64)
    return a, b, np.uint64(_MIX[0]), np.uint64(_MIX[1]), np.uint64(32)


def prepare() -> None:
    """Load numpy and the coefficients now: called by the parent before workers fork, so
    they inherit both instead of each loading them."""
    _coefficients()


def signature(text: str, min_words: int = 0) -> bytes | None:
    """The signature of `text`'s 3-word shingles, or None when it has fewer than
    `min_words` words (or fewer than three: no shingle)."""
    ws = words(text)
    if len(ws) < max(3, min_words):
        return None
    import numpy as np

    a, b, m1, m2, shift = _coefficients()
    h = np.fromiter(map(zlib.crc32, map(str.encode, ws)), dtype=np.uint64, count=len(ws))
    with np.errstate(over="ignore"):  # wrapping multiplication is the point
        shingle = h[:-2] * m1 + h[1:-1] * m2 + h[2:]
        mins = ((shingle[:, None] * a + b) >> shift).min(axis=0)
    sig: bytes = mins.astype("<u4").tobytes()
    return sig


def similarity(sig_a: bytes, sig_b: bytes) -> float:
    """Estimated Jaccard similarity: the share of positions where two signatures agree."""
    import numpy as np

    x = np.frombuffer(sig_a, dtype="<u4")
    y = np.frombuffer(sig_b, dtype="<u4")
    return float(np.count_nonzero(x == y)) / NUM_PERM
