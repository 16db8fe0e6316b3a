"""Words as the extras judge reads them: tokens with offsets and normalized forms, word
sets and phrases matched on those forms, and addresses blanked out of a text. Pure
functions over strings.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from gigcheck.regex_cache import cached_regex

__all__ = [
    "NUMERIC",
    "SENTENCE",
    "TOKEN",
    "Phrases",
    "Tok",
    "blank_addresses",
    "norms",
    "stem",
    "tokens",
    "verb_forms",
    "word_set",
]

# A word: digits with inner separators (1,250 / 2.5) or letters/digits with inner
# apostrophes. Each alternative is a plain class run; separators are outside the class.
TOKEN = cached_regex(r"\d+(?:[.,]\d+)+|[^\W_]+(?:['\u2019][^\W_]+)*")
_NUM_UNIT = cached_regex(r"(\d+)([^\W\d_]+)")  # "30min", "1h", "24bit" (fullmatch)
NUMERIC = cached_regex(r"\d+(?:[.,]\d+)*")
SENTENCE = cached_regex(r"[^.!?\n]+[.!?]*")
# What marks a web or email address; `blank_addresses` blanks the word around each mark.
_ADDRESS_MARK = cached_regex(r"@|://|www\.", re.IGNORECASE)
_SPACE = cached_regex(r"\s")


def blank_addresses(text: str, min_word: int = 0) -> str:
    """`text` with every address (a word holding "@", "://" or "www.") and, with
    `min_word`, every word at least that long, replaced by spaces: offsets are unchanged.
    Literal scans and string methods only, so hostile text ("a@a@a@...") stays linear."""
    spans: list[tuple[int, int]] = []
    end = 0
    for m in _ADDRESS_MARK.finditer(text):
        if m.start() < end:
            continue  # in the word already blanked
        a = m.start()
        while a > end and not text[a - 1].isspace():
            a -= 1
        nxt = _SPACE.search(text, m.end())
        end = nxt.start() if nxt else len(text)
        spans.append((a, end))
    if min_word:
        spans += [(w.start(), w.end()) for w in re.finditer(rf"\S{{{min_word},}}", text)]
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


@dataclass(slots=True)
class Tok:
    raw: str
    low: str  # lower case, straight apostrophes
    norm: str  # low, possessive dropped, naive singular
    start: int
    end: int
    num: bool = False


def _singular(w: str) -> str:
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 3:
        if w.endswith("ies"):
            return w[:-3] + "y"
        if w.endswith("s") and not w.endswith(("ss", "us", "is")):
            return w[:-1]
    return w


def stem(w: str) -> str:
    """Crude suffix stripping for comparing words (editing/edited/edits -> edit)."""
    for suffix, keep in (("ing", 3), ("ed", 3), ("er", 3)):
        if w.endswith(suffix) and len(w) - len(suffix) >= keep:
            w = w[: -len(suffix)]
            if len(w) > 3 and w[-1] == w[-2]:  # mixx, planned -> plan
                w = w[:-1]
            return w
    return w


_FORMS: dict[str, tuple[str, str]] = {}  # raw word -> (low, norm): words recur endlessly


def _make(raw: str, start: int) -> Tok:
    forms = _FORMS.get(raw)
    if forms is None:
        low = raw.lower().replace("\u2019", "'")
        forms = (low, _singular(low))
        if len(_FORMS) < 100_000 and len(raw) < 40:
            _FORMS[raw] = forms
    return Tok(raw, forms[0], forms[1], start, start + len(raw))


def tokens(text: str, atomic: frozenset[str] = frozenset()) -> list[Tok]:
    """The words of `text`; a number glued to a unit ("30min") is two words unless it is
    one of `atomic` (formats and acronyms such as "mp3")."""
    out: list[Tok] = []
    for m in TOKEN.finditer(text):
        raw, s = m.group(), m.start()
        nu = _NUM_UNIT.fullmatch(raw)
        if nu and raw.lower() not in atomic:
            out.append(_make(nu.group(1), s))
            out.append(_make(nu.group(2), s + len(nu.group(1))))
        else:
            out.append(_make(raw, s))
    return out


def norms(phrase: str) -> tuple[str, ...]:
    return tuple(t.norm for t in tokens(phrase))


class Phrases:
    """Token-sequence matcher: phrases indexed by their first normalized token."""

    def __init__(self, phrases: Iterable[str]):
        self.index: dict[str, list[tuple[str, ...]]] = {}
        for p in phrases:
            seq = norms(p)
            if seq:
                self.index.setdefault(seq[0], []).append(seq)
        for seqs in self.index.values():
            seqs.sort(key=len, reverse=True)

    def match_at(self, norms: Sequence[str], i: int) -> int:
        for seq in self.index.get(norms[i], ()):
            if tuple(norms[i : i + len(seq)]) == seq:
                return len(seq)
        return 0

    def find(self, norms: Sequence[str]) -> list[tuple[int, int]]:
        """Every (start, end) token span matched, longest at each start; may overlap."""
        out = []
        for i in range(len(norms)):
            n = self.match_at(norms, i)
            if n:
                out.append((i, i + n))
        return out


def word_set(words: Iterable[str]) -> frozenset[str]:
    """The normalized forms of the one-word entries of `words`."""
    out = set()
    for w in words:
        seq = norms(w)
        if len(seq) == 1:
            out.add(seq[0])
    return frozenset(out)


def verb_forms(bases: Iterable[str]) -> frozenset[str]:
    """Regular inflections of each listed verb (the vocab lists irregular ones)."""
    out = set()
    for b in bases:
        b = b.lower()
        out.update({b, b + "s", b + "es", b + "ed", b + "d", b + "ing", b + b[-1] + "ed",
                    b + b[-1] + "ing"})
        if b.endswith("e"):
            out.update({b[:-1] + "ing", b[:-1] + "ed"})
        if b.endswith("y"):
            out.update({b[:-1] + "ied", b[:-1] + "ies"})
    return frozenset(out)
