"""Disguises with a stated swap: the seller writes an address with a stand-in for "@"
or "." and says which ("swap the 🌸 for the at-sign: lena🌸mailbox.org", "where you
see (a) put @", "remplacez le ♥ par @", "ersetze # durch @", "🌸 = @", "use @ instead
of the ~", "change the underscores to @ and .").

`read_swaps` reads each declaration, then rewrites the stand-in near it as the symbol
it stands for; the caller looks for addresses in the rewritten view as in any other, so
an address is reported at the characters the seller wrote (the view keeps the offset
map). A declaration alone proves nothing: only an address that the rewrite completes
is a finding, which keeps "replace the old logo with a dot pattern" clean.

Four shapes of declaration, whatever the language (the cue words are pack data):
  * verb, stand-in, link, symbol: "replace every # with a dot", "read (a) as @";
  * "where you see" stand-in, then the symbol: "where you see (a) put @";
  * stand-in or symbol on either side of "instead of": "@ instead of 🌸", "use @ en
    lugar de 🌸";
  * stand-in, "=" / "means" / an arrow, symbol: "(🌸 = @)", "♥ signifie @".
Everything is read token by token over a bounded window after a cue: linear.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from gigcheck.text.fold import fold
from gigcheck.text.lazy_regex import LazyPattern
from gigcheck.text.normalized import Normalized, apply_edits, compose

__all__ = ["SwapVocab", "read_swaps"]

AT = "@"
DOT = "."

# How far from a declaration a stand-in is rewritten (the address stands beside it).
_REACH = 300
# Declarations read per text: a seller states a swap once or twice; a text of "a = @"
# repeated stays linear (each rewrite checks every declaration).
_MAX_DECLARED = 8
_QUOTES = "\"'‘’“”«»`「」"
_TRAIL = ",:;!?…."
_TOKEN = re.compile(r"\S+")
_PUNCT = "()[]{}<>.,:;!?¿¡" + _QUOTES


@dataclass(frozen=True, slots=True)
class _Declared:
    stand_in: str  # as in the view ("🌸", "(a)", "#")
    targets: tuple[str, ...]  # AT and/or DOT, in the order declared
    start: int  # the declaration's span in the view, itself left as written
    end: int


class SwapVocab:
    """The cue words of `[vocab.email]` for stated swaps, compiled once per pack."""

    def __init__(self, vocab: Mapping[str, Any], at_words: Iterable[str], dot_words: Iterable[str]) -> None:
        def words(key: str) -> list[str]:
            # As listed and as the folded view reads them ("zamień" -> "zamien").
            return sorted({v for w in vocab.get(key, []) for v in (str(w).lower(), fold(str(w)).text.lower())})

        self.links = set(words("swap_links"))
        names = vocab.get("swap_symbol_names", {})
        self.names = {v: str(c) for k, c in names.items() for v in (str(k).lower(), fold(str(k)).text.lower())}
        not_targets = set(words("swap_not_targets"))
        self.at_targets = {w for w in (*at_words, *words("swap_at_targets")) if w not in not_targets}
        self.dot_targets = {w for w in (*dot_words, *words("swap_dot_targets")) if w not in not_targets}
        self.fillers = set(words("swap_fillers"))
        kinds = {
            "verb": words("swap_verbs"), "see": words("swap_see"),
            "instead": words("swap_instead"), "means": words("swap_means"),
        }
        self.cue = LazyPattern(
            "|".join(
                rf"(?<!\w)(?P<{kind}>{'|'.join(re.escape(w) for w in sorted(ws, key=len, reverse=True))})(?!\w)"
                for kind, ws in kinds.items() if ws
            )
        )
        # The first word of each cue, for the cheap gate on a text's words.
        self.first_words = frozenset(w.split()[0] for ws in kinds.values() for w in ws if w[0].isalnum())
        self.symbol_cues = tuple(w for ws in kinds.values() for w in ws if not w[0].isalnum())

    def may_declare(self, lower: str, tokens: frozenset[str]) -> bool:
        """Cheap test: could `lower` (its words `tokens`) state a swap?"""
        if any(c in lower for c in self.symbol_cues):
            return True
        return any(t.strip(_PUNCT) in self.first_words for t in tokens)

    def named(self, words: list[str], i: int) -> tuple[str, int] | None:
        """(AT or DOT, how many words) when the words at `i` name one ("@", "at sign",
        "dot"); None otherwise."""
        for n in (2, 1):
            if i + n > len(words):
                continue
            w = " ".join(words[i:i + n])
            if w == AT or w in self.at_targets:
                return AT, n
            if w == DOT or w in self.dot_targets:
                return DOT, n
        return None

    def target(self, word: str) -> str | None:
        """AT or DOT when the one word `word` names it."""
        got = self.named([word], 0)
        return got[0] if got else None


def read_swaps(norm: Normalized, sv: SwapVocab) -> Normalized | None:
    """`norm` with every declared stand-in near its declaration rewritten as the symbol
    it stands for; None when nothing was declared (or nothing to rewrite)."""
    s = norm.text
    declared: list[_Declared] = []
    for m in sv.cue.finditer(s):
        d = _declaration(s, m, sv)
        if d is not None:
            declared.append(d)
            if len(declared) == _MAX_DECLARED:
                break
    if not declared:
        return None
    edits = sorted(e for d in declared for e in _rewrites(s, d, declared))
    if not edits:
        return None
    return compose(norm, apply_edits(s, edits))


def _tokens(s: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The tokens of ``s[start:end]`` as (start, end, cleaned text)."""
    return [(start + m.start(), start + m.end(), _clean(m.group())) for m in _TOKEN.finditer(s[start:end])]


def _clean(token: str) -> str:
    """A token without the punctuation around it: quotes, an elided article ("l'asterisco"),
    a trailing colon, comma or full stop, an unbalanced bracket ("(🌸" in "(🌸 = @)",
    "@)." in "(… por @)."); "(a)" keeps its brackets, "." alone stays."""
    head, apostrophe, tail = token.rpartition("'") if "'" in token else token.rpartition("’")
    if apostrophe and tail and head.isalpha() and len(head) <= 4:
        token = tail
    t = token
    while len(t) > 1:
        u = t.strip(_QUOTES)
        if u.startswith("(") and ")" not in u:
            u = u[1:]
        if u.endswith(")") and "(" not in u:
            u = u[:-1]
        if len(u) > 1 and u[-1] in _TRAIL:
            u = u[:-1]
        if u == t:
            break
        t = u
    return t


def _declaration(s: str, m: re.Match[str], sv: SwapVocab) -> _Declared | None:
    after = _tokens(s, m.end(), m.end() + 80)[:8]
    before = _tokens(s, max(0, m.start() - 40), m.start())[-1:]
    words = [t for _, _, t in after]
    kind = m.lastgroup
    if kind == "instead":
        return _instead(m, before, after, sv)
    if kind == "verb":
        # "replace every # with a dot": the stand-in is the word before the link.
        link = next((i for i, w in enumerate(words[:5]) if w in sv.links and i > 0), None)
        if link is None:
            return None
        written, rest = after[link - 1], link + 1
    elif kind == "see":
        if not words:
            return None
        written, rest = after[0], 1
    else:  # "means": the stand-in before, the symbol after
        if not before:
            return None
        written, rest = before[0], 0
    targets, last = _targets(words, rest, sv)
    if last < 0:
        return None
    return _declared(s, written, targets, min(m.start(), written[0]), after[last][1], sv)


def _instead(
    m: re.Match[str], before: list[tuple[int, int, str]], after: list[tuple[int, int, str]], sv: SwapVocab,
) -> _Declared | None:
    """"@ instead of 🌸" or "🌸 instead of @": whichever side names a symbol."""
    if not before or not after:
        return None
    words = [t for _, _, t in after]
    k = next((i for i, w in enumerate(words[:3]) if w not in sv.fillers), None)
    if k is None:
        return None
    lt, rt = sv.target(before[0][2]), sv.target(words[k])
    if (lt is None) == (rt is None):
        return None
    written, target = (after[k], lt) if lt is not None else (before[0], rt)
    return _declared(m.string, written, (target,) if target else (), before[0][0], after[k][1], sv)


def _targets(words: list[str], i: int, sv: SwapVocab) -> tuple[tuple[str, ...], int]:
    """The symbols named within a few words from `i` (one, or "@ and ." both), and the
    index of the last word that names one (-1: none)."""
    out: list[str] = []
    last = -1
    for j in range(i, min(i + 5, len(words))):
        got = sv.named(words, j)
        if got is not None:
            if got[0] not in out:
                out.append(got[0])
            last = j + got[1] - 1
        elif out and words[j] not in sv.fillers and words[j] not in sv.links:
            break
    return tuple(out), last


def _declared(
    s: str, written: tuple[int, int, str], targets: tuple[str, ...], start: int, end: int, sv: SwapVocab,
) -> _Declared | None:
    """The declaration of stand-in `written` (a token: start, end, cleaned text) for
    `targets`, spanning `start` to `end` and the stand-in; None when it names none."""
    stand_in = _stand_in(s, written, sv)
    if not targets or stand_in is None:
        return None
    return _Declared(stand_in, targets, min(start, written[0]), max(end, written[1]))


def _stand_in(s: str, written: tuple[int, int, str], sv: SwapVocab) -> str | None:
    """What a seller would type for a symbol: a symbol or emoji, a bracketed or quoted
    piece, a named symbol ("the hash"), a letter or two ("reemplaza la X por @"); never
    a word, a number or a symbol's own name ("swap 'at' for @")."""
    text = written[2]
    named = sv.names.get(text)
    if named is not None:
        return named
    if not text or len(text) > 6 or text.isdigit() or sv.target(text) is not None:
        return None
    if text.isalnum() and len(text) > 2 and s[written[0]] not in _QUOTES:
        return None
    return text


def _rewrites(s: str, d: _Declared, declared: list[_Declared]) -> list[tuple[int, int, str]]:
    """Edits that put the symbol for each stand-in near `d`, outside every declaration.
    Declared for both "@" and "." ("change the underscores to @ and ."), the first
    stand-in of a word is the "@" and the rest are dots."""
    lo, hi = max(0, d.start - _REACH), min(len(s), d.end + _REACH)
    out: list[tuple[int, int, str]] = []
    word_start = -2  # where the word of the last stand-in starts (-1: the text's first word)
    i = s.find(d.stand_in, lo, hi)
    while i >= 0:
        j = i + len(d.stand_in)
        if not any(o.start <= i < o.end for o in declared):
            ws = max(s.rfind(" ", 0, i), s.rfind("\n", 0, i))
            first = ws != word_start
            word_start = ws
            target = d.targets[0] if first or len(d.targets) == 1 else d.targets[1]
            out.append((i, j, target))
        i = s.find(d.stand_in, j, hi)
    return out
