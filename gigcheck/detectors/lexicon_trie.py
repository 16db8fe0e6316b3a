"""Lexicon entries as trie symbols, and tries as one regular expression.

Entry syntax (see policies/vocab/channels.toml): lower case; a space matches any
whitespace; "'" also matches "’"; a trailing "*" takes up to four more letters (word
endings); "~" stands for up to two words. Entries in scripts written without spaces
(Chinese, Japanese) match anywhere; the others only as whole words.
"""
from __future__ import annotations

import os
import pickle
import re
from typing import TypeAlias

from gigcheck.regex_cache import cached_regex
from gigcheck.text.trie import unspaced

__all__ = [
    "ANY", "APOS", "CJK", "EMIT", "GAP", "LB", "MASK", "RB", "SEP", "SPACE", "STEM", "WILD", "WORDCHAR", "WS",
    "PackedTries", "Trie", "bounded", "glued", "insert", "is_word", "parse_entry", "trie_source",
]

# Symbols of entries besides literal characters (private-use code points, never in text
# that reaches the trie builder).
ANY = "\ue001"  # one ASCII letter (typo)
MASK = "\ue002"  # 1-3 mask characters standing for letters
STEM = "\ue003"  # up to four more letters
GAP = "\ue004"  # up to two words
SPACE = "\ue005"  # whitespace
APOS = "\ue006"  # an apostrophe
SEP = "\ue007"  # one separator inside a split name
LB = "\ue008"  # the entry starts a word (sorts the entry into its trie)
RB = "\ue009"  # the entry ends a word

EMIT = {
    ANY: "[a-z]",
    MASK: r"[*•]{1,3}",
    STEM: r"[^\W\d_]{0,4}",
    GAP: r"(?:[^\s.,;:!?]{1,30}\s+){0,2}",
    SPACE: r"\s+",
    APOS: "['’`]",
    SEP: r"[ .\-]",
}
# A letter or digit of a spaced script (Chinese, Japanese and Korean characters excluded).
WORDCHAR = r"[^\W_\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]"
# Word boundaries are between a letter or digit of a spaced script and anything else:
# Chinese, Japanese and Korean characters count as outside words, so "加我QQ详聊" and
# "LINEで連絡" hold the whole words "qq" and "line".
# The characters that the word class above excludes besides "_".
CJK = cached_regex("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
WILD = frozenset({ANY, MASK, GAP})
WS = cached_regex(r"\s+")

# A trie of entry symbols: "" marks the end of an entry.
Trie: TypeAlias = dict[str, "Trie"]


def glued(ch: str) -> bool:
    """Characters of scripts written without spaces: their entries match inside words."""
    return unspaced(ch)


def is_word(ch: str) -> bool:
    return ch.isalnum()


def parse_entry(entry: str) -> tuple[str, ...]:
    """An entry as trie symbols, with its word boundaries."""
    e = WS.sub(" ", entry.strip().lower())
    if not e:
        return ()
    stem = e.endswith("*") and len(e) > 1
    if stem:
        e = e[:-1]
    # One symbol per character (a hundred thousand entries in the channel vocabulary: at C
    # speed); whitespace is single spaces here, and the gap ends with its own.
    syms = list(e.replace("~ ", "~").translate(_SYMBOLS))
    if stem:
        syms.append(STEM)
    return bounded(syms, e)


_SYMBOLS = str.maketrans({" ": SPACE, "'": APOS, "’": APOS, "~": GAP})


def bounded(syms: list[str], plain: str) -> tuple[str, ...]:
    """`syms` with the word boundaries that the entry `plain` needs at its ends."""
    first, last = plain[0], plain[-1]
    out = list(syms)
    if is_word(last) and not glued(last):
        out.append(RB)
    if is_word(first) and not glued(first):
        out.insert(1, LB)
    return tuple(out)


def insert(tries: dict[tuple[bool, bool], Trie], syms: tuple[str, ...]) -> None:
    """Add an entry to the trie of its kind of word boundary (left, right)."""
    kind = (LB in syms, RB in syms)
    node = tries.get(kind)
    if node is None:
        node = tries[kind] = {}
    for s in syms:
        if s != LB and s != RB:
            # `get` first: `setdefault` would make a new dict for every symbol of every
            # entry, most of them already in the trie (~200,000 insertions per build)
            child = node.get(s)
            if child is None:
                child = node[s] = {}
            node = child
    node[""] = {}


def trie_source(tries: dict[tuple[bool, bool], Trie], prefix: str = "") -> str:
    """Tries (one per kind of word boundary) as one regex; "{W}" stands for the word
    character class (see `Lexicon._pattern_for`). With `prefix`, only the branches that
    can match where the text starts with it (`_narrowed`): tried at such a position it
    matches what the whole regex matches there, and it is a small part of the whole to
    compile."""
    parts = []
    for (left, right), trie in sorted(tries.items(), reverse=True):
        body = _emit(_narrowed(trie, prefix))
        if body:
            before = "(?<!{W})" if left else ""
            after = "(?!{W})" if right else ""
            parts.append(f"{before}(?:{body}){after}")
    return "|".join(parts) if parts else r"(?!)"


def _narrowed(node: Trie, prefix: str) -> Trie:
    """The trie without the literal branches that the text `prefix` rules out: along the
    prefix, a node keeps its child for the prefix's next character, its wildcards and its
    end of entry. The branches left out would fail on that character, and `_emit` keeps
    the order of the rest, so the regex matches the same there. A child left with no
    branch at all is dropped: `_emit` would read an empty node as an entry's end."""
    if not prefix:
        return node
    out: Trie = {}
    for k, child in node.items():
        if k == prefix[0]:
            narrowed = _narrowed(child, prefix[1:])
            if narrowed:
                out[k] = narrowed
        elif k in EMIT or not k:
            out[k] = child
    return out


def _emit(node: Trie) -> str:
    """The trie as a regex: one branch per next symbol, literal characters first."""
    alts = []
    end = "" in node
    keys = [k for k in node if k]
    # Literal characters first, then wildcards, a stem's letters and the end of a word
    # last: Python tries alternatives in order, and a longer entry should win over its own
    # prefix ("sk*pe" over "sk"; "ödeme sayfanız" over the stem "ödeme*", which ends at
    # the space just as well. why: a page on paying read as paying).
    keys.sort(key=lambda s: (2 if s == STEM else 1 if s in EMIT else 0, s))
    for s in keys:
        piece = EMIT[s] if s in EMIT else re.escape(s)
        alts.append(piece + _emit(node[s]))
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return "(?:" + body + ")?" if end else body


class PackedTries:
    """Tries (one per kind of word boundary) kept as one pickle per two first symbols,
    for the build cache: unpickling the whole nested trie of the channel vocabulary was
    the largest cost of starting gigcheck, and a gig's pieces (`trie_source` with a
    two-character prefix) read only the branches of that prefix and of the wildcards.
    Those are unpickled on first use and kept; two threads may unpickle the same branch,
    with the same result."""

    def __init__(self, tries: dict[tuple[bool, bool], Trie]) -> None:
        self._packed: dict[tuple[bool, bool], dict[str, dict[str, bytes]]] = {
            kind: {k: {g: _dump(grand) for g, grand in child.items()} for k, child in trie.items()}
            for kind, trie in tries.items()
        }
        self._loaded: dict[tuple[tuple[bool, bool], str, str], Trie] = {}
        # Drawn once per build cache entry: what names this entry's pieces in the regex
        # store (regex_cache.named_regex). Not the content: an edit of the code that cuts
        # the pieces makes a new entry from the same tries, and must not get old pieces.
        self.token = os.urandom(12).hex()

    def source(self, prefix: str) -> str:
        """`trie_source(tries, prefix)` of the tries packed."""
        return trie_source(self._branches(prefix), prefix)

    def _branches(self, prefix: str) -> dict[tuple[bool, bool], Trie]:
        # What `_narrowed` keeps along the prefix: its characters, wildcards and the end
        # of an entry (all of a node past the prefix's end); the rest it would drop.
        return {
            kind: {
                k: {g: self._load(kind, k, g) for g in grand if _kept(g, prefix[1:]) or not _literal(k)}
                for k, grand in children.items() if _kept(k, prefix)
            }
            for kind, children in self._packed.items()
        }

    def _load(self, kind: tuple[bool, bool], key: str, sub: str) -> Trie:
        got = self._loaded.get((kind, key, sub))
        if got is None:
            got = self._loaded[kind, key, sub] = pickle.loads(self._packed[kind][key][sub])
        return got


def _dump(trie: Trie) -> bytes:
    return pickle.dumps(trie, protocol=pickle.HIGHEST_PROTOCOL)


def _literal(key: str) -> bool:
    return bool(key) and key not in EMIT


def _kept(key: str, prefix: str) -> bool:
    """Whether `_narrowed` keeps the branch `key` of a node where the text goes on with `prefix`."""
    return not prefix or key == prefix[0] or not _literal(key)
