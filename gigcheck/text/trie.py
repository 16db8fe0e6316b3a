"""Word lists as regex alternations: plain (longest first) or trie-shaped."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import TypeAlias

from gigcheck.regex_cache import cached_regex

__all__ = ["UNSPACED_SCRIPT", "alternation", "glued", "has_unspaced", "trie_pattern", "unspaced"]

# Scripts written without spaces between words that are not wide: Thai, Lao, Myanmar,
# Khmer ("ชำระเงินนอกแพลตฟอร์มผ่าน PromptPay"). Their entries match inside words too.
UNSPACED_SCRIPT = cached_regex("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")


@lru_cache(maxsize=4096)
def unspaced(ch: str) -> bool:
    """Whether character `ch` belongs to a script written without spaces between words:
    a wide one (CJK, kana, Hangul, fullwidth forms) or Thai, Lao, Myanmar, Khmer.
    Remembered per character: building the channel vocabulary asks it about two million
    times, of a few thousand characters."""
    return unicodedata.east_asian_width(ch) in "WF" or UNSPACED_SCRIPT.match(ch) is not None


def has_unspaced(text: str) -> bool:
    """Whether any character of `text` is `unspaced`. No ASCII character is (the scripts
    without spaces are all outside it), so an ASCII text is answered at C speed."""
    return not text.isascii() and any(map(unspaced, text))

_Trie: TypeAlias = dict[str, "_Trie"]


def alternation(words: Iterable[str], space: str | None = None) -> str:
    """Words as a regex alternation, longest first, so a phrase wins over its own prefix
    ("whats app" before "whats"). With `space`, a space inside a phrase matches that
    regex (e.g. any run of whitespace). Empty when there are no words: the caller
    decides whether that means "match nothing" or "leave the branch out"."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    escaped = (re.escape(w) for w in ordered)
    if space is not None:
        escaped = (e.replace(r"\ ", space) for e in escaped)
    return "|".join(escaped)


def glued(word: str, spaces: bool = False) -> bool:
    """Whether `word` is written in a script without spaces between words (`unspaced`:
    CJK, kana, Hangul, fullwidth forms, Thai ...): such entries must match inside a run
    of text, not as whole words. With `spaces`, spaces inside the entry do not count."""
    return bool(word) and all(unspaced(c) for c in word if not (spaces and c.isspace()))


def trie_pattern(words: Iterable[str], piece: Callable[[str], str] = re.escape) -> str:
    """A regex alternation shaped as a trie: one branch per first letter, so a position
    costs at most the longest word, not the number of words. `piece` gives each
    character's regex (e.g. making an inner space optional). Wrapped in a group."""
    trie: _Trie = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        alts = [piece(ch) + emit(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return "(?:" + emit(trie) + ")"
