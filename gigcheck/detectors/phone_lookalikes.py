"""Letters typed for the digits they resemble, next to a phone word: "phone: 4l5-S55-Ol32".

Beyond O/I/l (which the digits view reads already where a stretch holds enough real
digits), "S55" and "Z" for 2; "b" only where the seller typed a capital "B" (a small
"b" looks like 6).
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from gigcheck.detectors.phone_guards import context
from gigcheck.detectors.phone_validity import valid
from gigcheck.detectors.phone_vocab import TOKEN, PhoneVocab
from gigcheck.regex_cache import cached_regex
from gigcheck.text.normalized import Normalized

__all__ = ["lookalike_edits"]

# In the folded view.
_LOOKALIKE = {"o": "0", "i": "1", "l": "1", "s": "5", "z": "2", "b": "8"}
_LOOKALIKE_TABLE = str.maketrans(_LOOKALIKE)
_LOOKALIKE_TOKEN = cached_regex(r"(?<![^\W_])[oilszb]*[0-9][0-9oilszb]*(?![^\W_])")
_LOOKALIKE_SEP = frozenset(" -.()/")


def lookalike_edits(norm: Normalized, pv: PhoneVocab) -> list[tuple[int, int, str]]:
    """Look-alike letters to read as digits ("phone: 4l5-S55-Ol32"): in a stretch of
    tokens of digits and such letters, each at least half digits, right after a phone
    word or "+". Elsewhere "S3", "Z690" or "B2B 2024" are names of their own."""
    s = norm.text
    edits: list[tuple[int, int, str]] = []
    for stretch in _lookalike_stretches(s):
        letters = [m.start() + k for m in stretch for k, ch in enumerate(m.group()) if ch.isalpha()]
        if not letters or sum(len(m.group()) for m in stretch) < 7:
            continue
        if any(2 * sum(ch.isalpha() for ch in m.group()) > len(m.group()) for m in stretch):
            continue
        if any(s[i] == "b" and norm.original(i, i + 1) != "B" for i in letters):
            continue
        a, b = stretch[0].start(), stretch[-1].end()
        plus = s[max(0, a - 2):a].rstrip().endswith("+")
        labelled = any(t in pv.context for t in TOKEN.findall(s[max(0, a - 25):a])[-3:])
        if not (labelled or plus) or context(s, a, b, pv)[1]:
            continue
        # Model names read as digits too ("call me about the S23 2024 2025"): only a
        # valid number, not a merely possible length, is one.
        number = s[a:b].translate(_LOOKALIKE_TABLE)
        if valid("+" + number if plus else number, (None,) if plus else pv.regions) is None:
            continue
        edits.extend((i, i + 1, _LOOKALIKE[s[i]]) for i in letters)
    return edits


def _lookalike_stretches(s: str) -> Iterator[list[re.Match[str]]]:
    """Runs of look-alike tokens joined by up to three phone separators."""
    stretch: list[re.Match[str]] = []
    for m in _LOOKALIKE_TOKEN.finditer(s):
        if stretch:
            gap = s[stretch[-1].end():m.start()]
            if len(gap) > 3 or not set(gap) <= _LOOKALIKE_SEP:
                yield stretch
                stretch = []
        stretch.append(m)
    if stretch:
        yield stretch
