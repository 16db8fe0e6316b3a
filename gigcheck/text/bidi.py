"""Text in display order where a right-to-left override reverses it.

U+202E RIGHT-TO-LEFT OVERRIDE shows the characters after it, up to the matching U+202C
POP DIRECTIONAL FORMATTING (or the end of the line), in reverse order: the source
"\u202emoc.liamg@bob\u202c" shows as "bob@gmail.com". A reader sees the address, so the
detectors must read it that way. Right-to-left embeddings and isolates (U+202B, U+2067)
change the order of runs, not of the letters in a Latin word, so a plain address inside
them already reads as shown and is left as written.

The reversed characters all map to the first character of the override's content: an
origin map must not go backwards, so a finding inside it covers the override's content
as a whole ([first, last] of what is shown reversed), never less.
"""
from __future__ import annotations

from gigcheck.text.normalized import Normalized, as_normalized, compose

RLO = "\u202e"
PDF = "\u202c"
PDI = "\u2069"
_EMBEDDINGS = frozenset("\u202a\u202b\u202d\u202e")  # closed by PDF
_ISOLATES = frozenset("\u2066\u2067\u2068")  # closed by PDI


def display_order(given: str | Normalized) -> Normalized:
    """`given` with every right-to-left override's content reversed, mapped to its source."""
    base = as_normalized(given)
    if RLO not in base.text:
        return base
    return compose(base, _reversed(base.text))


def _reversed(text: str) -> Normalized:
    out: list[str] = []
    origin: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = text.find(RLO, i)
        if j < 0:
            j = n
        out.append(text[i:j])
        origin.extend(range(i, j))
        if j == n:
            break
        end = _closing(text, j + 1)
        out.append(RLO)
        origin.append(j)
        inner = text[j + 1:end]
        out.append(inner[::-1])
        origin.extend([j + 1] * len(inner))
        i = end
    origin.append(n)
    return Normalized("".join(out), origin, text)


def _closing(text: str, i: int) -> int:
    """Where the override whose content starts at `i` ends: its matching PDF (nested
    embeddings and isolates have their own closers) or the line break ending it."""
    embedded = isolated = 0
    for k in range(i, len(text)):
        c = text[k]
        if c == "\n":
            return k
        if c in _EMBEDDINGS:
            embedded += 1
        elif c in _ISOLATES:
            isolated += 1
        elif c == PDI and isolated:
            isolated -= 1
        elif c == PDF:
            if not embedded:
                return k
            embedded -= 1
    return len(text)
