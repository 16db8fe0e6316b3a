"""Digits in disguise read as digits: "415-555-O123", "four one five", "一二三"."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from gigcheck.regex_cache import cached_regex
from gigcheck.text.fold import fold
from gigcheck.text.normalized import Normalized, apply_edits, as_normalized, chain, compose
from gigcheck.text.trie import trie_pattern

__all__ = ["NumberWords", "letters_to_digits", "run_pattern", "word_run_pattern", "words_to_digits"]

# A whole token of digits and O/o/I/i/l holding at least one digit. Linear: only a
# token start can match (look-behind), and the scan of one token is O(its length).
_NUMTOKEN = cached_regex(r"(?<![^\W_])[OoIil]*[0-9][0-9OoIil]*(?![^\W_])")
_NUMSEP = frozenset(" -.()+/|\u00a0")
_TO_DIGIT = {"O": "0", "o": "0", "I": "1", "i": "1", "l": "1"}


def letters_to_digits(text: str | Normalized, min_digits: int = 4) -> Normalized:
    """In phone-like stretches, read O/o as 0 and I/i/l as 1: "415-555-O123".

    A stretch is a run of tokens made only of digits and O, o, I, i, l, each holding
    at least one real digit, joined by 1-3 phone separators (space - . ( ) + / |); the
    letters are replaced when the stretch has `min_digits` or more real digits.
    Tokens without a digit ("oil", "I") are never touched. "|" is read as a separator
    (Markdown tables, "415|555"), not as a 1. Same length (aligned map).
    """
    base = as_normalized(text)
    s = base.text
    if not any(ch in s for ch in _TO_DIGIT):
        return base
    chars: list[str] | None = None
    group: list[tuple[int, int]] = []  # tokens of the current stretch
    digits = 0
    end = -1  # end of the last token in the group

    def flush() -> None:
        nonlocal chars
        if digits >= min_digits:
            for a, b in group:
                for i in range(a, b):
                    rep = _TO_DIGIT.get(s[i])
                    if rep is not None:
                        if chars is None:
                            chars = list(s)
                        chars[i] = rep

    for m in _NUMTOKEN.finditer(s):
        a, b = m.span()
        d = sum(1 for ch in m.group() if ch <= "9")
        if group and (a - end > 3 or not all(s[i] in _NUMSEP for i in range(end, a))):
            flush()
            group, digits = [], 0
        group.append((a, b))
        digits += d
        end = b
    if group:
        flush()
    if chars is None:
        return base
    return chain(base, "".join(chars), None)


def _is_char_matched(key: str) -> bool:
    """CJK numerals are matched character by character (no spaces between words)."""
    return all(unicodedata.east_asian_width(ch) in "WF" for ch in key)


class NumberWords:
    """A compiled number-word vocabulary (word -> digit string). Build once per pack
    (e.g. with ``ctx.cached``) and pass it to `words_to_digits`."""

    __slots__ = (
        "words", "chars", "pattern", "run_chars", "runs", "run_words", "word_runs", "run_word", "bridges", "bridge",
    )

    def __init__(
        self, words: Mapping[str, str], runs: Mapping[str, str] | None = None, bridges: Mapping[str, str] | None = None
    ) -> None:
        self.words: dict[str, str] = {}
        self.chars: dict[str, str] = {}
        # Numerals that are syllables of ordinary words too (Korean "일", "이", "사"):
        # read only in a run of `RUN_MIN` or more standing apart from other letters.
        self.run_chars = {unicodedata.normalize("NFKC", k): str(v) for k, v in (runs or {}).items() if len(k) == 1}
        self.runs = run_pattern(self.run_chars)
        # Numerals of two or more letters that are pieces of ordinary words too (the
        # katakana readings "ゼロ", "キュー", "サン" of "サンプル"): likewise, in a run
        # ("ゼロキューゼロ・イチニーサンヨン").
        self.run_words = {
            unicodedata.normalize("NFKC", k): str(v) for k, v in (runs or {}).items() if len(k) > 1
        }
        self.word_runs = word_run_pattern(self.run_words)
        self.run_word = cached_regex(trie_pattern(self.run_words)) if self.run_words else None
        # Numerals that are common words elsewhere (Hindi "do" = 2, English "do"): read
        # only between two numerals ("teen do ek").
        self.bridges = {str(k).casefold(): str(v) for k, v in (bridges or {}).items()}
        self.bridge = (
            cached_regex(r"(?<![^\W\d_])(?:" + trie_pattern(self.bridges) + r")(?![^\W\d_])", re.IGNORECASE)
            if self.bridges else None
        )
        for word, digits in words.items():
            key = unicodedata.normalize("NFKC", word).casefold()
            if not key:
                continue
            if len(key) == 1 and _is_char_matched(key):
                self.chars[key] = digits
            else:
                self.words[key] = digits
                # The views run this on `fold`ed text, which drops accents on Latin
                # letters ("fünf" -> "funf"): match that spelling too.
                self.words.setdefault(fold(key).text, digits)
        alts = []
        if self.words:
            # Whole words: no letter or digit-less word character on either side.
            alts.append(r"(?<![^\W\d_])(?:" + trie_pattern(self.words) + r")(?![^\W\d_])")
        if self.chars:
            alts.append("[" + "".join(re.escape(c) for c in sorted(self.chars)) + "]")
        self.pattern = cached_regex("|".join(alts), re.IGNORECASE) if alts else None


# How many numerals a run of `runs` needs ("일이삼사"): fewer are words ("이사", "사이").
RUN_MIN = 4
# At most this many numerals in one run of words: a phone number has fewer, and the
# bound keeps a run that fails at its end from being re-read from each start (linear).
_RUN_MAX = 20
# Letters a run of katakana numerals must not touch (it would be a longer word:
# "サンプル"); hiragana particles may follow ("…ハチまで").
_KANA_OR_LATIN = r"[\u30a0-\u30ffa-zA-Z]"


def word_run_pattern(words: Mapping[str, str]) -> re.Pattern[str] | None:
    """A run of `RUN_MIN` to `_RUN_MAX` numerals of `words` (numerals of two or more
    letters; one space, hyphen, dot or "・" allowed between them) standing apart."""
    words = {k: v for k, v in words.items() if len(k) > 1}
    if not words:
        return None
    one = trie_pattern(words)
    sep = r"[ \-.\u30fb]?"
    return cached_regex(
        rf"(?<!{_KANA_OR_LATIN})(?:{one})(?:{sep}(?:{one})){{{RUN_MIN - 1},{_RUN_MAX - 1}}}+(?!{_KANA_OR_LATIN})"
    )


def run_pattern(chars: Mapping[str, str]) -> re.Pattern[str] | None:
    """Runs of `RUN_MIN` or more of `chars`, one space, hyphen or dot allowed between
    them, with no letter glued on either side. Linear: a run starts only where no
    numeral stands before it (not inside a run that failed), and its repetition is
    possessive (no backtracking when a letter is glued at its end)."""
    if not chars:
        return None
    cls = "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"
    return cached_regex(
        rf"(?<!\w)(?<!{cls}[ \-.]){cls}(?:[ \-.]?{cls}){{{RUN_MIN - 1},}}+(?=(?:{_RUN_PARTICLES})?(?!\w))"
    )


# Korean particles a run of Sino-Korean numerals may carry glued ("육칠팔구로 문자 주세요": "by"),
# as hiragana may follow katakana numerals; none starts with a numeral's syllable, so the
# possessive run never gives one back. why (rt41 disguise "공일공 이삼사오 육칠팔구로").
_RUN_PARTICLES = "으로요|으로|로요|로|에요|에서|에|까지|번으로|번|한테|께|요"


def _is_mark(ch: str) -> bool:
    return not ch.isascii() and unicodedata.category(ch)[0] == "M"


# Between a bridge word and a numeral beside it: spaces, a comma, a hyphen (bounded).
_BRIDGE_GAP = cached_regex(r"[ \t,\-]{1,3}")
_BRIDGE_LEFT = cached_regex(r"[ \t,\-]{1,3}\Z")


def _bridged(s: str, nw: NumberWords, edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The bridge words of `s` with a numeral (an edit or a digit) right on each side."""
    assert nw.bridge is not None
    ends = {b for _, b, _ in edits}
    starts = {a for a, _, _ in edits}
    out = []
    for m in nw.bridge.finditer(s):
        a, b = m.span()
        left = _BRIDGE_LEFT.search(s[max(0, a - 3):a])
        right = _BRIDGE_GAP.match(s, b)
        if left is None or right is None:
            continue
        x, y = a - len(left.group()), right.end()
        if (x in ends or (x > 0 and s[x - 1].isdigit())) and (y in starts or (y < len(s) and s[y].isdigit())):
            out.append((a, b, nw.bridges[m.group().casefold()]))
    return out


def words_to_digits(text: str | Normalized, words: Mapping[str, str] | NumberWords) -> Normalized:
    """Replace number words by their digits: "four one five" -> "4 1 5".

    Whole words (letters; digits, spaces and punctuation bound them, so "4one5" ->
    "415" but "phone" and "someone" stay; a combining mark next to the word also
    counts as part of a longer word) are matched case-insensitively. Single CJK
    numerals ("一", "零") are replaced wherever they stand, as Chinese has no spaces
    (so "一起" also becomes "1起": phone detectors need digit runs, not one digit).
    A replaced word maps back to the whole word. Pass a `NumberWords` to avoid
    recompiling the vocabulary on every call.
    """
    base = as_normalized(text)
    nw = words if isinstance(words, NumberWords) else NumberWords(words)
    s = base.text
    if nw.pattern is None and nw.runs is None and nw.word_runs is None:
        return base
    n = len(s)
    edits: list[tuple[int, int, str]] = []
    if nw.runs is not None:
        for m in nw.runs.finditer(s):
            run = enumerate(m.group(), m.start())
            edits.extend((i, i + 1, nw.run_chars[ch]) for i, ch in run if ch in nw.run_chars)
    if nw.word_runs is not None and nw.run_word is not None:
        for m in nw.word_runs.finditer(s):
            for w in nw.run_word.finditer(s, m.start(), m.end()):
                edits.append((w.start(), w.end(), nw.run_words[w.group()]))
    for m in nw.pattern.finditer(s) if nw.pattern is not None else ():
        a, b = m.span()
        key = m.group().casefold()
        rep = nw.words.get(key)
        if rep is None:
            rep = nw.chars.get(key)
            if rep is None:
                continue
        elif (a > 0 and _is_mark(s[a - 1])) or (b < n and _is_mark(s[b])):
            continue
        edits.append((a, b, rep))
    if nw.bridge is not None and edits:
        edits.extend(_bridged(s, nw, edits))
    if not edits:
        return base
    edits.sort()
    out: list[str] = []
    pos = 0
    if all(b - a == len(rep) for a, b, rep in edits):
        for a, b, rep in edits:
            out.append(s[pos:a])
            out.append(rep)
            pos = b
        out.append(s[pos:])
        return chain(base, "".join(out), None)
    return compose(base, apply_edits(s, edits))
