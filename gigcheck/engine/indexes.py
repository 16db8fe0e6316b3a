"""Indexes over a whole batch of gigs, for the cross-gig rules (rules/batch.py).

Gigs are numbered in input order. Each gig has an owner: its seller's number when the
seller is known, else a number of its own (an unknown seller may be anyone). Matches are
only ever between gigs of different owners.

Both indexes hold a few bytes per gig and never a pair list, so a batch of 20,000 gigs
costs a few MiB: `ExactIndex` a list of gig numbers per distinct key (contact details are
few), `NearDuplicateIndex` one 256-byte MinHash signature per gig in one buffer, searched
with LSH banding in numpy once every gig is in.
"""
from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Hashable
from functools import lru_cache
from typing import Any

from gigcheck.detectors.minhash import NUM_PERM, prepare
from gigcheck.records import Match

MAX_NAMED = 3  # other gigs named in a message; the rest are counted
# A group keeps its MAX_NEIGHBOURS most similar groups: with thousands of variants of one
# template, every copy is still found, and the count of other drafts is then a lower
# bound (identical copies are always counted in full).
MAX_NEIGHBOURS = 64
_SLICE = 1 << 16  # candidate pairs verified at a time


class ExactIndex:
    """Gigs by exact key (a normalized contact detail)."""

    def __init__(self) -> None:
        self._by_key: dict[Hashable, list[tuple[int, int]]] = {}
        self._known: dict[Hashable, Counter[int]] = {}

    def add(self, gig: int, owner: int, key: Hashable) -> None:
        self._by_key.setdefault(key, []).append((gig, owner))

    def finish(self) -> None:
        # Known sellers per shared key, so that a match never walks every gig of a key
        # (20,000 drafts with one email address would make that quadratic).
        for key, entries in self._by_key.items():
            if len(entries) > 1:
                self._known[key] = Counter(o for _, o in entries if o >= 0)

    def match(self, gig: int, owner: int, key: Hashable) -> Match | None:
        entries = self._by_key.get(key, ())
        if len(entries) < 2:
            return None
        mine = self._known.get(key, Counter())[owner] if owner >= 0 else 1  # 1: the gig itself
        total = len(entries) - mine
        if total <= 0:
            return None
        named: list[int] = []
        for g, o in entries:  # skips at most `mine` entries
            if o != owner:
                named.append(g)
                if len(named) == MAX_NAMED:
                    break
        return Match(tuple(named), total)


@lru_cache(maxsize=8)
def lsh_bands(threshold: float, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """Bands `b` and rows `r` (b*r <= num_perm) whose S-curve 1-(1-s^r)^b best separates
    similarities below `threshold` from those above (false positives and false negatives
    weighted alike, as datasketch's MinHashLSH chooses them)."""
    steps = 50  # midpoint rule: plenty for choosing among whole numbers of bands

    def area(b: int, r: int, lo: float, hi: float, above: bool) -> float:
        total = 0.0
        for k in range(steps):
            s = lo + (hi - lo) * (k + 0.5) / steps
            p = 1 - (1 - s**r) ** b
            total += (1 - p if above else p) * (hi - lo) / steps
        return total

    best: tuple[float, int, int] | None = None
    for b in range(1, num_perm + 1):
        for r in range(1, num_perm // b + 1):
            err = area(b, r, 0.0, threshold, False) + area(b, r, threshold, 1.0, True)
            if best is None or err < best[0]:
                best = (err, b, r)
    assert best is not None
    return best[1], best[2]


class NearDuplicateIndex:
    """Gigs whose MinHash signatures estimate a Jaccard similarity of at least `threshold`."""

    def __init__(self, threshold: float) -> None:
        prepare()  # the index is built before the pool starts: workers inherit numpy
        self.threshold = threshold
        self._gigs = array("q")
        self._owners = array("q")
        self._groups = array("q")
        # Distinct signatures, numbered as they come: copies cost 24 bytes, not 256.
        self._ids: dict[bytes, int] = {}
        self._ready = False

    def add(self, gig: int, owner: int, key: bytes) -> None:
        self._gigs.append(gig)
        self._owners.append(owner)
        self._groups.append(self._ids.setdefault(key, len(self._ids)))

    def finish(self) -> None:
        """Link groups of identical signatures that LSH banding pairs and whose signatures
        agree at `threshold` or more."""
        import numpy as np

        uniq = np.frombuffer(b"".join(self._ids), dtype="<u4").reshape(len(self._ids), NUM_PERM)
        self._ids = {}
        self._gig_rows = np.frombuffer(self._gigs, dtype=np.int64)
        group = np.frombuffer(self._groups, dtype=np.int64)
        self._group = group
        # Members of each group, in input order (rows are in input order; the sort is stable).
        self._order = np.argsort(group, kind="stable")
        sizes = np.bincount(group, minlength=len(uniq))
        self._starts = np.concatenate(([0], np.cumsum(sizes)))
        owners = np.frombuffer(self._owners, dtype=np.int64)
        self._owners_np = owners
        # Known sellers per group, to leave a seller's own gigs out of the counts.
        self._known: dict[int, Counter[int]] = {}
        for row in np.nonzero(owners >= 0)[0]:
            self._known.setdefault(int(group[row]), Counter())[int(owners[row])] += 1
        self._neighbours = self._link(uniq)
        self._ready = True

    def _link(self, uniq: Any) -> dict[int, list[tuple[float, int]]]:
        """Groups whose signatures agree at `threshold` or more, most similar first.

        Candidate pairs come from LSH banding and are kept as int64 pair codes, verified in
        slices: memory stays bounded even when thousands of near-copies share buckets.
        """
        import numpy as np

        m = len(uniq)
        if m < 2:
            return {}
        b, r = lsh_bands(self.threshold)
        codes = []
        for band in range(b):
            cols = np.ascontiguousarray(uniq[:, band * r : (band + 1) * r])
            rows = cols.view(np.dtype((np.void, cols.dtype.itemsize * r))).reshape(-1)
            _, bucket = np.unique(rows, return_inverse=True)
            left, right = _bucket_pairs(bucket.reshape(-1))
            codes.append(np.minimum(left, right) * m + np.maximum(left, right))
        pairs = np.unique(np.concatenate(codes))
        pairs = pairs[pairs // m != pairs % m]  # a leader paired with itself
        left, right = pairs // m, pairs % m
        sims = np.empty(len(pairs))
        for k in range(0, len(pairs), _SLICE):
            agree = uniq[left[k : k + _SLICE]] == uniq[right[k : k + _SLICE]]
            sims[k : k + _SLICE] = agree.sum(axis=1) / NUM_PERM
        keep = sims >= self.threshold
        u = np.concatenate([left[keep], right[keep]]).astype(np.int32)
        v = np.concatenate([right[keep], left[keep]]).astype(np.int32)
        s = np.concatenate([sims[keep], sims[keep]])
        order = np.lexsort((v, -s, u))
        u, v, s = u[order], v[order], s[order]
        # Rank within each group (most similar first); keep the first MAX_NEIGHBOURS.
        starts = np.flatnonzero(np.r_[True, u[1:] != u[:-1]])
        rank = np.arange(len(u)) - np.repeat(starts, np.diff(np.r_[starts, len(u)]))
        top = rank < MAX_NEIGHBOURS
        links: dict[int, list[tuple[float, int]]] = {}
        for uu, vv, ss in zip(u[top].tolist(), v[top].tolist(), s[top].tolist(), strict=True):
            links.setdefault(uu, []).append((ss, vv))
        return links

    def _members(self, g: int, limit: int) -> list[int]:
        """The first `limit` rows of group `g`, in input order."""
        start = int(self._starts[g])
        rows: list[int] = self._order[start : min(start + limit, int(self._starts[g + 1]))].tolist()
        return rows

    def match(self, gig: int, owner: int, key: bytes) -> Match | None:
        assert self._ready, "finish() first"
        import numpy as np

        row = int(np.searchsorted(self._gig_rows, gig))
        if row >= len(self._gig_rows) or self._gig_rows[row] != gig:
            return None
        g = int(self._group[row])
        groups = [(1.0, g), *self._neighbours.get(g, ())]
        total, best, least = 0, 0.0, 1.0
        named: list[int] = []
        shares: list[float] = []  # each named gig's similarity: its group's, as the pair's signatures agree
        for sim, h in groups:
            size = int(self._starts[h + 1] - self._starts[h])
            mine = self._known.get(h, Counter())[owner] if owner >= 0 else 0
            if owner < 0 and h == g:
                mine = 1  # the gig itself
            others = size - mine
            if others <= 0:
                continue
            total += others
            best, least = max(best, sim), min(least, sim)
            if len(named) < MAX_NAMED:
                # Only `mine` rows can be skipped: never walk a huge group of copies.
                for other in self._members(h, MAX_NAMED + mine + 1):
                    if int(self._owners_np[other]) != owner:
                        named.append(int(self._gig_rows[other]))
                        shares.append(sim)
                        if len(named) == MAX_NAMED:
                            break
        return Match(tuple(named), total, best, tuple(shares), least) if total else None


def _bucket_pairs(bucket: Any) -> tuple[Any, Any]:
    """(left, right) row arrays pairing rows that share a bucket: each member with the
    bucket's first member and with the next one. At most two pairs per row and band, all
    in numpy: a bucket of thousands of near-copies costs no quadratic pair list, and every
    copy is still paired with copies of its own."""
    import numpy as np

    order = np.argsort(bucket, kind="stable")
    same = bucket[order][1:] == bucket[order][:-1]  # position k+1 shares k's bucket
    chain_left, chain_right = order[:-1][same], order[1:][same]
    first = np.maximum.accumulate(np.where(np.r_[True, ~same], np.arange(len(order)), 0))
    member = np.r_[False, same]
    return np.concatenate([chain_left, order[first][member]]), np.concatenate([chain_right, order[member]])
