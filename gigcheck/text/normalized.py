"""Normalized views of text, with an offset map back to the original.

Contact detectors (emails, phones, messenger handles) must see through disguises:
zero-width characters, fullwidth or mathematical letters, Cyrillic look-alikes,
"s k y p e", "sk1pe", "four one five". Each normalizer (`fold`, `collapse_spaced`,
`deleet`, `letters_to_digits`, `words_to_digits`) returns a `Normalized`: the
transformed text plus `origin`, which maps every normalized character back to the
ORIGINAL string, so a match found in the normalized text is reported at what the
seller wrote.

Every normalizer accepts a `str` or a `Normalized`; given a `Normalized`, it transforms
its `text` and composes the maps, so chains keep pointing at the first input::

    n = collapse_spaced(fold(paragraph))
    a, b = n.span(m.start(), m.end())      # offsets in `paragraph`

Typical views:
  * words / handles / emails:  ``collapse_spaced(fold(t))``
  * vocabulary with leetspeak: ``deleet(collapse_spaced(fold(t)))`` (not for emails:
    it turns "@" inside words into "a")
  * phone numbers: ``collapse_spaced(letters_to_digits(words_to_digits(fold(t), words)))``

All normalizers run in time linear in the input (plain loops and regexes whose
repeated parts cannot overlap).
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = ["Normalized", "apply_edits", "as_normalized", "chain", "compose", "without"]


# Not frozen (as `Match`): each view of each run is one, and a frozen dataclass sets its
# fields through object.__setattr__; `unsafe_hash` keeps the hashing of a frozen one.
@dataclass(slots=True, unsafe_hash=True)
class Normalized:
    """A normalized text and the map back to the original.

    `origin` has ``len(text) + 1`` entries: ``origin[i]`` is the index in `source` of
    the original character that produced normalized character ``i`` (several
    normalized characters may share one, as in "ß" -> "ss"; one may stand for several,
    as in "four" -> "4", where it points at the first), and ``origin[len(text)] ==
    len(source)``. It is non-decreasing. When the map is one-to-one it is a `range`
    (nothing is built per character); otherwise a list. Treat it as read-only.
    """

    text: str
    origin: Sequence[int]
    source: str

    @classmethod
    def identity(cls, text: str) -> Normalized:
        return cls(text, range(len(text) + 1), text)

    @property
    def aligned(self) -> bool:
        """True when normalized index i is original index i (same length, 1:1 map)."""
        return isinstance(self.origin, range)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[a, b)`` covering the normalized characters ``[start, end)``.

        `a` is where the first one came from; `b` is where the original material that
        produced the last one ends, i.e. where the next normalized character's source
        begins. So the span also covers characters dropped in between (zero-width
        characters, separators removed by `collapse_spaced`) and whole words replaced
        by `words_to_digits`. Out-of-range arguments are clamped.
        """
        o = self.origin
        n = len(o) - 1
        start = 0 if start < 0 else n if start > n else start
        end = start if end < start else n if end > n else end
        a = o[start]
        if end == start:
            return a, a
        last = o[end - 1]
        b = o[end]
        if b == last:  # the next normalized char came from the same original char
            b = o[min(bisect_right(o, last, end), n)]
        return a, b

    def original(self, start: int, end: int) -> str:
        """The original text behind normalized ``[start, end)``."""
        a, b = self.span(start, end)
        return self.source[a:b]


def as_normalized(text: str | Normalized) -> Normalized:
    return text if isinstance(text, Normalized) else Normalized.identity(text)


def compose(first: Normalized, second: Normalized) -> Normalized:
    """`second` was computed from ``first.text``; map it back to ``first.source``."""
    if second.origin[-1] != len(first.text):
        raise ValueError("second was not computed from first.text")
    o2 = second.origin
    if isinstance(o2, range):
        return Normalized(second.text, first.origin, first.source)
    o1 = first.origin
    if isinstance(o1, range):
        return Normalized(second.text, o2, first.source)
    return Normalized(second.text, [o1[k] for k in o2], first.source)


def chain(base: Normalized, text: str, local: list[int] | None) -> Normalized:
    """Wrap a step's result; `local` maps into base.text (None: 1:1)."""
    if local is None:
        if text == base.text:
            return base
        return Normalized(text, base.origin, base.source)
    o1 = base.origin
    if isinstance(o1, range):
        return Normalized(text, local, base.source)
    return Normalized(text, [o1[k] for k in local], base.source)


def without(base: Normalized, drop: set[int]) -> Normalized:
    """`base` without the characters of `base.text` at the indices `drop` (blanks closed
    up between the pieces of a word); `base` itself when `drop` is empty."""
    if not drop:
        return base
    s = base.text
    local = [k for k in range(len(s) + 1) if k not in drop]
    return chain(base, "".join(s[k] for k in local[:-1]), local)


def apply_edits(s: str, edits: Iterable[tuple[int, int, str]]) -> Normalized:
    """`s` with each span [a, b) replaced by its text, mapped back to `s` (every
    replacement character to the start of its span). `edits` are sorted by position; one
    that overlaps an earlier one is skipped."""
    out: list[str] = []
    local: list[int] = []
    pos = 0
    for a, b, rep in edits:
        if a < pos:
            continue
        out.append(s[pos:a])
        local.extend(range(pos, a))
        out.append(rep)
        local.extend([a] * len(rep))
        pos = b
    out.append(s[pos:])
    local.extend(range(pos, len(s) + 1))
    return Normalized("".join(out), local, s)
