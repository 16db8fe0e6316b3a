"""The first of a list of word sets that is similar enough to a given one (Jaccard
similarity at least a threshold), without comparing every pair: a gig with thousands of
extras (hostile input) must not cost their square.

Prefix filtering (Chaudhuri et al., 2006): with the words of every set ordered the same
way, rarest first, two sets with similarity at least t share a word among the first
|A| - ceil(t·|A|) + 1 words of each. Only sets that share such a word, and whose sizes
allow the similarity, are compared. A set equal to an earlier one is not indexed (the
earlier one is found first), and the candidates compared per look-up are bounded
(MAX_COMPARED): beyond that a near-duplicate among thousands of look-alikes goes unnamed.
"""
from __future__ import annotations

import heapq
import math
from collections import Counter
from collections.abc import Iterable

MAX_COMPARED = 256


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


class SimilarSets:
    """Sets added in order; `first_similar` finds the earliest one similar to a set."""

    def __init__(self, threshold: float, vocabulary: Iterable[frozenset[str]]) -> None:
        """`vocabulary`: every set that will be added or looked up (for the word order)."""
        self.threshold = threshold
        counts: Counter[str] = Counter()
        for s in vocabulary:
            counts.update(s)
        self._rank = {w: i for i, (w, _) in enumerate(sorted(counts.items(), key=lambda kv: (kv[1], kv[0])))}
        self._sets: list[frozenset[str]] = []
        self._seen: set[frozenset[str]] = set()
        self._postings: dict[str, list[int]] = {}

    def _prefix(self, s: frozenset[str]) -> list[str]:
        n = len(s)
        keep = n - math.ceil(self.threshold * n - 1e-9) + 1
        return sorted(s, key=lambda w: self._rank.get(w, -1))[: max(1, keep)]

    def add(self, s: frozenset[str]) -> int:
        """Adds `s` (non-empty); its index."""
        i = len(self._sets)
        self._sets.append(s)
        if s not in self._seen:
            self._seen.add(s)
            for w in self._prefix(s) if self.threshold > 0 else [""]:
                self._postings.setdefault(w, []).append(i)
        return i

    def first_similar(self, s: frozenset[str]) -> int | None:
        """The index of the earliest added set with similarity to `s` of at least the
        threshold, or None."""
        if not s:
            return None
        lists = [self._postings.get(w, []) for w in (self._prefix(s) if self.threshold > 0 else [""])]
        low, high = self.threshold * len(s), len(s) / self.threshold if self.threshold > 0 else math.inf
        compared = 0
        last = -1
        for i in heapq.merge(*lists):
            if i == last:
                continue
            last = i
            other = self._sets[i]
            if not low - 1e-9 <= len(other) <= high + 1e-9:
                continue
            if jaccard(s, other) >= self.threshold:
                return i
            compared += 1
            if compared >= MAX_COMPARED:
                return None
        return None
