"""Word and phrase lists compiled into one regular expression, and back from a match to
the entries it stands for.

The channel and payment detectors look for a few thousand entries (platform names in
many languages and disguises, contact verbs, payment services). Every entry goes into a
trie (one per kind of word boundary), emitted as a regex whose branches split on the
next character, so trying it at a position costs at most the length of the longest
entry. What an entry matched is then found in a dictionary (`Lexicon.resolve`), not by
regex groups.

Python's regex engine still pays a lot per position, so `Lexicon.scan` only tries the
trie where an entry may start: it splits the text into words at C speed
(`str.translate`, `split`) and intersects them, their pairs and triples with the entries'
first words (the *gate*); glued CJK pieces, characters that start an entry ("'tan") and
mask characters add their positions. Most texts hold none and stop there.

Entry syntax (see policies/vocab/channels.toml): lower case; a space matches any
whitespace; "'" also matches "’"; a trailing "*" takes up to four more letters (word
endings); "~" stands for up to two words. Entries in scripts written without spaces
(Chinese, Japanese) match anywhere; the others only as whole words.

Fuzzy names (`Lexicon.add_name`) also match masked ("sk*pe", "s***e"), with one typo
(substitution, insertion, deletion or swap of two neighbours, the first letter kept),
split once ("sk ype", "whats app") and without vowels ("tlgrm"). All of it is linear:
every repeated part of the pattern is bounded and the trie never backtracks further than
one entry.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

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

_EMIT = {
    ANY: "[a-z]",
    MASK: r"[*•]{1,3}",
    STEM: r"[^\W\d_]{0,4}",
    GAP: r"(?:[^\s.,;:!?]{1,30}\s+){0,2}",
    SPACE: r"\s+",
    APOS: "['’`]",
    SEP: r"[ .\-]",
}
# A letter or digit of a spaced script (Chinese, Japanese and Korean characters excluded).
_WORDCHAR = r"[^\W_\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]"
# Word boundaries are between a letter or digit of a spaced script and anything else:
# Chinese, Japanese and Korean characters count as outside words, so "加我QQ详聊" and
# "LINEで連絡" hold the whole words "qq" and "line".
# The characters that the word class above excludes besides "_".
_CJK = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_WILD = frozenset({ANY, MASK, GAP})
_VOWELS = frozenset("aeiouy")
_WS = re.compile(r"\s+")


def _glued(ch: str) -> bool:
    """Characters of scripts written without spaces: their entries match inside words."""
    return unicodedata.east_asian_width(ch) in "WF"


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def parse_entry(entry: str) -> tuple[str, ...]:
    """An entry as trie symbols, with its word boundaries."""
    e = _WS.sub(" ", entry.strip().lower())
    if not e:
        return ()
    stem = e.endswith("*") and len(e) > 1
    if stem:
        e = e[:-1]
    syms: list[str] = []
    for ch in e:
        if ch == " " and syms and syms[-1] == GAP:
            continue  # the gap ends with its own whitespace
        if ch == " ":
            syms.append(SPACE)
        elif ch in "'’":
            syms.append(APOS)
        elif ch == "~":
            syms.append(GAP)
        else:
            syms.append(ch)
    if stem:
        syms.append(STEM)
    return _bounded(syms, e)


def _bounded(syms: list[str], plain: str) -> tuple[str, ...]:
    first, last = plain[0], plain[-1]
    out = list(syms)
    if _is_word(last) and not _glued(last):
        out.append(RB)
    if _is_word(first) and not _glued(first):
        out.insert(1, LB)
    return tuple(out)


# Punctuation that separates words for the gate ("skype:" -> "skype"); leetspeak symbols
# and "@" are kept (they are part of a word in the views the gate is used on).
_GATE_SPLIT = str.maketrans({c: " " for c in "!\"#%&'()*+,./:;<=>?[\\]^`{}~-_«»“”‘’—–…→➜➔•·・、，。：；！？（）【】「」|"})


def gate_tokens(text: str) -> list[str]:
    return text.translate(_GATE_SPLIT).split()


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_CJK_RUN = re.compile("[\u2e80-\u9fff\u3040-\u30ff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]+")


def ascii_view(text: str) -> str | None:
    """`text` with its non-ASCII characters as "?", when none of them is a letter or a
    digit (curly quotes, dashes, emoji): then `str.translate` takes its fast path, about
    fifty times faster than on non-ASCII text. None when non-ASCII letters are there."""
    if text.isascii():
        return text
    for piece in _NON_ASCII.findall(text):
        if any(c.isalnum() for c in piece):
            return None
    return text.encode("ascii", "replace").decode("ascii")


def key_of(text: str) -> str:
    """The dictionary key of matched text: whitespace and apostrophes made uniform."""
    return _WS.sub(" ", text).replace("’", "'").replace("`", "'")


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    text: str
    payloads: tuple[Any, ...]
    fuzzy: bool  # matched a disguise of a name, not an entry as written


class Lexicon:
    """Entries with payloads; `compile()` once, then `finditer(text)`.

    `normalize` is applied to every entry as it is added: give it the transformation of
    the text that will be searched (e.g. fold + deleet), so that "escríbeme" or "yazın"
    in the vocabulary meets "escribeme", "yazin" in the folded text.
    """

    def __init__(self, normalize: Callable[[str], str] | None = None) -> None:
        self._normalize = normalize
        # One trie per kind of boundary (left, right): each kind's boundary test is
        # written once around its trie, not at every entry (the regex compiles fast).
        self._tries: dict[tuple[bool, bool], dict] = {}
        # The same without the disguised forms of names: a text that holds none of them
        # (none of their gate entries in `_fuzzy_gates`, no mask character) is matched
        # with the smaller regex, a third cheaper to compile.
        self._plain_tries: dict[tuple[bool, bool], dict] = {}
        self._fuzzy_gates: set[str | tuple[str, ...]] = set()
        self._exact: dict[str, list[Any]] = {}  # key -> payloads
        self._stems: dict[str, list[Any]] = {}
        self._gaps: list[tuple[re.Pattern, Any]] = []
        self._names: list[tuple[str, Any]] = []  # fuzzy names
        self._not_names: frozenset[str] = frozenset()
        self._fuzzy_keys: set[str] = set()  # keys added as typo variants of names
        self._listed: set[str] = set()  # keys added as written
        # The gate (see `scan`): entries' single words, first word pairs, stems, glued
        # (CJK) pieces.
        self._gate1: set[str] = set()
        self._gate2: set[tuple[str, str]] = set()
        self._gate3: set[tuple[str, str, str]] = set()
        self._gate_stems: set[str] = set()
        self._gate_glued: set[str] = set()
        self._gate_lead: set[str] = set()

    # ---------------------------------------------------------------- building

    def _norm(self, entry: str) -> str:
        e = _WS.sub(" ", entry.strip().lower())
        if self._normalize is None or not e:
            return e
        stem = e.endswith("*") and len(e) > 1
        core = self._normalize(e[:-1] if stem else e).strip()
        return core + "*" if stem else core

    def add(self, entry: str, payload: Any) -> None:
        entry = self._norm(entry)
        syms = parse_entry(entry)
        if not syms:
            return
        self._insert(syms)
        plain = key_of(entry)
        if plain.endswith("*") and len(plain) > 1 and not any(_glued(c) for c in plain):
            self._gate_stem(plain[:-1])
        else:
            self._gate_add(plain)
        if plain.endswith("*") and len(plain) > 1:
            self._stems.setdefault(plain[:-1], []).append(payload)
        elif "~" in plain:
            rx = "".join(_EMIT[s] if s in _EMIT and s not in (LB, RB) else re.escape(s) for s in syms if s not in (LB, RB))
            self._gaps.append((re.compile(rx), payload))
        else:
            self._exact.setdefault(plain, []).append(payload)
            self._listed.add(plain)

    def add_name(self, name: str, payload: Any, min_length: int) -> None:
        """A platform or service name, also matched in disguise when long enough."""
        self.add(name, payload)
        n = self._norm(name)
        if len(n) < min_length or not n.isascii() or not n.isalpha():
            return
        self._names.append((n, payload))
        variants: set[str] = set()
        for i in range(1, len(n)):
            variants.add(n[:i] + n[i + 1:])  # deletion
            variants.add(n[:i] + ANY + n[i + 1:])  # substitution
            variants.add(n[:i] + SEP + n[i:])  # split once
            if i < len(n) - 1:
                variants.add(n[:i] + n[i + 1] + n[i] + n[i + 2:])  # swap
            for j in range(i + 1, min(len(n), i + 3) + 1):
                shown = len(n) - (j - i)
                if shown >= 2 and shown * 5 >= len(n) * 2:
                    variants.add(n[:i] + MASK + n[j:])  # masked
        for i in range(1, len(n) + 1):
            variants.add(n[:i] + ANY + n[i:])  # insertion
        bare = n[0] + "".join(c for c in n[1:] if c not in _VOWELS)
        if len(bare) >= 4 and bare != n:
            variants.add(bare)
        variants.discard(n)
        for v in variants:
            syms = _bounded(list(v), n)
            self._insert(syms, fuzzy=True)
            if ANY in v:
                for c in "abcdefghijklmnopqrstuvwxyz":
                    self._gate_add(v.replace(ANY, c), fuzzy=True)
            elif SEP in v:
                self._gate_add(v.replace(SEP, " "), fuzzy=True)
            elif MASK not in v:
                self._gate_add(v, fuzzy=True)
            if not any(s in _WILD or s == SEP for s in v):
                self._fuzzy_keys.add(v)
                self._exact.setdefault(v, []).append(payload)

    def exclude(self, words: Iterable[str]) -> None:
        """Ordinary words that a disguised name must not be read as."""
        self._not_names = frozenset(w.strip().lower() for w in words if w.strip())

    def _gate_add(self, plain: str, fuzzy: bool = False) -> None:
        """Record what a text must hold for this entry to match: its first word, and its
        second word right after it; a glued (CJK) piece; a stem. `fuzzy`: the entry is a
        disguised form of a name (its gate entry goes into `_fuzzy_gates` too)."""
        if plain.endswith("*") and len(plain) > 1:
            plain = plain[:-1]
        if any(_glued(c) for c in plain):
            pieces = [w for w in gate_tokens(plain) if any(_glued(c) for c in w)]
            self._gate_glued.add(pieces[0] if pieces else plain)
            return
        if not _is_word(plain[0]):
            self._gate_lead.add(plain[0])  # "'tan", "$cashtag": found by their first character
            return
        toks = gate_tokens(plain.split("~")[0])  # words after a gap may be anywhere
        if not toks:
            return
        if len(toks) == 1:
            gate, key = self._gate1, toks[0]
        elif len(toks) == 2:
            gate, key = self._gate2, (toks[0], toks[1])
        else:
            gate, key = self._gate3, (toks[0], toks[1], toks[2])
        gate.add(key)
        if fuzzy:
            self._fuzzy_gates.add(key)

    def _gate_stem(self, stem: str) -> None:
        toks = gate_tokens(stem)
        if toks:
            self._gate_stems.add(toks[-1] if len(toks) == 1 else toks[0])

    def firsts(self, text: str) -> set[str]:
        """The words of `text` where an entry may start: a one-word entry, or the first
        word of an entry whose next one or two words follow it (empty: no entry of
        words can match). Costs one `str.translate`, one `split` and set
        intersections, all at C speed."""
        return self._gate_hits(text)[0]

    def _gate_hits(self, text: str) -> tuple[set[str], bool]:
        """`firsts(text)`, and whether a disguised name's gate entry is among the hits."""
        plain = ascii_view(text)
        spaced = (plain if plain is not None else text).translate(_GATE_SPLIT)
        if plain is None and max(text) >= "\u2e80":
            spaced = _CJK_RUN.sub(" ", spaced)  # "加我qq详聊", "lineで連絡": words between
        toks = spaced.split()
        singles = set(toks) & self._gate1
        pairs = set(zip(toks, toks[1:])) & self._gate2
        triples = set(zip(toks, toks[1:], toks[2:])) & self._gate3
        fz = self._fuzzy_gates
        fuzzy = not (fz.isdisjoint(singles) and fz.isdisjoint(pairs) and fz.isdisjoint(triples))
        firsts = set(singles)
        firsts.update(a for a, _ in pairs)
        firsts.update(a for a, _, _ in triples)
        if not spaced.isascii():  # letters of other scripts, not just curly quotes
            stems = self._gate_stems
            for t in toks:
                if not t.isascii():
                    for cut in range(5):
                        if len(t) > cut and t[: len(t) - cut] in stems:
                            firsts.add(t[: len(t) - cut])
                            break
        return firsts, fuzzy

    def scan(self, text: str, limit: int = 1 << 30) -> list[Match]:
        """The matches in `text` (like `finditer`, at most `limit`), at a fraction of its
        cost: the trie is only tried where an entry may start. That is where a word
        from `firsts` stands, a glued (CJK) piece of an entry, a character that starts
        an entry ("'tan"), or a word holding a mask ("sk*pe"). Most texts hold none of
        them and cost one `str.translate`, one `split` and a few set operations."""
        firsts, fuzzy = self._gate_hits(text)
        firsts.update(c for c in self._gate_lead if c in text)
        if not text.isascii() and max(text) >= "\u2e80":
            firsts.update(g for g in self._gate_glued if g in text)
        starts: set[int] = set()
        for t in firsts:
            i = text.find(t)
            while i >= 0:
                starts.add(i)
                i = text.find(t, i + 1)
        for mask in "*•":
            i = text.find(mask)
            while i >= 0:
                j = i
                while j > 0 and i - j < 12 and (text[j - 1].isalpha() or text[j - 1] in "*•"):
                    j -= 1
                starts.add(j)
                i = text.find(mask, i + 4)
        if not starts:
            return []
        out: list[Match] = []
        last = -1
        fuzzy = fuzzy or "*" in text or "•" in text
        match = self._pattern_for(text, fuzzy).match
        for p in sorted(starts):
            if p < last:
                continue
            m = match(text, p)
            if m is None:
                continue
            found = self.resolve(m.group())
            if found is not None:
                out.append(Match(m.start(), m.end(), m.group(), found[0], found[1]))
                last = m.end()
                if len(out) >= limit:
                    break
        return out

    def _insert(self, syms: tuple[str, ...], fuzzy: bool = False) -> None:
        key = (LB in syms, RB in syms)
        for tries in (self._tries,) if fuzzy else (self._tries, self._plain_tries):
            node = tries.setdefault(key, {})
            for s in syms:
                if s not in (LB, RB):
                    node = node.setdefault(s, {})
            node[""] = {}

    def compile(self) -> Lexicon:
        """Prepare for matching. The regex itself is compiled on first use (see
        `_pattern_for`)."""
        self._sources = {True: _source(self._tries), False: _source(self._plain_tries)}
        self._compiled: dict[tuple[bool, bool], re.Pattern] = {}
        self._names_by_first: dict[str, list[tuple[str, Any]]] = {}
        for n, p in self._names:
            self._names_by_first.setdefault(n[0], []).append((n, p))
        return self

    def _pattern_for(self, text: str, fuzzy: bool = True) -> re.Pattern:
        """The regex for `text`, compiled on first use: Python's regex compiler takes tens
        of milliseconds over the whole trie, a large share of checking one gig from the
        command line. Two savings, each exact:

        - Word boundaries treat Chinese, Japanese and Korean characters as outside words,
          a character class that costs about a millisecond per use; a text without those
          characters gets the same boundaries from the plain `[^\\W_]`.
        - Without `fuzzy` (the caller found no word a disguised name starts with, and no
          mask character), the branches of disguised names could not match anywhere, and
          a regex without them finds the same."""
        cjk = not text.isascii() and _CJK.search(text) is not None
        rx = self._compiled.get((cjk, fuzzy))
        if rx is None:
            word = _WORDCHAR if cjk else r"[^\W_]"
            rx = self._compiled[cjk, fuzzy] = re.compile(self._sources[fuzzy].replace("{W}", word))
        return rx

    @property
    def pattern(self) -> re.Pattern:
        """The whole regex, good for any text."""
        return self._pattern_for("\u4e00")

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Match]:
        rx = self._pattern_for(text)
        it = rx.finditer(text, pos) if endpos is None else rx.finditer(text, pos, endpos)
        for m in it:
            found = self.resolve(m.group())
            if found is not None:
                payloads, fuzzy = found
                yield Match(m.start(), m.end(), m.group(), payloads, fuzzy)

    def resolve(self, matched: str) -> tuple[tuple[Any, ...], bool] | None:
        """The payloads of the entries `matched` stands for, and whether it is a disguise."""
        k = key_of(matched)
        got = self._exact.get(k)
        if got is not None:
            fuzzy = k in self._fuzzy_keys and k not in self._listed
            if fuzzy and k in self._not_names:
                return None
            return tuple(got), fuzzy
        for cut in range(5):
            if len(k) > cut:
                got = self._stems.get(k[: len(k) - cut])
                if got is not None:
                    return tuple(got), False
        if k in self._not_names:
            return None
        if k[:1] in self._names_by_first:
            bare = k.replace(" ", "").replace(".", "").replace("-", "")
            for n, p in self._names_by_first[k[0]]:
                if _near(bare, n) or _masked(k, n):
                    return (p,), True
        for rx, p in self._gaps:
            if rx.fullmatch(k):
                return (p,), False
        return None


def _near(a: str, b: str) -> bool:
    """`a` is one edit (or one swap of neighbours) away from `b`, or `b` without vowels."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return a == b[0] + "".join(c for c in b[1:] if c not in _VOWELS)
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long_ = (a, b) if la < lb else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1:]


def _masked(k: str, name: str) -> bool:
    """`k` is `name` with 1-3 of its letters (not the first) shown as mask characters."""
    m = re.fullmatch(r"([a-z]+)[*•]{1,3}([a-z]*)", k)
    if m is None:
        return False
    head, tail = m.groups()
    hidden = len(name) - len(head) - len(tail)
    return 1 <= hidden <= 3 and name.startswith(head) and name.endswith(tail)


def _source(tries: dict[tuple[bool, bool], dict]) -> str:
    """Tries (one per kind of word boundary) as one regex; "{W}" stands for the word
    character class (see `Lexicon._pattern_for`)."""
    parts = []
    for (left, right), trie in sorted(tries.items(), reverse=True):
        body = _emit(trie)
        if body:
            before = "(?<!{W})" if left else ""
            after = "(?!{W})" if right else ""
            parts.append(f"{before}(?:{body}){after}")
    return "|".join(parts) if parts else r"(?!)"


def _emit(node: dict) -> str:
    """The trie as a regex: one branch per next symbol, literal characters first."""
    alts = []
    end = "" in node
    keys = [k for k in node if k]
    # Literal characters first, then wildcards, the end of a word last: Python tries
    # alternatives in order, and a longer entry should win over its own prefix ("sk*pe"
    # over "sk").
    keys.sort(key=lambda s: (1 if s in _EMIT else 0, s))
    for s in keys:
        piece = _EMIT[s] if s in _EMIT else re.escape(s)
        alts.append(piece + _emit(node[s]))
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return "(?:" + body + ")?" if end else body
