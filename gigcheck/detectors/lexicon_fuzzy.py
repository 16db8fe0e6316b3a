"""Disguised forms of names: one typo, a mask, a split, no vowels."""
from __future__ import annotations

from gigcheck.detectors.lexicon_trie import ANY, MASK, SEP
from gigcheck.regex_cache import cached_regex

__all__ = ["masked", "name_variants", "near"]

_VOWELS = frozenset("aeiouy")


def name_variants(n: str) -> set[str]:
    """The disguised spellings of name `n` as trie symbols (`ANY`, `MASK`, `SEP`):
    one substitution, insertion, deletion or swap of neighbours (the first letter kept),
    1-3 letters masked, split once, and without vowels."""
    variants: set[str] = set()
    for i in range(1, len(n)):
        variants.add(n[:i] + n[i + 1:])  # deletion
        variants.add(n[:i] + ANY + n[i + 1:])  # substitution
        variants.add(n[:i] + SEP + n[i:])  # split once
        if i < len(n) - 1:
            variants.add(n[:i] + n[i + 1] + n[i] + n[i + 2:])  # swap
        for j in range(i + 1, min(len(n), i + 3) + 1):
            shown = len(n) - (j - i)
            if shown >= 2 and shown * 5 >= len(n) * 2:
                variants.add(n[:i] + MASK + n[j:])  # masked
    for i in range(1, len(n) + 1):
        variants.add(n[:i] + ANY + n[i:])  # insertion
    for star in _MASK_CHARS:
        # every letter but the first and the last masked, one mark each: the length
        # still tells the name ("W******p", "T******m"). why (rt20/rt22 disguise)
        variants.add(n[0] + star * (len(n) - 2) + n[-1])
    bare = n[0] + "".join(c for c in n[1:] if c not in _VOWELS)
    if len(bare) >= 4 and bare != n:
        variants.add(bare)
    variants.discard(n)
    return variants


def near(a: str, b: str) -> bool:
    """`a` is one edit (or one swap of neighbours) away from `b`, or `b` without vowels."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return a == b[0] + "".join(c for c in b[1:] if c not in _VOWELS)
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long_ = (a, b) if la < lb else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1:]


def masked(k: str, name: str) -> bool:
    """`k` is `name` with 1-3 of its letters (not the first) shown as mask characters,
    or with all but its first and last letter masked one mark for one letter."""
    m = _MASKED.fullmatch(k)
    if m is None:
        return False
    head, marks, tail = m.groups()
    hidden = len(name) - len(head) - len(tail)
    if not (name.startswith(head) and name.endswith(tail)):
        return False
    if len(head) == 1 and len(tail) == 1 and len(marks) == hidden:
        return True
    return 1 <= hidden <= 3 and len(marks) <= 3


_MASK_CHARS = "*•"
_MASKED = cached_regex(r"([a-z]+)([*•]+)([a-z]*)")
