"""A channel's name cut in two by a line break or a list item's break, read whole.

"теле⏎грам", "1. теле⏎2. грам", "加我V⏎信：", "微⏎信" are one word to a reader: the layout
cut it, no hyphen marks the cut (`join_hyphenated` joins the hyphenated ones). Joining
every such cut would glue ordinary words ("we⏎chat"), so a cut is closed only where
the two pieces around it spell one of the pack's channel names exactly, and not when
both pieces are Latin letters only (English words meet so: "we chat", "what's app";
the channel lexicon reads Latin names broken over a line itself, `Lexicon.add_split`).
The cut's blanks are dropped from the view, so a finding over the name spans both
lines and reports each end where the seller wrote it.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from gigcheck.records import TextRun
from gigcheck.text.normalized import Normalized, without
from gigcheck.text.trie import glued

__all__ = ["join_split_names", "run_cuts"]

_REACH = 12  # a channel's name is at most this long on either side of the cut


def run_cuts(run: TextRun, source: str) -> list[int]:
    """Offsets in `run.text` where the source breaks a line: a line break kept in the
    text, or a joining separator standing for one (list items read on as a phrase)."""
    cuts = [i for i, ch in enumerate(run.text) if ch == "\n"]
    cuts += [
        seg.text_start for seg in run.segments
        if seg.text_len != seg.src_len
        and run.text[seg.text_start:seg.text_start + seg.text_len].isspace()
        and "\n" in source[seg.src_start:seg.src_start + seg.src_len]
    ]
    return sorted(set(cuts))


def join_split_names(view: Normalized, cuts: Iterable[int], names: frozenset[str]) -> Normalized:
    """`view` without the blanks of each cut (offsets of `view.source`) that parts a
    channel's name (`names`, folded as `view`)."""
    s = view.text
    drop: set[int] = set()
    for cut in cuts:
        at = _view_index(view, cut)
        if at is None or not s[at].isspace():
            continue
        a, b = at, at
        while a > 0 and s[a - 1].isspace():
            a -= 1
        while b < len(s) and s[b].isspace():
            b += 1
        if _parts_name(s, a, b, names):
            drop.update(range(a, b))
    return without(view, drop)


def _view_index(view: Normalized, offset: int) -> int | None:
    """The index in `view.text` of the character from source offset `offset`, if kept."""
    o = view.origin
    lo, hi = 0, len(o) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if o[mid] < offset:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < len(view.text) and o[lo] == offset else None


def _parts_name(s: str, a: int, b: int, names: frozenset[str]) -> bool:
    """Whether the letters ending at `a` and those starting at `b` spell a name of
    `names` together (each piece a whole word unless its script has no spaces)."""
    whole, stems = _split_entries(names)
    left = _edge(s, max(0, a - _REACH), a, from_end=True)
    right = _edge(s, b, min(len(s), b + _REACH), from_end=False)
    if left.isascii() and right.isascii():
        return False  # Latin pieces are never joined (most cuts of most gigs)
    for i in range(len(left)):
        head = left[i:]
        if i and not (glued(head[0]) or glued(left[i - 1])):
            continue  # a Latin or Cyrillic piece starts at its word's start
        for j in range(len(right), 0, -1):
            tail = right[:j]
            word = head + tail
            if not _long_enough(word) or (_latin(head) and _latin(tail)):
                continue
            # a stem ("телеграм*") goes on into its word's ending ("телеграмі")
            if word in stems or (word in whole and (j == len(right) or glued(tail[-1]) or glued(right[j]))):
                return True
    return False


@lru_cache(maxsize=8)
def _split_entries(names: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """`names` as whole words, and the stems of those written with a closing "*"."""
    return (
        frozenset(n for n in names if not n.endswith("*")),
        frozenset(n[:-1] for n in names if n.endswith("*") and len(n) > 1),
    )


def _edge(s: str, a: int, b: int, from_end: bool) -> str:
    """The word characters of `s[a:b]` touching the cut (its end, or its start)."""
    if from_end:
        k = b
        while k > a and _word_char(s[k - 1]):
            k -= 1
        return s[k:b]
    k = a
    while k < b and _word_char(s[k]):
        k += 1
    return s[a:k]


def _word_char(ch: str) -> bool:
    """A letter, digit or combining mark (Devanagari's vowel signs: "टेली")."""
    return ch.isalnum() or unicodedata.category(ch).startswith("M")


def _latin(piece: str) -> bool:
    return piece.isascii()


def _long_enough(word: str) -> bool:
    """Two characters make a name only in a script without spaces ("微信", "V信");
    elsewhere four ("тг", "wa" cut in two are a letter a line: `join_hyphenated`)."""
    return len(word) >= 4 or (len(word) >= 2 and any(glued(c) for c in word))
