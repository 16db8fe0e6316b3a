"""Sets of characters as sorted ranges of code points, for the linear-time check of
patterns (rules/regex_safety.py): the algebra, and the sets `re` itself uses (Unicode
`\\w`, `\\d`, `\\s`, and case classes under IGNORECASE), computed from `re` so that the
check agrees with what runs."""
from __future__ import annotations

import array
import bisect
import re
import sys
from functools import cache, lru_cache
from re import _constants as C  # type: ignore[attr-defined]

Charset = tuple[tuple[int, int], ...]  # sorted, disjoint, non-adjacent [lo, hi] ranges
ALL: Charset = ((0, 0x10FFFF),)
EMPTY: Charset = ()


def _merge(ranges: list[tuple[int, int]]) -> Charset:
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(ranges):
        if out and lo <= out[-1][1] + 1:
            if hi > out[-1][1]:
                out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return tuple(out)


def union(*sets: Charset) -> Charset:
    return _merge([r for s in sets for r in s])


def complement(s: Charset) -> Charset:
    out, at = [], 0
    for lo, hi in s:
        if lo > at:
            out.append((at, lo - 1))
        at = hi + 1
    if at <= 0x10FFFF:
        out.append((at, 0x10FFFF))
    return tuple(out)


def intersect(a: Charset, b: Charset) -> Charset:
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        lo, hi = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if lo <= hi:
            out.append((lo, hi))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return tuple(out)


_SHOWN_FIRST = [ord(c) for c in "a0 -_.x/!@A\n"]


def example(s: Charset) -> int | None:
    """A character of `s` to show in a message: a familiar one when there is one."""
    for c in _SHOWN_FIRST:
        k = bisect.bisect_right(s, (c, 0x10FFFF)) - 1
        if k >= 0 and s[k][0] <= c <= s[k][1]:
            return c
    return s[0][0] if s else None


def witness(a: Charset, b: Charset) -> int | None:
    """A character in both sets, or None."""
    i = j = 0
    while i < len(a) and j < len(b):
        lo, hi = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if lo <= hi:
            return lo
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return None


def subset(a: Charset, b: Charset) -> bool:
    return witness(a, complement(b)) is None


@lru_cache(maxsize=1)
def _every_character() -> str:
    codes = array.array("I", range(0xD800))
    codes.extend(range(0xE000, 0x110000))
    if codes.itemsize != 4:  # pragma: no cover - no such platform in CI
        return "".join(map(chr, codes))
    return codes.tobytes().decode("utf-32-le" if sys.byteorder == "little" else "utf-32-be")


@cache
def _category(pattern: str, ascii: bool) -> Charset:
    """The characters `re` matches with `pattern` (`\\w`, `\\d`, `\\s`), as ranges."""
    flags = re.ASCII if ascii else 0
    runs = re.finditer(pattern + "+", _every_character(), flags)
    return _merge([(ord(m.group()[0]), ord(m.group()[-1])) for m in runs])


_CATEGORIES = {
    C.CATEGORY_DIGIT: (r"\d", False), C.CATEGORY_NOT_DIGIT: (r"\d", True),
    C.CATEGORY_SPACE: (r"\s", False), C.CATEGORY_NOT_SPACE: (r"\s", True),
    C.CATEGORY_WORD: (r"\w", False), C.CATEGORY_NOT_WORD: (r"\w", True),
}


def category_set(cat: object, ascii: bool = False) -> Charset:
    if cat in (C.CATEGORY_LINEBREAK,):
        return ((10, 10),)
    if cat in (C.CATEGORY_NOT_LINEBREAK,):
        return complement(((10, 10),))
    base, negated = _CATEGORIES[cat]
    s = _category(base, ascii)
    return complement(s) if negated else s


def word_set(ascii: bool = False) -> Charset:
    return _category(r"\w", ascii)


@lru_cache(maxsize=1)
def _case_classes() -> tuple[list[int], dict[int, tuple[int, ...]]]:
    """Characters that have other cases, sorted, and each one's case class (the
    characters `re` treats as the same under IGNORECASE)."""
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    def join(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    text = _every_character()
    step = 512
    for start in range(0, len(text), step):
        chunk = text[start:start + step]
        if chunk.lower() == chunk and chunk.upper() == chunk:
            continue
        for ch in chunk:
            for other in (ch.lower(), ch.upper()):
                if len(other) == 1 and other != ch:
                    join(ord(ch), ord(other))
    try:
        from re import _casefix  # type: ignore[attr-defined]

        for a, extra in _casefix._EXTRA_CASES.items():
            for b in extra:
                join(a, b)
    except ImportError:  # pragma: no cover - older layouts
        pass
    classes: dict[int, list[int]] = {}
    for x in parent:
        classes.setdefault(find(x), []).append(x)
    members = {x: tuple(sorted(set(v) | {r})) for r, v in classes.items() for x in (*v, r)}
    return sorted(members), members


@lru_cache(maxsize=4096)
def case_closure(s: Charset) -> Charset:
    """`s` with every other case of its characters."""
    cased, members = _case_classes()
    extra: list[tuple[int, int]] = []
    for lo, hi in s:
        for k in range(bisect.bisect_left(cased, lo), bisect.bisect_right(cased, hi)):
            extra.extend((c, c) for c in members[cased[k]])
    return _merge([*s, *extra]) if extra else s


def describe_char(code: int) -> str:
    ch = chr(code)
    return repr(ch) if ch.isprintable() and not ch.isspace() else f"U+{code:04X}" + (" (space)" if ch == " " else "")

