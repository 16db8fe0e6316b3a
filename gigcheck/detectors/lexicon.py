"""Word and phrase lists compiled into one regular expression, and back from a match to
the entries it stands for.

The channel and payment detectors look for a few thousand entries (platform names in
many languages and disguises, contact verbs, payment services). Every entry goes into a
trie (one per kind of word boundary), emitted as a regex whose branches split on the
next character, so trying it at a position costs at most the length of the longest
entry (lexicon_trie.py, which also describes the entry syntax). What an entry matched is
then found in a dictionary (`Lexicon.resolve`), not by regex groups.

Python's regex engine still pays a lot per position, so `Lexicon.scan` only tries the
trie where its gate (lexicon_gate.py) says an entry may start. Most texts hold none and
stop there.

Fuzzy names (`Lexicon.add_name`) also match masked ("sk*pe", "s***e"), with one typo
(substitution, insertion, deletion or swap of two neighbours, the first letter kept),
split once ("sk ype", "whats app") and without vowels ("tlgrm") (lexicon_fuzzy.py). All
of it is linear: every repeated part of the pattern is bounded and the trie never
backtracks further than one entry.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from gigcheck.detectors.lexicon_exact import Entry, PackedExact, entry
from gigcheck.detectors.lexicon_fuzzy import masked, name_variants, near
from gigcheck.detectors.lexicon_gate import Gate
from gigcheck.detectors.lexicon_trie import (
    ANY,
    CJK,
    EMIT,
    LB,
    MASK,
    RB,
    SEP,
    WILD,
    WORDCHAR,
    WS,
    PackedTries,
    Trie,
    bounded,
    glued,
    insert,
    parse_entry,
    trie_source,
)
from gigcheck.regex_cache import cached_regex, named_regex
from gigcheck.text.trie import UNSPACED_SCRIPT, has_unspaced

__all__ = ["Lexicon", "Match", "key_of"]

_RESOLVED_MAX = 1 << 16  # matched texts whose resolution a lexicon remembers
_UNRESOLVED: Any = object()  # a matched text not yet resolved (None: resolved to nothing)


def key_of(text: str) -> str:
    """The dictionary key of matched text: whitespace and apostrophes made uniform."""
    return WS.sub(" ", text).replace("’", "'").replace("`", "'")


# Not frozen: a frozen dataclass sets each field through object.__setattr__, about three
# times the cost of making it, and a gig makes ~75 matches (triggers, context words);
# `unsafe_hash` keeps them hashed by value, and nothing changes one once made.
@dataclass(slots=True, unsafe_hash=True)
class Match:
    start: int
    end: int
    text: str
    payloads: tuple[Any, ...]
    fuzzy: bool  # matched a disguise of a name, not an entry as written
    # The payloads' kinds (run_scan.kinds), kept once asked: the detectors ask a trigger
    # or a context word for them hundreds of times a gig. Not part of its value.
    kinds_seen: frozenset[str] | None = field(default=None, init=False, compare=False, repr=False)


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
        self._tries: dict[tuple[bool, bool], Trie] = {}
        # The same without the disguised forms of names: a text that holds none of them
        # (none of their gate entries, no mask character) is matched with the smaller
        # regex, a third cheaper to compile.
        self._plain_tries: dict[tuple[bool, bool], Trie] = {}
        self._exact: dict[str, list[Any]] = {}  # key -> payloads
        self._stems: dict[str, list[Any]] = {}
        # Entries with a gap ("~"), as regex sources: they are only tried for a matched
        # text no other entry resolves, so they are compiled then (`_gap_patterns`), not
        # when the build cache is read (the channel vocabulary holds a few hundred).
        self._gaps: list[tuple[str, Any]] = []
        self._names: list[tuple[str, Any]] = []  # fuzzy names
        self._not_names: frozenset[str] = frozenset()
        self._compounds: tuple[str, ...] = ()  # unspaced words an entry may not start inside
        self._fuzzy_keys: set[str] = set()  # keys added as typo variants of names
        self._split: dict[str, list[Any]] = {}  # names also read split once (add_split)
        self._listed: set[str] = set()  # keys added as written
        self._gate = Gate()

    # ---------------------------------------------------------------- building

    def _norm(self, entry: str) -> str:
        e = WS.sub(" ", entry.strip().lower())
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
        if plain.endswith("*") and len(plain) > 1 and not has_unspaced(plain):
            self._gate.add_stem(plain[:-1])
        else:
            self._gate.add(plain)
        if plain.endswith("*") and len(plain) > 1:
            self._stems.setdefault(plain[:-1], []).append(payload)
        elif "~" in plain:
            rx = "".join(
                EMIT[s] if s in EMIT and s not in (LB, RB) else re.escape(s) for s in syms if s not in (LB, RB)
            )
            self._gaps.append((rx, payload))
            self.__dict__.pop("_gaps_compiled", None)
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
        for v in name_variants(n):
            syms = bounded(list(v), n)
            self._insert(syms, fuzzy=True)
            if ANY in v:
                for c in "abcdefghijklmnopqrstuvwxyz":
                    self._gate.add(v.replace(ANY, c), fuzzy=True)
            elif SEP in v:
                self._gate.add(v.replace(SEP, " "), fuzzy=True)
            elif MASK not in v:
                self._gate.add(v, fuzzy=True)
            if not any(s in WILD or s == SEP for s in v):
                self._fuzzy_keys.add(v)
                self._exact.setdefault(v, []).append(payload)

    def add_split(self, name: str, payload: Any, min_length: int) -> None:
        """A one-word name also split once by a space, dot, hyphen or line break into
        parts of three letters or more ("Pay⏎Pal", "bit coin", "Payo-neer"): a layout, not a
        typo, so no other disguise of the name is read."""
        n = self._norm(name)
        if len(n) < min_length or not n.isascii() or not n.isalpha():
            return
        self._split.setdefault(n, []).append(payload)
        for i in range(3, len(n) - 2):
            v = n[:i] + SEP + n[i:]
            self._insert(bounded(list(v), n), fuzzy=True)
            self._gate.add(v.replace(SEP, " "), fuzzy=True)

    def add_glued_disguises(self, name: str, payload: Any, masks: str, splits: str) -> None:
        """A name written without spaces (Chinese, Japanese, Korean), also read with one of
        its characters after the first shown as a mark of `masks` ("ラ◯ン" for ライン, "薇❤"
        for 薇信) or broken once by one of `splits` ("카.톡", "ライ・ン"; a space also breaks
        a line: "카⏎톡"): the Latin disguises of `add_name` (typos, vowels) mean nothing in
        these scripts, but a mark standing for a character does. Each variant is an exact
        entry, read as a disguise."""
        n = self._norm(name)
        if not 2 <= len(n) <= 6 or not all(glued(c) for c in n):
            return
        variants = {n[:i] + m + n[i + 1:] for i in range(1, len(n)) for m in masks}
        variants |= {n[:i] + sep + n[i:] for i in range(1, len(n)) for sep in splits}
        for v in sorted(variants):
            syms = parse_entry(v)
            if not syms:
                continue
            # in both tries: literal entries, and their gate piece (the name's first
            # character) does not tell `scan` that a disguise may be there
            self._insert(syms)
            plain = key_of(v)
            self._gate.add(plain, fuzzy=True)
            self._fuzzy_keys.add(plain)
            self._exact.setdefault(plain, []).append(payload)

    def exclude(self, words: Iterable[str]) -> None:
        """Ordinary words that a disguised name must not be read as."""
        self._not_names = frozenset(w.strip().lower() for w in words if w.strip())

    def keep_compounds(self, words: Iterable[str]) -> None:
        """Words of an unspaced script whose last character an entry starts with: an entry
        found there starts inside the word and is not read. Chinese has no spaces, so "加微信"
        (add on WeChat) stands inside "增加微信群成员" (grow a WeChat group's members), where
        "增加" (increase) holds its "加"; the shorter entries after it ("微信") are still read."""
        self._compounds = tuple(sorted({self._norm(w) for w in words if len(w.strip()) > 1}))

    def _in_compound(self, text: str, p: int) -> bool:
        return any(text.startswith(w, p + 1 - len(w)) for w in self._compounds if p + 1 >= len(w))

    def _insert(self, syms: tuple[str, ...], fuzzy: bool = False) -> None:
        for tries in (self._tries,) if fuzzy else (self._tries, self._plain_tries):
            insert(tries, syms)

    def compile(self) -> Lexicon:
        """Prepare for matching. The regex itself is compiled on first use (see
        `_pattern_for`), from the whole trie's source cut then: a scan only compiles the
        pieces of its positions (`_pattern_at`), so cutting the whole source here was a
        fifth of a cold build of the channel vocabulary and 2 MB of its pickle, unread."""
        self._gate.compile()  # built here, so that the build cache keeps it built
        self._compiled: dict[tuple[bool, bool], re.Pattern[str]] = {}
        self._compiled_at: dict[tuple[bool, bool, str], re.Pattern[str]] = {}
        self._resolved: dict[str, tuple[tuple[Any, ...], bool] | None] = {}
        self._names_by_first: dict[str, list[tuple[str, Any]]] = {}
        for n, p in self._names:
            self._names_by_first.setdefault(n[0], []).append((n, p))
        return self

    # ---------------------------------------------------------------- matching

    def firsts(self, text: str) -> set[str]:
        """The words of `text` where an entry may start: a one-word entry, or the first
        word of an entry whose next one or two words follow it (empty: no entry of
        words can match). Costs one `str.translate`, one `split` and set
        intersections, all at C speed."""
        return self._gate_hits(text)[0]

    def _gate_hits(self, text: str) -> tuple[set[str], bool]:
        """`firsts(text)`, and whether a disguised name's gate entry is among the hits."""
        return self._gate.hits(text)

    def scan(self, text: str, limit: int = 1 << 30, at: int = 0) -> list[Match]:
        """The matches in `text` (like `finditer`, at most `limit`), at a fraction of its
        cost: the trie is only tried where an entry may start. That is where a word
        from `firsts` stands, a glued (CJK) piece of an entry, a character that starts
        an entry ("'tan"), or a word holding a mask ("sk*pe"). Most texts hold none of
        them and cost one `str.translate`, one `split` and a few set operations. `at` is
        added to the offsets (for a slice of a longer text). A blank text, asked often
        for the context of a span, holds nothing unless an entry starts with a blank."""
        if not text or (text.isspace() and not any(c.isspace() for c in self._gate.lead)):
            return []
        firsts, fuzzy = self._gate_hits(text)
        firsts.update(c for c in self._gate.lead if c in text)
        if not text.isascii() and (max(text) >= "\u2e80" or UNSPACED_SCRIPT.search(text)):
            firsts.update(self._gate.glued_in(text))
        starts = _starts(text, firsts)
        if not starts:
            return []
        out: list[Match] = []
        last = -1
        fuzzy = fuzzy or "*" in text or "•" in text
        cjk = _has_cjk(text)
        # The pieces and resolutions already at hand are read from their dictionaries
        # here, not through `_pattern_at` and `resolve` (a gig tries ~125 positions).
        pieces = self._compiled_at
        resolved = self.__dict__.get("_resolved") or {}
        for p in sorted(starts):
            if p < last and not cjk:
                continue
            prefix = text[p:p + 2]
            rx = pieces.get((cjk, fuzzy, prefix))
            if rx is None:
                rx = self._pattern_at(prefix, cjk, fuzzy)
            m = rx.match(text, p)
            if m is None or (cjk and self._compounds and self._in_compound(text, p)):
                continue
            if p < last and (m.end() <= last or not has_unspaced(m.group())):
                continue
            matched = m.group()
            found = resolved.get(matched, _UNRESOLVED)
            if found is _UNRESOLVED:
                found = self.resolve(matched)
            if found is None:
                continue
            if p < last:
                # An entry of an unspaced script starting inside the last match and
                # reaching past it with nothing the last did not say ("加v" then "v信" in
                # "加V信", WeChat both): without spaces neither ends a word, so the name is
                # read to its longest end. An entry saying more stays hidden, as before
                # ("と同じ" then "同じid": the work's same ID, no pointer).
                if all(x in out[-1].payloads for x in found[0]):
                    out[-1] = _joined(out[-1], Match(p + at, m.end() + at, matched, found[0], found[1]), text, at)
                    last = m.end()
                continue
            last = m.end()
            out.append(Match(p + at, last + at, matched, found[0], found[1]))
            if len(out) >= limit:
                break
        return out

    def _pattern_for(self, text: str, fuzzy: bool = True) -> re.Pattern[str]:
        """The regex for `text`, compiled on first use: Python's regex compiler takes tens
        of milliseconds over the whole trie, a large share of checking one gig from the
        command line. Two savings, each exact:

        - Word boundaries treat Chinese, Japanese and Korean characters as outside words,
          a character class that costs about a millisecond per use; a text without those
          characters gets the same boundaries from the plain `[^\\W_]`.
        - Without `fuzzy` (the caller found no word a disguised name starts with, and no
          mask character), the branches of disguised names could not match anywhere, and
          a regex without them finds the same."""
        cjk = _has_cjk(text)
        rx = self._compiled.get((cjk, fuzzy))
        if rx is None:
            rx = self._compiled[cjk, fuzzy] = cached_regex(_with_word(self._piece_source(fuzzy, ""), cjk))
        return rx

    def _pattern_at(self, prefix: str, cjk: bool, fuzzy: bool) -> re.Pattern[str]:
        """The regex of `_pattern_for` cut to the entries that can match where the text
        starts with `prefix`, its next two characters (`trie_source`): `scan` tries the
        trie only at chosen positions, so one gig compiles the few small pieces its
        positions need instead of the whole trie (most of the time a seller waits for
        one gig). Two threads may compile the same piece; either result is the same."""
        key = (cjk, fuzzy, prefix)
        rx = self._compiled_at.get(key)
        if rx is None:
            packed = self.__dict__.get("_packed")
            if packed is None:
                rx = cached_regex(_with_word(self._piece_source(fuzzy, prefix), cjk))
            else:  # from the build cache: a later process skips cutting the piece too
                name = f"lexicon-piece:{packed[fuzzy].token}:{cjk:d}:{prefix}"
                rx = named_regex(name, lambda: _with_word(packed[fuzzy].source(prefix), cjk))
            self._compiled_at[key] = rx
        return rx

    def _piece_source(self, fuzzy: bool, prefix: str) -> str:
        """`trie_source` of the trie (with the disguised names or without) for `prefix`,
        from the packed tries of a lexicon that came from the build cache."""
        packed = self.__dict__.get("_packed")
        if packed is not None:
            return str(packed[fuzzy].source(prefix))
        return trie_source(self._tries if fuzzy else self._plain_tries, prefix)

    def __getstate__(self) -> dict[str, Any]:
        # For the build cache: the tries are only read again for a gig's pieces
        # (`_pattern_at`), branch by branch, so they are kept packed (`PackedTries`); the
        # exact entries only for the texts a gig matched, so they are packed too
        # (`PackedExact`). A lexicon read back is for matching: nothing is added to it.
        state = dict(self.__dict__)
        if "_packed" not in state:
            state["_packed"] = {True: PackedTries(self._tries), False: PackedTries(self._plain_tries)}
        if "_packed_exact" not in state:
            state["_packed_exact"] = PackedExact(self._exact, self._fuzzy_keys, self._listed)
        state["_tries"] = state["_plain_tries"] = {}
        state["_exact"], state["_fuzzy_keys"], state["_listed"] = {}, set(), set()
        state["_compiled"], state["_compiled_at"] = {}, {}
        state["_resolved"] = {}
        state.pop("_gaps_compiled", None)
        return state

    @property
    def pattern(self) -> re.Pattern[str]:
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
        """The payloads of the entries `matched` stands for, and whether it is a disguise.
        Remembered per matched text: the same few hundred words are resolved again and
        again (each context span of each trigger), and the entries do not change once
        compiled. Bounded: hostile text can match many distinct strings."""
        memo: dict[str, tuple[tuple[Any, ...], bool] | None] | None = self.__dict__.get("_resolved")
        if memo is None:
            memo = self._resolved = {}
        try:
            return memo[matched]
        except KeyError:
            pass
        found = self._resolve(matched)
        if len(memo) >= _RESOLVED_MAX:
            memo.clear()
        memo[matched] = found
        return found

    def _resolve(self, matched: str) -> tuple[tuple[Any, ...], bool] | None:
        k = key_of(matched)
        exact = self._exact_entry(k)
        if exact is not None:
            if exact[1] and k in self._not_names:
                return None
            return exact
        for cut in range(5):
            if len(k) > cut:
                got = self._stems.get(k[: len(k) - cut])
                if got is not None:
                    return tuple(got), False
        if k in self._not_names:
            return None
        bare = k.replace(" ", "").replace(".", "").replace("-", "")
        if bare in self._split and bare != k:
            return tuple(self._split[bare]), True
        if k[:1] in self._names_by_first:
            for n, p in self._names_by_first[k[0]]:
                if near(bare, n) or masked(k, n):
                    return (p,), True
        for rx, p in self._gap_patterns():
            if rx.fullmatch(k):
                return (p,), False
        return None

    def _gap_patterns(self) -> list[tuple[re.Pattern[str], Any]]:
        compiled: list[tuple[re.Pattern[str], Any]] | None = self.__dict__.get("_gaps_compiled")
        if compiled is None:  # two threads may compile them both, with the same result
            compiled = self._gaps_compiled = [(cached_regex(rx), p) for rx, p in self._gaps]
        return compiled

    def _exact_entry(self, key: str) -> Entry | None:
        packed: PackedExact | None = self.__dict__.get("_packed_exact")
        if packed is not None:  # from the build cache
            return packed.get(key)
        return entry(self._exact, self._fuzzy_keys, self._listed, key)


def _joined(first: Match, later: Match, text: str, at: int) -> Match:
    """Two overlapping matches as one: the span of both, the payloads of the first (which
    hold the later's), a disguise only if both are."""
    span = text[first.start - at:later.end - at]
    return Match(first.start, later.end, span, first.payloads, first.fuzzy and later.fuzzy)


def _has_cjk(text: str) -> bool:
    return not text.isascii() and CJK.search(text) is not None


def _with_word(source: str, cjk: bool) -> str:
    """A trie's regex with its word class: word boundaries treat Chinese, Japanese and
    Korean characters as outside words, a class that costs about a millisecond per use;
    a text without those characters gets the same boundaries from the plain `[^\\W_]`."""
    return source.replace("{W}", WORDCHAR if cjk else r"[^\W_]")


def _starts(text: str, firsts: set[str]) -> set[int]:
    """Where the trie is tried: every occurrence of a word of `firsts`, and the start of
    each word holding a mask character (up to 12 characters back)."""
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
    return starts
