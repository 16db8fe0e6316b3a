"""`collapse_spaced`: letters spelled out one by one ("s k y p e") joined into words."""
from __future__ import annotations

import re

from gigcheck.text.fold import latinize_joined
from gigcheck.text.normalized import Normalized, as_normalized, chain

__all__ = ["collapse_spaced"]

_SEP_CHARS = " .-_*\u00b7\u2022"
# A single letter/digit (no letter or digit on either side), then 2+ more, each after
# the same separator string of 1-3 characters (so "i.e. a" is not glued: "." then
# ". "). Separators and letters are disjoint classes, so each repetition can only
# match one way: linear time.
_SPACED = re.compile(
    r"(?<![^\W_])[^\W_](?![^\W_])([ .\-_*\u00b7\u2022]{1,3})[^\W_](?![^\W_])"
    r"(?:\1[^\W_](?![^\W_]))+"
)


def collapse_spaced(text: str | Normalized) -> Normalized:
    """Join 3+ single letters/digits separated by spaces, dots, dashes, underscores,
    asterisks or bullets: "d a n n y", "s.k.y.p.e", "4 1 5 5 5 5", "s - k - y - p - e"
    become one word. The separator (1-3 such characters) must be the same all along
    the run. Prose is left alone: "I am a pro" has no three single letters in a row,
    "i.e. a" changes separator. Acronyms like "u.s.a" do collapse (harmless). A
    joined word that mixes scripts gets fold's look-alike mapping ("ѕ k у p e" with
    Cyrillic letters -> "skype"), so run it after `fold`.
    """
    base = as_normalized(text)
    s = base.text
    out: list[str] = []
    local: list[int] = []
    pos = 0
    for m in _SPACED.finditer(s):
        a, b = m.span()
        if a > pos:
            out.append(s[pos:a])
            local.extend(range(pos, a))
        kept = [i for i in range(a, b) if s[i] not in _SEP_CHARS]
        word = "".join(s[i] for i in kept)
        if not word.isascii():
            word = latinize_joined(word)
        out.append(word)
        local.extend(kept)
        pos = b
    if not pos:
        return base
    out.append(s[pos:])
    local.extend(range(pos, len(s) + 1))
    return chain(base, "".join(out), local)
