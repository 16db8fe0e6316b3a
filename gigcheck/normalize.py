"""Normalized views of text, with an offset map back to the original.

Contact detectors (emails, phones, messenger handles) must see through disguises:
zero-width characters, fullwidth or mathematical letters, Cyrillic look-alikes,
"s k y p e", "sk1pe", "four one five". Each function here returns a `Normalized`:
the transformed text plus `origin`, which maps every normalized character back to
the ORIGINAL string, so a match found in the normalized text is reported at what the
seller wrote.

Every function accepts a `str` or a `Normalized`; given a `Normalized`, it transforms
its `text` and composes the maps, so chains keep pointing at the first input::

    n = collapse_spaced(fold(paragraph))
    a, b = n.span(m.start(), m.end())      # offsets in `paragraph`

Typical views:
  * words / handles / emails:  ``collapse_spaced(fold(t))``
  * vocabulary with leetspeak: ``deleet(collapse_spaced(fold(t)))`` (not for emails:
    it turns "@" inside words into "a")
  * phone numbers: ``collapse_spaced(letters_to_digits(words_to_digits(fold(t), words)))``

All functions run in time linear in the input (plain loops and regexes whose
repeated parts cannot overlap).
"""
from __future__ import annotations

import json
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from typing import Mapping, Optional, Sequence, Union

__all__ = [
    "Normalized",
    "NumberWords",
    "as_normalized",
    "collapse_spaced",
    "compose",
    "deleet",
    "fold",
    "letters_to_digits",
    "words_to_digits",
]


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalized text and the map back to the original.

    `origin` has ``len(text) + 1`` entries: ``origin[i]`` is the index in `source` of
    the original character that produced normalized character ``i`` (several
    normalized characters may share one, as in "ß" -> "ss"; one may stand for several,
    as in "four" -> "4", where it points at the first), and ``origin[len(text)] ==
    len(source)``. It is non-decreasing. When the map is one-to-one it is a `range`
    (nothing is built per character); otherwise a list. Treat it as read-only.
    """

    text: str
    origin: Sequence[int]
    source: str

    @classmethod
    def identity(cls, text: str) -> "Normalized":
        return cls(text, range(len(text) + 1), text)

    @property
    def aligned(self) -> bool:
        """True when normalized index i is original index i (same length, 1:1 map)."""
        return isinstance(self.origin, range)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[a, b)`` covering the normalized characters ``[start, end)``.

        `a` is where the first one came from; `b` is where the original material that
        produced the last one ends, i.e. where the next normalized character's source
        begins. So the span also covers characters dropped in between (zero-width
        characters, separators removed by `collapse_spaced`) and whole words replaced
        by `words_to_digits`. Out-of-range arguments are clamped.
        """
        o = self.origin
        n = len(o) - 1
        start = 0 if start < 0 else n if start > n else start
        end = start if end < start else n if end > n else end
        a = o[start]
        if end == start:
            return a, a
        last = o[end - 1]
        b = o[end]
        if b == last:  # the next normalized char came from the same original char
            b = o[min(bisect_right(o, last, end), n)]
        return a, b

    def original(self, start: int, end: int) -> str:
        """The original text behind normalized ``[start, end)``."""
        a, b = self.span(start, end)
        return self.source[a:b]


def as_normalized(text: Union[str, Normalized]) -> Normalized:
    return text if isinstance(text, Normalized) else Normalized.identity(text)


def compose(first: Normalized, second: Normalized) -> Normalized:
    """`second` was computed from ``first.text``; map it back to ``first.source``."""
    if second.origin[-1] != len(first.text):
        raise ValueError("second was not computed from first.text")
    o2 = second.origin
    if isinstance(o2, range):
        return Normalized(second.text, first.origin, first.source)
    o1 = first.origin
    if isinstance(o1, range):
        return Normalized(second.text, o2, first.source)
    return Normalized(second.text, [o1[k] for k in o2], first.source)


def _chain(base: Normalized, text: str, local: Optional[list[int]]) -> Normalized:
    """Wrap a step's result; `local` maps into base.text (None: 1:1)."""
    if local is None:
        if text == base.text:
            return base
        return Normalized(text, base.origin, base.source)
    o1 = base.origin
    if isinstance(o1, range):
        return Normalized(text, local, base.source)
    return Normalized(text, [o1[k] for k in local], base.source)


# --------------------------------------------------------------------------- fold

# Invisible code points that are not category Cf (Cf is dropped wholesale): combining
# grapheme joiner, Hangul fillers, Khmer inherent vowels, variation selectors.
_IGNORABLE = frozenset(
    "\u034f\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180f\u3164\uffa0"
    + "".join(chr(c) for c in range(0xFE00, 0xFE10))
    + "".join(chr(c) for c in range(0xE0100, 0xE01F0))
)

_DROP, _WORD, _OTHER = 0, 1, 2
_DROP_INFO = (_DROP, "", None, None, None)

# Scripts written without spaces and mixed inside one word in ordinary Japanese /
# Korean text count as one script, so that such words are not "mixed-script".
_CJK_SCRIPTS = frozenset(
    {"CJK", "HIRAGANA", "KATAKANA", "KATAKANA-HIRAGANA", "HANGUL", "BOPOMOFO", "IDEOGRAPHIC",
     "KANGXI", "HALFWIDTH"}
)
_NO_SCRIPT = frozenset({"MODIFIER", "SMALL", "CAPITAL", "MATHEMATICAL", "COMBINING"})

_CONF: Optional[dict[str, str]] = None
_INFO: dict[str, tuple] = {}


def _confusables() -> dict[str, str]:
    """Non-ASCII character -> ASCII letter/digit it can be mistaken for.

    Built once from the Unicode confusables data shipped in the `confusable_homoglyphs`
    package (no network): the characters listed as homoglyphs of [a-zA-Z0-9]. Letter
    targets win over digit targets; targets are lowercased.
    """
    global _CONF
    if _CONF is None:
        from importlib import resources

        raw = resources.files("confusable_homoglyphs").joinpath("confusables.json")
        data = json.loads(raw.read_text(encoding="utf-8"))
        table: dict[str, str] = {}
        keys = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
        for key in keys:
            for entry in data.get(key, ()):
                h = entry["c"].strip("\u200e\u200f")
                if len(h) == 1 and not h.isascii() and h not in table:
                    table[h] = key
        _CONF = table
    return _CONF


# Where the capital's look-alike would mislead for the small letter.
_SMALL_OVERRIDES = {"η": "n"}


def _latin_of(x: str) -> Optional[str]:
    """The ASCII letter/digit that character `x` (any case) looks like, if any."""
    conf = _confusables()
    t = conf.get(x)
    if t is None:
        low = x.casefold()
        if len(low) == 1:
            t = conf.get(low)
        if t is None:
            d = unicodedata.normalize("NFD", low)
            if len(d) > 1 and all(unicodedata.category(m)[0] == "M" for m in d[1:]):
                t = conf.get(d[0])
            if t is None:
                # Small letters shaped like small capitals (Cyrillic "к", "т", "н",
                # Greek "κ", "τ") are listed only through their capitals.
                t = _SMALL_OVERRIDES.get(low)
                if t is None:
                    up = x.upper()
                    if len(up) == 1 and up != x:
                        t = conf.get(up)
            if t is None:
                return None
    # The data lists I-shaped capitals (Cyrillic І, Greek Ι) under "l" (the UTS #39
    # skeleton of "I"); a capital I-shape reads as "I", which lowercases to "i".
    if t == "l" and x.isupper():
        return "i"
    return t.lower()


def _script(ch: str) -> Optional[str]:
    first = unicodedata.name(ch, "").split(" ", 1)[0]
    if not first or first in _NO_SCRIPT:
        return None
    if first in _CJK_SCRIPTS:
        return "CJK"
    return first


def _compute(c: str) -> tuple:
    """Fold one original character: (kind, plain, latin, script, pieces).

    plain: NFKC, casefold, decimal digits -> ASCII, marks stripped from Latin bases.
    latin: the same with confusable letters made ASCII (None when no change), used
    only in words that qualify (see `fold`). pieces: None, or the per-output-char
    (plain, latin, is_mark) list when the output holds combining marks, whose
    dropping depends on the preceding character.
    """
    cat = unicodedata.category(c)
    if cat == "Cf" or c in _IGNORABLE:
        _INFO[c] = _DROP_INFO
        return _DROP_INFO
    major = cat[0]
    if major == "C":
        nf = c
    else:
        nf = unicodedata.normalize("NFKC", c)
        # Symbols and punctuation only take one-to-one compatibility forms ("＠" -> "@"),
        # not expansions that would glue letters onto words ("skype™" -> "skypetm").
        if major in "PS" and len(nf) != 1:
            nf = c
    pieces: list[tuple[str, Optional[str], bool]] = []
    for x in nf:
        low = x.casefold()
        xlat = _latin_of(x) if not x.isascii() and len(low) == 1 else None
        for y in low:
            if y.isascii():
                pieces.append((y, None, False))
                continue
            d = unicodedata.decimal(y, None)
            if d is not None:
                pieces.append((str(d), None, False))
                continue
            if unicodedata.category(y)[0] == "M":
                pieces.append((y, None, True))
                continue
            dec = unicodedata.normalize("NFD", y)
            if len(dec) > 1 and all(unicodedata.category(m)[0] == "M" for m in dec[1:]):
                b = dec[0]
                # Accents hide nothing on Latin letters ("ŝkype"), but are part of the
                # letter elsewhere (Russian "й", Greek "ά" stay as they are).
                if b.isascii() or _script(b) == "LATIN":
                    y = b
            lat = xlat if xlat is not None else (_latin_of(y) if not y.isascii() else None)
            pieces.append((y, lat if lat != y else None, False))
    plain = "".join(p for p, _, _ in pieces)
    latin = "".join(l or p for p, l, _ in pieces) if any(l for _, l, _ in pieces) else None
    kind = _WORD if (major in "LMN" or (plain and plain.isalnum())) else _OTHER
    script = None
    for p, _, is_mark in pieces:
        if is_mark:
            continue
        ch = p[0]
        if ch.isascii():
            script = "LATIN" if ch.isalnum() else None
        elif ch.isalpha():
            script = _script(ch)
        break
    has_mark = any(m for _, _, m in pieces)
    info = (kind, plain, latin, script, pieces if has_mark else None)
    _INFO[c] = info
    return info


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def fold(text: Union[str, Normalized], *, whole_script: bool = False) -> Normalized:
    """Remove invisible characters and fold look-alikes, case and digits.

    * drops format characters (category Cf: zero-width space/joiners, word joiner,
      BOM, soft hyphen, bidi controls, tags) and other invisibles (variation
      selectors, combining grapheme joiner, Hangul fillers);
    * NFKC per character: fullwidth, mathematical, circled, superscript letters and
      digits become plain ones; punctuation and symbols only when NFKC gives a single
      character ("＠" -> "@", but "™" stays);
    * casefold ("ß" -> "ss"); decimal digits of every script -> ASCII digits;
    * combining marks are dropped on Latin letters ("ŝkype" -> "skype", also marks
      that follow an ASCII letter or digit, as in keycap "4️⃣") and kept elsewhere;
    * confusable letters (Cyrillic "ѕ", Greek "ο", ... per the Unicode confusables
      data) become the ASCII letter or digit they imitate, *only in words that mix
      scripts*: a word (run of letters, digits and marks; invisibles do not split it)
      that contains an ASCII letter or digit, or letters of two non-Latin scripts
      (Chinese, Japanese kana and Korean count as one). Single-script words such as
      Russian "скайп" or Chinese "微信" are kept, because vocabularies list them in
      their own script. ``whole_script=True`` maps confusables in every word (an
      aggressive second view that also catches all-Cyrillic "ѕсаm", at the price of
      turning Russian "сор" into "cop").

    ASCII input takes a fast path (lowercase, aligned map).
    """
    base = as_normalized(text)
    s = base.text
    if s.isascii():
        low = s.lower()
        return base if low == s else Normalized(low, base.origin, base.source)
    folded, local = _fold_str(s, whole_script)
    return _chain(base, folded, local)


def _fold_str(s: str, whole_script: bool) -> tuple[str, Optional[list[int]]]:
    info = _INFO
    out: list[str] = []
    origin: Optional[list[int]] = None  # None while output index == input index
    pos = 0
    n = len(s)
    for m in _NON_ASCII.finditer(s):
        a, b = m.span()
        if a > pos:
            out.append(s[pos:a].lower())
            if origin is not None:
                origin.extend(range(pos, a))
        run = s[a:b]
        infos = [info.get(c) or _compute(c) for c in run]
        size = b - a
        left = a > 0 and s[a - 1].isalnum()  # an ASCII letter or digit
        right = b < n and s[b].isalnum()
        prev_alnum = left  # last emitted char is an ASCII letter or digit
        j = 0
        while j < size:
            if infos[j][0] == _OTHER:
                k = j + 1
                lat = False
            else:
                # A word: up to the next separator. Decide once whether it mixes scripts.
                k = j
                latin = j == 0 and left
                mixed = False
                first = None
                while k < size:
                    inf = infos[k]
                    if inf[0] == _OTHER:
                        break
                    sc = inf[3]
                    if sc is not None:
                        if sc == "LATIN":
                            latin = True
                        elif first is None:
                            first = sc
                        elif sc != first:
                            mixed = True
                    k += 1
                if k == size and right:
                    latin = True
                lat = whole_script or latin or mixed
            for t in range(j, k):
                kind, plain, latn, _, pieces = infos[t]
                if kind == _DROP:
                    if origin is None:
                        origin = list(range(a + t))
                    continue
                if pieces is None:
                    st = latn if (lat and latn is not None) else plain
                else:
                    parts = []
                    for p, pl, is_mark in pieces:
                        if is_mark and prev_alnum:
                            continue
                        x = pl if (lat and pl is not None) else p
                        parts.append(x)
                        prev_alnum = x[-1] < "\x80" and x[-1].isalnum()
                    st = "".join(parts)
                if origin is None:
                    if len(st) == 1:
                        out.append(st)
                        prev_alnum = st < "\x80" and st.isalnum()
                        continue
                    origin = list(range(a + t))
                if st:
                    out.append(st)
                    if len(st) == 1:
                        origin.append(a + t)
                    else:
                        origin.extend([a + t] * len(st))
                    last = st[-1]
                    prev_alnum = last < "\x80" and last.isalnum()
            j = k
        pos = b
    if pos < n:
        out.append(s[pos:].lower())
        if origin is not None:
            origin.extend(range(pos, n))
    if origin is not None:
        origin.append(n)
    return "".join(out), origin


# ------------------------------------------------------------------ collapse_spaced

_SEP_CHARS = " .-_*\u00b7\u2022"
# A single letter/digit (no letter or digit on either side), then 2+ more, each after
# the same separator string of 1-3 characters (so "i.e. a" is not glued: "." then
# ". "). Separators and letters are disjoint classes, so each repetition can only
# match one way: linear time.
_SPACED = re.compile(
    r"(?<![^\W_])[^\W_](?![^\W_])([ .\-_*\u00b7\u2022]{1,3})[^\W_](?![^\W_])"
    r"(?:\1[^\W_](?![^\W_]))+"
)


def collapse_spaced(text: Union[str, Normalized]) -> Normalized:
    """Join 3+ single letters/digits separated by spaces, dots, dashes, underscores,
    asterisks or bullets: "d a n n y", "s.k.y.p.e", "4 1 5 5 5 5", "s - k - y - p - e"
    become one word. The separator (1-3 such characters) must be the same all along
    the run. Prose is left alone: "I am a pro" has no three single letters in a row,
    "i.e. a" changes separator. Acronyms like "u.s.a" do collapse (harmless).
    """
    base = as_normalized(text)
    s = base.text
    out: list[str] = []
    local: list[int] = []
    pos = 0
    for m in _SPACED.finditer(s):
        a, b = m.span()
        if a > pos:
            out.append(s[pos:a])
            local.extend(range(pos, a))
        for i in range(a, b):
            ch = s[i]
            if ch not in _SEP_CHARS:
                out.append(ch)
                local.append(i)
        pos = b
    if not pos:
        return base
    out.append(s[pos:])
    local.extend(range(pos, len(s) + 1))
    return _chain(base, "".join(out), local)


# ------------------------------------------------------------------------- deleet

# "1" reads as "i" here ("sk1pe"); it also stands for "l" ("te1egram"): detectors
# that care match vocabulary with i/l treated alike, or pass leet={"1": "l", ...}.
LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t",
        "$": "s", "@": "a", "|": "l", "!": "i"}
_LEET_DIGITS = "013457"
_TOKEN = re.compile(r"[\w$@|!]+")


def deleet(text: Union[str, Normalized], leet: Optional[Mapping[str, str]] = None) -> Normalized:
    """Undo leetspeak inside words: "sk1pe", "$kype", "wh@tsapp", "te|egram" -> letters.

    Only tokens (runs of letters, digits, "_" and the leet symbols) that contain a
    letter are touched, and digits only when the token has at least as many letters
    as digits, so "24/7", "$50" and "2023" stay. Symbols map only inside a token
    (letters or digits on both sides), except "$" which may also start one ("$kype");
    so "@handle" and "wow!" keep their "@" and "!". Asterisks are masks, not leet:
    "sk*pe" is left as it is. Same length as the input (aligned map). Not for email
    detection: "me@mail" becomes "meamail".
    """
    base = as_normalized(text)
    s = base.text
    table = LEET if leet is None else leet
    if not any(ch in s for ch in table):
        return base
    chars: Optional[list[str]] = None
    for m in _TOKEN.finditer(s):
        tok = m.group()
        letters = sum(1 for ch in tok if ch.isalpha())
        if not letters:
            continue
        digits = sum(1 for ch in tok if ch.isdigit())
        use_digits = letters >= digits
        a = m.start()
        last = len(tok) - 1
        for k, ch in enumerate(tok):
            rep = table.get(ch)
            if rep is None:
                continue
            if ch.isdigit():
                if not use_digits:
                    continue
            else:
                inner = 0 < k < last and tok[k - 1].isalnum() and tok[k + 1].isalnum()
                start = ch == "$" and k == 0 and last > 0 and tok[1].isalpha()
                if not (inner or start):
                    continue
            if chars is None:
                chars = list(s)
            chars[a + k] = rep
    if chars is None:
        return base
    return _chain(base, "".join(chars), None)


# -------------------------------------------------------------- letters_to_digits

_NUMTOKEN = re.compile(r"[0-9OoIil]+")
_NUMSEP = frozenset(" -.()+/|\u00a0")
_TO_DIGIT = {"O": "0", "o": "0", "I": "1", "i": "1", "l": "1"}


def letters_to_digits(text: Union[str, Normalized], min_digits: int = 4) -> Normalized:
    """In phone-like stretches, read O/o as 0 and I/i/l as 1: "415-555-O123".

    A stretch is a run of tokens made only of digits and O, o, I, i, l, each holding
    at least one real digit, joined by phone separators (space - . ( ) + / |); the
    letters are replaced when the stretch has `min_digits` or more real digits.
    Tokens without a digit ("oil", "I") are never touched. "|" is read as a separator
    (Markdown tables, "415|555"), not as a 1. Same length (aligned map).
    """
    base = as_normalized(text)
    s = base.text
    if not any(ch in s for ch in _TO_DIGIT):
        return base
    n = len(s)
    chars: Optional[list[str]] = None
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
        tok = m.group()
        ok = (a == 0 or not s[a - 1].isalnum()) and (b == n or not s[b].isalnum())
        d = sum(1 for ch in tok if ch <= "9") if ok else 0
        if not d:
            if group:
                flush()
                group, digits = [], 0
            continue
        if group and not all(s[i] in _NUMSEP for i in range(end, a)):
            flush()
            group, digits = [], 0
        group.append((a, b))
        digits += d
        end = b
    if group:
        flush()
    if chars is None:
        return base
    return _chain(base, "".join(chars), None)


# ---------------------------------------------------------------- words_to_digits


def _is_char_matched(key: str) -> bool:
    """CJK numerals are matched character by character (no spaces between words)."""
    return all(unicodedata.east_asian_width(ch) in "WF" for ch in key)


class NumberWords:
    """A compiled number-word vocabulary (word -> digit string). Build once per pack."""

    __slots__ = ("words", "chars")

    def __init__(self, words: Mapping[str, str]) -> None:
        self.words: dict[str, str] = {}
        self.chars: dict[str, str] = {}
        for word, digits in words.items():
            key = unicodedata.normalize("NFKC", word).casefold()
            if not key:
                continue
            if len(key) == 1 and _is_char_matched(key):
                self.chars[key] = digits
            else:
                self.words[key] = digits


_LETTERS = re.compile(r"[^\W\d_]+")


def _words(s: str):
    """(start, end) of each word: letter runs, joined across combining marks (which
    `\\w` does not match) so Devanagari "दो" or a decomposed "é" stay one word."""
    a = b = -1
    for m in _LETTERS.finditer(s):
        ms, me = m.span()
        if a >= 0 and all(unicodedata.category(s[i])[0] == "M" for i in range(b, ms)):
            b = me
            continue
        if a >= 0:
            yield a, _marks_end(s, b)
        a, b = ms, me
    if a >= 0:
        yield a, _marks_end(s, b)


def _marks_end(s: str, b: int) -> int:
    n = len(s)
    while b < n and not s[b].isascii() and unicodedata.category(s[b])[0] == "M":
        b += 1
    return b


def _edits(s: str, nw: NumberWords):
    words, chars = nw.words, nw.chars
    for a, b in _words(s):
        tok = s[a:b]
        rep = words.get(tok.casefold())
        if rep is not None:
            yield a, b, rep
        elif chars:
            for k, ch in enumerate(tok):
                r = chars.get(ch)
                if r is not None:
                    yield a + k, a + k + 1, r


def words_to_digits(
    text: Union[str, Normalized], words: Union[Mapping[str, str], NumberWords]
) -> Normalized:
    """Replace number words by their digits: "four one five" -> "4 1 5".

    Whole words (runs of letters; digits, spaces and punctuation bound them, so
    "4one5" -> "415" but "phone" stays) are looked up case-insensitively. Single CJK
    numerals ("一", "零") are replaced wherever they stand, as Chinese has no spaces
    (so "一起" also becomes "1起": phone detectors need digit runs, not one digit).
    A replaced word maps back to the whole word. Pass a `NumberWords` to avoid
    recompiling the vocabulary on every call.
    """
    base = as_normalized(text)
    nw = words if isinstance(words, NumberWords) else NumberWords(words)
    s = base.text
    if not nw.words and not nw.chars:
        return base
    edits = list(_edits(s, nw))
    if not edits:
        return base
    out: list[str] = []
    pos = 0
    if all(b - a == len(rep) for a, b, rep in edits):
        for a, b, rep in edits:
            out.append(s[pos:a])
            out.append(rep)
            pos = b
        out.append(s[pos:])
        return _chain(base, "".join(out), None)
    local: list[int] = []
    for a, b, rep in edits:
        if a > pos:
            out.append(s[pos:a])
            local.extend(range(pos, a))
        out.append(rep)
        local.extend([a] * len(rep))
        pos = b
    out.append(s[pos:])
    local.extend(range(pos, len(s) + 1))
    return _chain(base, "".join(out), local)
