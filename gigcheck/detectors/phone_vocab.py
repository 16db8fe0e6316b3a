"""The pack's phone and number-word vocabulary compiled into patterns, and the cheap
test built on it.

`PhoneVocab` holds what `find_phones` (detectors/phones.py) reads numbers with: phone
words, number words and their arithmetic, and the pattern of a stretch of digit
groups. `may_hold_phone` tells, before any normalized view is built, that a text
cannot hold a number.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Set
from typing import Any

from gigcheck.detectors.placeholders import PlaceholderVocab
from gigcheck.regex_cache import cached_regex
from gigcheck.text.digits import run_pattern, word_run_pattern
from gigcheck.text.fold import fold
from gigcheck.text.lazy_regex import LazyPattern, WordGate
from gigcheck.text.trie import alternation

__all__ = [
    "ARROW_SEP", "CJK_NUM", "DASH_LETTERS", "LIST_MARKS", "SOFT_SEP", "TOKEN", "UNSPACED", "PhoneVocab",
    "may_hold_phone", "number_words", "words_of",
]

CJK_NUM = "零〇一幺二两兩三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖"
# A word of letters (in the digits view, where digits are no longer part of words).
# Vowel signs and viramas of Indic and Thai script are marks, not `\w`: without them
# "नंबर", "নাম্বার", "เบอร์" fall apart into pieces no phone word matches. A digit of
# those blocks (०, ০, ๐) is still no letter. One character per step: linear.
TOKEN = cached_regex(r"(?:[^\W\d_]|(?!\d)[\u0300-\u036f\u0900-\u0dff\u0e00-\u0e7f])+")
# A case ending hyphenated onto a name, as Polish, Finnish, Turkish... inflect
# abbreviations and brands: "BLIK-iem", "SMS-em", "WhatsApp'a". Fixed width: linear.
_INFLECTION = cached_regex(r"(?<=[^\W\d_])[-'’][^\W\d_]{1,3}(?![^\W\d_])")
# A two-letter cue broken into its letters ("W⏎A 447700900123", "W.A: 0812…", "W A"): two
# lone letters one mark apart read as one word (three or more are text/spacing.py's).
#. Fixed width: linear. Latin letters only: in Indic and Thai script a lone
# letter may stand before a vowel sign ("मेरा फ़ोन").
_LETTER_PAIR = cached_regex(r"(?<![A-Za-z][ \t\n./])(?<![^\W_])([A-Za-z])[ \t\n./]([A-Za-z])(?![^\W_])")


# Scripts written without spaces between words: Thai, kana, CJK ideographs.
UNSPACED = cached_regex(r"[\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff]")


def words_of(text: str) -> list[str]:
    """The words (`TOKEN`) of `text`, a hyphenated case ending read as part of the word
    before it: "przesłać BLIK-iem na" -> ["przesłać", "BLIK", "na"] (a cue stays a cue
    when inflected)."""
    text = _INFLECTION.sub("", text) if "-" in text or "'" in text or "’" in text else text
    return TOKEN.findall(_LETTER_PAIR.sub(r"\1\2", text) if _LETTER_PAIR.search(text) else text)

# The first test's five digits close together start nowhere after a letter other than
# o/i/l (which may stand for 0/1), nor inside a URL or after another digit.
_NOT_BEFORE = r"[a-hj-km-np-z0-9_/=?&#@]"
_CJK5 = cached_regex(f"[{CJK_NUM}](?:[ \\-\u2010-\u2015\u30fc]?[{CJK_NUM}]){{4}}")  # dashes, "ー" in Japanese

_PUNCT_AROUND = ",.;:!?)("

# Arrows, bullets, shapes and emoji between digit groups ("11 ➡ 9 ➡ 8765", "555 • 0142",
# "555🔸0142") are separators too, but soft ones (see `SOFT_SEP`).
_ARROWS = (
    "\u2190-\u21ff\u2b00-\u2bff\u25a0-\u25ff\u2600-\u27bf\U0001f300-\U0001faff"  # arrows, shapes, emoji
    "\u2022\u00b7\u2219\u22c5>|"
)
# Brackets of every kind may stand around a group ("(+1) [602] {555} <0149>").
# why (rt26 "صفر عشرة، سبعة ثلاثة أربعة أربعة،⏎ثمانية …"): the Arabic comma and semicolon
# part digit groups as "," and ";" do.
_SEPCLASS = rf"[ \t\n()\[\]{{}}<.\-_/\u00a0\u2010-\u2015\u2212\u30fc\uff0d\u30fb\uff65,;\u060c\u061b{_ARROWS}]"
# The commas and semicolons of `_SEPCLASS`: they cut lists of numbers.
LIST_MARKS = ",;\u060c\u061b"
# Separators a number continues over only when a phone cue stands before it ("+",
# "Call", "WhatsApp:"): a line break, " / ", an arrow or bullet, a joining word
# ("212 then 555"); without a cue they part unrelated numbers.
SOFT_SEP = cached_regex(f"[{_ARROWS}\n/]")
# Dashes that Unicode counts as letters: the katakana long vowel mark, full and half
# width ("090ー4821ー7736", "〇九〇ー四八二一"), which Japanese writes between digit groups.
DASH_LETTERS = frozenset("\u30fc\uff70")
ARROW_SEP = cached_regex(f"[{_ARROWS}]")


def _words(table: Mapping[str, Any], key: str) -> list[str]:
    return [str(w).lower() for w in table.get(key, [])]


# A folded form shorter than this may be another language's word: Vietnamese "số"
# (number) folds to English "so".
_FOLDED_MIN = 4


def _with_folded(words: list[str]) -> set[str]:
    """`words` and their accent-folded forms (long enough to say the same thing)."""
    out = set(words)
    out.update(f for f in (fold(w).text for w in words) if len(f) >= _FOLDED_MIN)
    return out


def number_words(numbers: Mapping[str, Any]) -> dict[str, str]:
    """`[vocab.numbers]` words, words_more and words_extra (more languages) as one table."""
    return {
        **numbers.get("words", {}), **numbers.get("words_more", {}), **numbers.get("words_extra", {}),
        **numbers.get("words_variants", {}),
    }


def _spaced_or_glued(words: list[str]) -> LazyPattern:
    """`words` (lower case) as one pattern: those of spaced scripts as whole words, those
    of CJK and Thai (written without spaces) anywhere."""
    low = {w.casefold() for w in words if w}
    spaced = alternation(w for w in low if not UNSPACED.search(w))
    glued = alternation(w for w in low if UNSPACED.search(w))
    parts = [rf"(?<!\w)(?:{spaced})(?!\w)" if spaced else "", glued]
    return LazyPattern("|".join(p for p in parts if p) or "(?!)")


class PhoneVocab:
    """The pack's `[vocab.phone]` and `[vocab.numbers]`, compiled once per process."""

    def __init__(
        self, phone: Mapping[str, Any], numbers: Mapping[str, Any], grammar: Mapping[str, Any] | None = None
    ) -> None:
        # Template stand-ins: a fictional number the text calls an example ("+1 555-0100").
        self.placeholders = PlaceholderVocab(grammar or {})
        # The seller's possessives before a noun ("my", "mój", "mi"): "my number" is a phone word.
        # (folded down to three letters: the digits view reads "mój" as "moj", which is no other word)
        owners = _words(grammar or {}, "possessives")
        self.possessives = frozenset(owners) | {f for f in (fold(w).text for w in owners) if len(f) >= 3}
        self.copulas = frozenset(_words(grammar or {}, "copulas"))
        self._read_phone_words(phone)
        self._read_number_words(numbers)
        self._compile_gates()
        self._compile_stretch()

    def _read_phone_words(self, phone: Mapping[str, Any]) -> None:
        self.regions = tuple(str(r).upper() for r in phone.get("regions", ["US"]))
        # The digits view folds accents ("numarasından" -> "numarasindan"): each word as
        # written and folded. why (Turkish cues after a number went unread).
        self.context = _with_folded(_words(phone, "context_words"))
        # (the other kinds of number folded too: "Numer zamówienia 2024/05/118" is read
        # "numer zamowienia". why: numbers hard negatives)
        self.not_phone = _with_folded(_words(phone, "not_phone_words"))
        # Those of scripts written without spaces (Thai, CJK): the end of a longer run names the number too
        # ("เลขที่คำสั่งซื้อ": "number of" + "order"). why (a Thai order label glued to its digits)
        self.not_phone_unspaced = tuple(w for w in self.not_phone if UNSPACED.search(w))
        self.units = set(_words(phone, "unit_words"))
        self.reversed_cue = _spaced_or_glued(_words(phone, "reversed_words"))
        self.cue_symbols = frozenset(str(w) for w in phone.get("cue_symbols", []))
        # "read the digits together" over a number hidden in lines (list_numbers.py)
        self.together_cue = _spaced_or_glued(list(_with_folded(_words(phone, "together_words"))))
        self.number_nouns = frozenset(_with_folded(_words(phone, "number_nouns")))
        self.id_nouns = frozenset(_with_folded(_words(phone, "id_nouns")))
        self.time_after = frozenset(_words(phone, "time_after_words"))
        ext = alternation(_words(phone, "extension_words")) or "(?!)"
        self.extension = LazyPattern(r"(?:" + ext + r")\.?[ :]?\d")
        plus = _words(phone, "plus_words")
        self.group_joiners = set(_words(phone, "group_joiners"))
        cues = alternation(_words(phone, "glued_number_cues"))
        # A messenger or phone word glued to seven digits or more ("whatsapp_5551234567"):
        # the place of the joiner ("_", ".", "-" or none) in group "j". Linear: the word
        # starts at a word start, and the alternation is a trie.
        self.glued_cue = LazyPattern(
            rf"(?<![^\W\d_])(?:{cues})(?P<j>[_.\-]?)(?=\+?\d{{7}})" if cues else "(?!)", re.IGNORECASE
        )
        self.plus_before = (
            LazyPattern(r"(?:^|[^\w])(?:" + "|".join(map(re.escape, plus)) + r")[ \t]*\Z") if plus else None
        )

    def _read_number_words(self, numbers: Mapping[str, Any]) -> None:
        table = {str(k).casefold(): str(v) for k, v in number_words(numbers).items()}
        self.number_words = table
        self.repeat = {str(k).casefold(): int(v) for k, v in numbers.get("repeat", {}).items()}
        self.repeat_after = {str(k).casefold(): int(v) for k, v in numbers.get("repeat_after", {}).items()}
        self.times_words = set(_words(numbers, "times_words"))
        self.connectors = set(_words(numbers, "connectors"))
        self.units_first = set(_words(numbers, "units_first"))
        self.run_gate = run_pattern({str(k): str(v) for k, v in numbers.get("run_words", {}).items()})
        self.kana_gate = word_run_pattern({str(k): str(v) for k, v in numbers.get("run_words_kana", {}).items()})
        # Glued compounds: whole words of letters made only of number words and joiners.
        self.parts = {k: v for k, v in table.items() if k.isalpha() and len(k) > 1}
        self.parts.update({fold(k).text: v for k, v in self.parts.items()})
        self.parts.update({str(k).casefold(): str(v) for k, v in numbers.get("glued_parts", {}).items()})
        self.joiners = {c for c in self.connectors if c.isalpha()}
        self.max_part = max((len(p) for p in [*self.parts, *self.joiners]), default=1)
        self.part_starts = {p[:2] for p in self.parts}

    def _compile_gates(self) -> None:
        """For `may_hold_phone`."""
        # Prefilter: number words as split() tokens, also with punctuation attached.
        plain = {k for k in self.number_words if not all("\u2e80" <= ch <= "\u9fff" for ch in k)}
        # Also without accents, as sellers type them ("funf", "tres", "zero").
        plain |= {fold(k).text for k in plain}
        self.token_words = frozenset(
            {w for k in (*plain, *self.repeat) for w in (k, *(k + p for p in _PUNCT_AROUND), "(" + k)}
        )
        # A digit glued to a number word ("five5five", "0one9eight"), or five digits
        # (line breaks may stand between them: "+1 (415)⏎555-⏎0132").
        glue = [k for k in plain if k.isalpha()]
        # Five digits close together, and a digit next to a number word (one test in
        # `may_hold_phone`), each starting with a digit, so a scan skips to digits at C
        # speed. Also a digit, then a number word: "415 five five five 0132". The word
        # tests compile only the words starting with the letters found after digits
        # (`WordGate`): the whole trie of number words is a large regex to compile at
        # every start.
        self.gate = LazyPattern(rf"\d(?<!{_NOT_BEFORE}\d)(?:\D{{0,4}}\d){{4}}")
        self.gate_glued = WordGate(glue, r"\d[ \-.,]{0,3}([^\W\d_])", _glued_template)
        # Number words joined by hyphens or symbols ("nine-one-seven", "five•five•five"),
        # which split() keeps whole. The lead looks ahead, so that every symbol is tried.
        self.gate_hyphen = WordGate(
            glue,
            r"(?=[^\w\s]([^\W\d_])[^\W\d_]*[^\w\s]([^\W\d_]))",
            _hyphen_template,
        )
        # Digit groups joined by a word ("212 then 555 then 0187").
        joined = alternation(self.group_joiners)
        self.gate_joined = LazyPattern(rf"\d[ ,\-]{{1,3}}(?:{joined})[ \-]{{1,3}}\d") if joined else None
        # A group repeated ("double 7", "88 twice", "2x 4", "88 x2"): see `repeat_edits`.
        self.repeat_firsts = frozenset(k.split()[0] for k in self.repeat)
        # A toll-free vanity number ("1-800-GO-DESIGN", "1 888 FLOWERS"): the prefix with
        # its "1", then seven to ten letters or digits in one word (hyphens and dots
        # inside), some of them letters (see `vanity_edits`): not "800 cases and 2".
        self.vanity = LazyPattern(
            r"(?<![\w+])\+?1[ .\-]?\(?8(?:00|33|44|55|66|77|88)\)?[ .\-]"
            r"(?P<tail>[a-z0-9](?:[.\-]?[a-z0-9]){6,9})(?![\w])",
            re.IGNORECASE,
        )

    def _compile_stretch(self) -> None:
        """For `find_phones`: where digit groups stand together, and "double five"."""
        conn = alternation(self.connectors | self.group_joiners)
        joiner = rf"|[ ,\-]{{1,3}}(?:{conn})[ \-]{{1,3}}" if conn else ""
        # A stretch of digit groups: optional "+", then digits with short separators (or
        # a joining word such as "y"/"und") between them. Separators and digits are
        # disjoint, so each repetition matches one way only: linear time.
        self.stretch = LazyPattern(
            r"(?:(?<![\d+])\+[ \t]?|(?<![0-9A-Za-z_\u00c0-\u024f/#$€£¥₹@.=&?%~^,+\u2212]))\d"
            rf"(?:(?:{_SEPCLASS}{{1,4}}{joiner})?\d)*"
        )
        rep = alternation(self.repeat)
        self.repeat_re = LazyPattern(rf"(?<![^\W\d_])(?:{rep})[ \-]+(\d)") if rep else None
        # A group, then how many times it stands ("88 twice", "88 x2"), or a count times a
        # digit ("2x 4" = 44; a space after the "x", unlike sizes "2x4", "1920x1080").
        # ("88 2 veces": number words are digits by then).
        after = alternation(self.repeat_after) or "(?!)"
        times = alternation(self.times_words) or "(?!)"
        self.times_re = LazyPattern(
            rf"(?<![\w.])(?P<g>\d{{1,4}})[ \t]+(?:(?P<w>{after})|(?P<c>[2-4])[ \t]*(?:{times})|[x×](?P<n>[2-4]))"
            r"(?![^\W\d_])|(?<![\w.])(?P<m>[2-4])[x×][ \t]+(?P<d>\d)(?!\d)"
        )


def _spelled(lower: str, tokens: Set[str], pv: PhoneVocab) -> bool:
    """Enough number words for a number spelled out: three different ones, or two
    different ones written four times ("five five five one one one ...")."""
    found = {w.strip(_PUNCT_AROUND) for w in pv.token_words & tokens}
    if len(found) >= 3:
        return True
    if len(found) != 2:
        return False
    words = "|".join(map(re.escape, found))
    return len(re.findall(rf"(?<![^\W\d_])(?:{words})(?![^\W\d_])", lower)) >= 4


def may_hold_phone(lower: str, pv: PhoneVocab, tokens: Set[str] | None = None) -> bool:
    """Cheap first test: could `lower` (text in lower case, raw or folded; `tokens` the
    set of its ``split()``, computed when not given) hold a phone number? Five digits
    close together, a digit next to a number word, number words, CJK numerals. When
    not, its normalized views need not be built. Costs a scan that skips to digits at C
    speed, and set lookups."""
    if tokens is None:
        tokens = frozenset(lower.split())
    if pv.gate.search(lower) or pv.gate_glued.search(lower) or pv.gate_hyphen.search(lower):
        return True
    if pv.glued_cue.search(lower):
        return True  # "whatsapp_5551234567"
    if pv.gate_joined is not None and not pv.group_joiners.isdisjoint(tokens) and pv.gate_joined.search(lower):
        return True
    if pv.repeat_re is not None and not pv.repeat_firsts.isdisjoint(tokens) and pv.repeat_re.search(lower):
        return True  # "0 7 double 7 0 9 triple 0 4 6 1"
    if "8" in lower and pv.vanity.search(lower):
        return True
    if _spelled(lower, tokens, pv):
        return True
    if pv.run_gate is not None and not lower.isascii() and pv.run_gate.search(lower):
        return True  # "공일공 일이삼사 오육칠팔"
    if pv.kana_gate is not None and not lower.isascii() and pv.kana_gate.search(lower):
        return True  # "ゼロキューゼロ・イチニーサンヨン"
    return not lower.isascii() and _CJK5.search(lower) is not None


# The word gates' templates, functions of the module (not lambdas) so that a PhoneVocab
# pickles into the build cache.
def _glued_template(g: str) -> str:
    return rf"\d(?:{g}|[ \-.,]{{1,3}}{g}(?![^\W\d_]))"


def _hyphen_template(g1: str, g2: str) -> str:
    return rf"[^\w\s]{g1}[^\w\s]{g2}(?![^\W\d_])"
