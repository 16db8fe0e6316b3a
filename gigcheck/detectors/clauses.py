"""Clauses and word sequences, as the conduct detectors read a text (conduct.py,
reviews.py, marketplaces.py): a text cut into clauses, each a list of lower-case words with
their offsets, and word lists from the vocabulary matched as sequences of whole words.

Pure functions over strings; every regular expression is a plain class run, so hostile
text stays linear.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from gigcheck.regex_cache import cached_regex
from gigcheck.text.fold import fold
from gigcheck.text.letters import MARKS

__all__ = [
    "FirstWords", "Word", "WordSeqs", "Words", "asks", "clauses", "folded_words", "is_count", "tail", "unspaced",
    "word_set", "words_of",
]

# Scripts written without spaces (Han, kana, Hangul, whose particles join the word before;
# Thai, Lao, Khmer and Myanmar, whose words run together):
# each character is a word, so a vocabulary entry ("フォロワー", "好评", "크몽") is a sequence
# of them and is found inside a longer run, as a word list is in spaced text.
_CJK = (
    "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
    "\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f"
)
# The vowel signs and marks written inside a word of the Indic, Hebrew and Arabic scripts
# (gigcheck.text.letters): a run of letters may hold them after its first letter.
_LETTERS = rf"[^\W_{_CJK}](?:[^\W_{_CJK}]|[{MARKS}])*"
# A word: a number with separators ("1,000", "1.5k"), letters and digits joined by an
# apostrophe, a dot, a hyphen or a slash ("don't", "freelancer.com", "5-star", "10/10"), one
# character of a script without spaces, a run of star signs ("⭐⭐⭐⭐⭐" reads "★★★★★"), or
# one of the marks the vocabulary uses ("%", "=", ",", ":").
_WORD = cached_regex(
    rf"\d+(?:[.,]\d+)+[kKmM]?\+?|[{_CJK}]|[★⭐🌟]+"
    rf"|{_LETTERS}(?:['’.\-/]{_LETTERS})*\+?|[%=→,:–—]"
)
# How a word reads: straight apostrophes, one star sign, and no Arabic short vowels and
# marks (written or not as the writer likes: "تنسَ", "تنس").
_READ: dict[int, str | None] = {ord("’"): "'", ord("⭐"): "★", ord("🌟"): "★"}
_READ |= dict.fromkeys(range(0x064B, 0x0653)) | {0x0670: None}
# Where a clause ends: sentence punctuation before white space or the end, a line break,
# a bullet. A line break is a soft wrap, not an end, when the next line goes on in lower
# case ("settle the deposit through\npayoneer", "mit deinen Daten –\nsieht aus wie echt"):
# gigs are hard-wrapped, and a wrap must not cut an offer in two. A list item, a heading or
# a new sentence starts with a mark, a digit or a capital, and still ends the clause.
# (and the Devanagari full stop; the CJK full stop and marks, written with no space after:
# "代写论文。另外提供润色" is two clauses, and an offer does not run on into the next)
_CLAUSE_END = cached_regex(r"[.!?;](?=\s|$)|[\n•|·।。！？；]")
_UNSPACED = cached_regex(rf"[{_CJK}]")
_NEXT_LINE = cached_regex(r"[ \t]*(\S)")  # the next line's first character (spaces only: linear)
# (with a thousands word glued on: "10k", Indonesian "10rb", "5jt", Polish "10tys")
_COUNT = cached_regex(r"\d[\d.,]*(?:[km]|rb|jt|tys)?\+?")


# Not frozen (a frozen dataclass sets each field through object.__setattr__, three times
# the cost of creating it, and a gig has thousands of words); hashed by value as before,
# and never changed after it is made.
@dataclass(slots=True, unsafe_hash=True)
class Word:
    text: str  # lower case, straight apostrophes
    start: int
    end: int


class Words(list[Word]):
    """A clause's words, with their texts in order and as a set, so that a word list is
    matched only where its first words occur (a clause of CJK text has a word a character
    and most word lists have none of them)."""

    def __init__(self, words: Iterable[Word]) -> None:
        super().__init__(words)
        self.texts = [w.text for w in self]
        self.distinct = frozenset(self.texts)


def words_of(text: str, offset: int = 0) -> Words:
    if text.isascii():
        # ASCII lower case keeps every offset and `_READ` changes no ASCII character:
        # the text is lowered once, not word by word
        low = text.lower()
        return Words(Word(low[a:b], offset + a, offset + b) for a, b in map(re.Match.span, _WORD.finditer(text)))
    return Words(Word(m.group().lower().translate(_READ), offset + m.start(), offset + m.end())
                 for m in _WORD.finditer(text))


def tail(word: str) -> str:
    """The last part of a hyphenated word ("google-reviews" -> "reviews"; "" if none):
    compounds name their thing last ("5-Sterne-Bewertung", "Spotify-Streams")."""
    head, sep, last = word.rpartition("-")
    return last if sep and head else ""


def asks(text: str, words: Sequence[Word]) -> bool:
    """Whether the clause of `text` made of `words` is a question (ends in "?", before
    any closing emphasis)."""
    end = words[-1].end
    return "?" in text[end:end + 4].split("\n", 1)[0]


def clauses(text: str) -> Iterator[Words]:
    """The clauses of `text`, each as its words (offsets into `text`); empty ones skipped.
    The three conduct detectors read the same runs: a run of a gig's size is cut once
    (a longer one each time, so that the cache stays small)."""
    return iter(_clauses(text)) if len(text) <= _CACHED_LENGTH else _cut(text)


_CACHED_LENGTH = 20_000


@lru_cache(maxsize=64)
def _clauses(text: str) -> tuple[Words, ...]:
    return tuple(_cut(text))


def _cut(text: str) -> Iterator[Words]:
    start = 0
    for m in _CLAUSE_END.finditer(text):
        if m.group() == "\n" and _wraps(text, m.end()) or m.group() == "." and _abbreviated(text, m.start()):
            continue
        words = words_of(text[start:m.start()], start)
        if words:
            yield words
        start = m.end()
    words = words_of(text[start:], start)
    if words:
        yield words


# Counts abbreviated with a dot ("10 tys. odtworzeń", "5 млн. просмотров"): the dot
# ends no clause.
_COUNT_ABBREVIATIONS = frozenset({"tys", "mln", "mld", "тыс", "млн", "млрд", "tis", "ths", "bln"})


def _abbreviated(text: str, dot: int) -> bool:
    """Whether the dot at `dot` ends a count's abbreviation after a number ("10 tys.")."""
    start = dot
    while start > 0 and dot - start < 4 and text[start - 1].isalpha():
        start -= 1
    before = text[max(0, start - 2):start].strip()
    return text[start:dot].lower() in _COUNT_ABBREVIATIONS and before[-1:].isdigit()


def _wraps(text: str, at: int) -> bool:
    """Whether the line starting at `at` goes on with the clause before it: it starts with
    a lower-case letter, or, in a script without case and spaced into words (Arabic,
    Persian, Hindi: "... إلى 100 ألف رقم\nبدون موافقة أصحابها"), with a letter after a
    line that is not a heading nor a label ending in a colon. Han, kana, Hangul and Thai
    lines stay apart: their lists are often lines without bullets."""
    m = _NEXT_LINE.match(text, at)
    if m is None:
        return False
    first = m.group(1)
    if first.islower() or first.isalnum() and _joined(text, at):
        return True
    if not first.isalpha() or first.isupper() or _UNSPACED.match(first):
        return False
    start = text.rfind("\n", 0, at - 1) + 1
    line = text[start:at - 1].strip()
    return bool(line) and not line.startswith("#") and not line.endswith(":")


# Words that join what follows to what goes before: a line that ends with one goes on
# ("... into 500 Facebook groups and\n2,000 comment sections ...").
_JOINERS = frozenset(
    {"and", "or", "&", "y", "e", "ou", "et", "und", "oder", "и", "или", "ve", "veya", "dan", "atau", "lub"}
)


def _joined(text: str, at: int) -> bool:
    """Whether the line ending just before `at` ends with a joining word."""
    start = text.rfind("\n", 0, at - 1) + 1
    last = text[start:at - 1].rstrip().rpartition(" ")[2]
    return last.lower() in _JOINERS


def unspaced(word: str) -> bool:
    """Whether the word is a character of a script written without spaces (CJK, Thai)."""
    return len(word) == 1 and _UNSPACED.match(word) is not None


def is_count(word: str, quantity_words: frozenset[str]) -> bool:
    """A number ("1000", "10k", "1,500+") or a word for many ("thousands")."""
    return bool(_COUNT.fullmatch(word)) or word in quantity_words


def folded_words(entry: str) -> tuple[str, ...]:
    """The words of a vocabulary entry, folded like the text."""
    return tuple(w.text for w in words_of(_folded(entry)))


def _folded(entry: str) -> str:
    """A vocabulary entry as the text it is compared with reads (the "lines" view of a
    run: accents, look-alikes and case folded), so "reseña" matches what "Reseña" became."""
    return fold(entry).text


def word_set(entries: Iterable[str]) -> frozenset[str]:
    """One-word entries, folded like the text. An entry of several words is left out: it
    never equals one word, and split into its parts it stood for each of them (CJK is
    read a character a word, so "あなたの" put "の" among the buyer's words, and "no one"
    put "no"); a list that needs such entries is also read as `WordSeqs`."""
    out = set()
    for entry in entries:
        words = words_of(_folded(entry))
        if len(words) == 1:
            out.add(words[0].text)
    return frozenset(out)


class WordSeqs:
    """Entries of a word list, each a sequence of words, matched at a position of a clause
    (longest first)."""

    def __init__(self, entries: Iterable[str]) -> None:
        index: dict[str, list[tuple[str, ...]]] = {}
        for entry in entries:
            seq = tuple(w.text for w in words_of(_folded(entry)))
            if seq:
                index.setdefault(seq[0], []).append(seq)
        for seqs in index.values():
            seqs.sort(key=len, reverse=True)
        self._index = index
        # Each entry's length and its words after the first, as a list: what `match`
        # compares with a slice of the clause's texts.
        self._rests = {first: [(len(seq), list(seq[1:])) for seq in seqs] for first, seqs in index.items()}

    def __bool__(self) -> bool:
        return bool(self._index)

    @property
    def firsts(self) -> frozenset[str]:
        """The words an entry starts with."""
        return frozenset(self._index)

    def occurs(self, words: Words) -> bool:
        """Whether an entry starts at any word of the clause (`match` is tried only where
        one of the entries' first words stands)."""
        index = self._index
        if index.keys().isdisjoint(words.distinct):
            return False
        return any(self.match(words, i) for i, t in enumerate(words.texts) if t in index)

    def match(self, words: Sequence[Word], i: int) -> int:
        """How many words from `i` on make an entry (0: none)."""
        if i < 0 or i >= len(words):
            return 0
        if not isinstance(words, Words):  # a slice or a few words made up: word by word
            for seq in self._index.get(words[i].text, ()):
                n = len(seq)
                if i + n <= len(words) and all(words[i + k].text == seq[k] for k in range(1, n)):
                    return n
            return 0
        # A clause's texts are at hand as a list: an entry is compared with one slice of
        # them, at C speed, not word by word (tens of thousands of calls a batch).
        texts = words.texts
        rests = self._rests.get(texts[i])
        if rests is None:
            return 0
        for n, rest in rests:
            if n == 1 or i + n <= len(texts) and texts[i + 1:i + n] == rest:
                return n
        return 0

    def ending_at(self, words: Sequence[Word], end: int, reach: int) -> int | None:
        """The start of an entry that ends at `end` (exclusive) and starts at most `reach`
        words before it, or None."""
        for i in range(end - 1, max(-1, end - reach - 1), -1):
            n = self.match(words, i)
            if n and i + n == end:
                return i
        return None

    def find(self, words: Sequence[Word]) -> Iterator[tuple[int, int]]:
        """Every (start, end) word span of an entry, longest at each start; no overlaps."""
        index = self._index
        if not isinstance(words, Words):
            words = Words(words)
        if index.keys().isdisjoint(words.distinct):
            return
        end = 0
        for i in [i for i, t in enumerate(words.texts) if t in index]:
            if i < end:
                continue  # inside the entry found before
            n = self.match(words, i)
            if n:
                yield i, i + n
                end = i + n


class FirstWords:
    """Which of several groups of word lists (a conduct standard, a detector's nouns and
    verbs) can match in a clause, read in one pass over the clause's distinct words: a
    group none of whose lists' first words stands in the clause (nor, for `tails`, as
    the last part of a compound) finds nothing there, and is not tried."""

    def __init__(self, groups: Iterable[tuple[Iterable[WordSeqs], Iterable[WordSeqs]]]) -> None:
        # each group: (its word lists, those of them also matched as a compound's last part)
        self._heads: dict[str, set[int]] = {}
        self._tails: dict[str, set[int]] = {}
        for k, (lists, tails) in enumerate(groups):
            for seqs in lists:
                for w in seqs.firsts:
                    self._heads.setdefault(w, set()).add(k)
            for seqs in tails:
                for w in seqs.firsts:
                    self._tails.setdefault(w, set()).add(k)
        self._head_words = frozenset(self._heads)

    def groups_in(self, words: Words) -> set[int]:
        """The groups that may match in the clause (a superset of those that do)."""
        found: set[int] = set()
        heads, tails = self._heads, self._tails
        # The clause's words that start a list, found by a set intersection (most words
        # start none); compounds only where a list is also read as a compound's end.
        for t in self._head_words.intersection(words.distinct):
            found |= heads[t]
        if tails:
            for t in words.distinct:
                # "Google-reviews"; an elided article before the thing ("d'avis", "l'esame"),
                # whatever the word before the apostrophe (a superset is fine here)
                end = tail(t) if "-" in t else t.partition("'")[2] if "'" in t else ""
                ks = tails.get(end) if end else None
                if ks:
                    found |= ks
                if end and "-" in t:  # and its head, before a copy of it ("Führerschein-Scan")
                    found |= tails.get(t.rpartition("-")[0], set())
        return found
