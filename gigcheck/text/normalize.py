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
from typing import Callable, Iterable, Mapping, Optional, Sequence, Union

__all__ = [
    "Normalized",
    "LEET",
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
# Flags summarising a character's info, so that a whole run can be copied at once:
_COMPLEX = 1  # dropped, or not exactly one output character (or marks inside it)
_MARK = 2  # a standalone combining mark (dropped after an ASCII letter or digit)
_ALT = 4  # has a Latin look-alike reading
_ASCII_OUT = 8  # its output ends with an ASCII letter or digit
_DROP_INFO = (_DROP, "", None, None, None, _COMPLEX)

# Scripts written without spaces and mixed inside one word in ordinary Japanese /
# Korean text count as one script, so that such words are not "mixed-script".
_CJK_SCRIPTS = frozenset(
    {"CJK", "HIRAGANA", "KATAKANA", "KATAKANA-HIRAGANA", "HANGUL", "BOPOMOFO", "IDEOGRAPHIC",
     "KANGXI", "HALFWIDTH"}
)
_NO_SCRIPT = frozenset({"MODIFIER", "SMALL", "CAPITAL", "MATHEMATICAL", "COMBINING"})

_CONF: Optional[dict[str, str]] = None
_INFO: dict[str, tuple] = {}  # per-character cache of _compute
_PLAIN: dict[int, str] = {}  # str.translate table of the cached one-to-one foldings
_INFO_MAX = 1 << 16  # distinct characters cached; past that (hostile input) recompute


def _confusables() -> dict[str, str]:
    """Non-ASCII character -> ASCII letter/digit it can be mistaken for.

    Built once from the Unicode confusables data shipped in the `confusable_homoglyphs`
    package (no network): the characters listed as homoglyphs of [a-zA-Z0-9]. Letter
    targets win over digit targets; targets are lowercased.
    """
    global _CONF
    if _CONF is None:
        import os
        from importlib.util import find_spec

        from gigcheck.build_cache import cached_build

        # Reading the 900 KB data file takes ~35 ms and yields ~1,400 entries: they are
        # kept in the build cache, keyed by the data file (found without importing it).
        spec = find_spec("confusable_homoglyphs")
        folder = os.path.dirname(spec.origin) if spec and spec.origin else ""
        path = os.path.join(folder, "confusables.json")
        st = os.stat(path)
        _CONF = cached_build(
            "confusables", {"path": path, "size": st.st_size, "mtime": st.st_mtime_ns}, lambda: _read_confusables(path), ()
        )
    return _CONF


def _read_confusables(path: str) -> dict[str, str]:
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    table: dict[str, str] = {}
    keys = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    for key in keys:
        for entry in data.get(key, ()):
            h = entry["c"].strip("\u200e\u200f")
            if len(h) == 1 and not h.isascii() and h not in table:
                table[h] = key
    return table


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
        if len(_INFO) < _INFO_MAX:
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
    flags = 0
    if len(pieces) != 1 or len(plain) != 1:
        flags |= _COMPLEX
    elif has_mark:
        flags |= _MARK
    if latin is not None:
        flags |= _ALT
    if plain and plain[-1].isascii() and plain[-1].isalnum():
        flags |= _ASCII_OUT
    info = (kind, plain, latin, script, pieces if has_mark else None, flags)
    if len(_INFO) < _INFO_MAX:
        _INFO[c] = info
        if not flags & _COMPLEX:
            _PLAIN[ord(c)] = plain
    return info


# A stretch without ASCII letters or digits that starts with a non-ASCII character:
# a whole Russian or Chinese paragraph is one run, "I’ll" has the run "’".
_RUN = re.compile(r"[^\x00-\x7f][^0-9A-Za-z]*")


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
    for m in _RUN.finditer(s):
        a, b = m.span()
        if a > pos:
            out.append(s[pos:a].lower())
            if origin is not None:
                origin.extend(range(pos, a))
        pos = b
        run = s[a:b]
        # Does the run touch an ASCII letter/digit on its left / right (a run ends only
        # at one)? Its first / last word then continues in ASCII.
        left = a > 0 and s[a - 1].isalnum()
        right = b < n
        flags = 0
        scripts = set()
        loc = {}
        cached = True
        for c in set(run):
            inf = info.get(c)
            if inf is None:
                inf = _compute(c)
                cached = cached and c in info
            loc[c] = inf
            flags |= inf[5]
            if inf[3] is not None:
                scripts.add(inf[3])
        left_touch = left and (loc[run[0]][0] != _OTHER)
        right_touch = right and (loc[run[-1]][0] != _OTHER)
        if not flags & _COMPLEX and (
            not flags & _MARK or not (flags & _ASCII_OUT or left_touch)
        ) and (
            not flags & _ALT
            or not (whole_script or left_touch or right_touch or "LATIN" in scripts or len(scripts) > 1)
        ):
            # Fast path: one output char per input char, no word needs Latinizing.
            out.append(run.translate(_PLAIN) if cached else "".join(loc[c][1] for c in run))
            if origin is not None:
                origin.extend(range(a, b))
            continue
        infos = [loc[c] for c in run]
        size = b - a
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
                kind, plain, latn, _, pieces, _ = infos[t]
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


def _latinize_joined(word: str) -> str:
    """Apply fold's mixed-script rule to a word made by joining single letters:
    "ѕ k у p e" was five one-letter words for `fold`, so its Cyrillic letters stayed."""
    infos = [_INFO.get(c) or _compute(c) for c in word]
    scripts = {inf[3] for inf in infos if inf[3] is not None}
    if "LATIN" not in scripts and len(scripts) < 2:
        return word
    return "".join(
        inf[2] if (inf[2] is not None and len(inf[2]) == 1 and not inf[5] & _COMPLEX) else c
        for c, inf in zip(word, infos)
    )


def collapse_spaced(text: Union[str, Normalized]) -> Normalized:
    """Join 3+ single letters/digits separated by spaces, dots, dashes, underscores,
    asterisks or bullets: "d a n n y", "s.k.y.p.e", "4 1 5 5 5 5", "s - k - y - p - e"
    become one word. The separator (1-3 such characters) must be the same all along
    the run. Prose is left alone: "I am a pro" has no three single letters in a row,
    "i.e. a" changes separator. Acronyms like "u.s.a" do collapse (harmless). A
    joined word that mixes scripts gets fold's look-alike mapping ("ѕ k у p e" with
    Cyrillic letters -> "skype"), so run it after `fold`.
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
        kept = [i for i in range(a, b) if s[i] not in _SEP_CHARS]
        word = "".join(s[i] for i in kept)
        if not word.isascii():
            word = _latinize_joined(word)
        out.append(word)
        local.extend(kept)
        pos = b
    if not pos:
        return base
    out.append(s[pos:])
    local.extend(range(pos, len(s) + 1))
    return _chain(base, "".join(out), local)


# ------------------------------------------------------------------------- deleet

# "1" reads as "i" here ("sk1pe"); it also stands for "l" ("te1egram"): detectors
# that care match vocabulary with i/l treated alike, or pass leet={"1": "l", ...}.
LEET: Mapping[str, str] = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t",
        "$": "s", "@": "a", "|": "l", "!": "i"}
_TOKEN_EXTRA = "$@|!"  # symbols that belong to a token, besides letters, digits, "_"
_LEET_HIT = re.compile(r"[013457$@|!]")


def _is_token_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_" or ch in _TOKEN_EXTRA


def deleet(text: Union[str, Normalized], leet: Optional[Mapping[str, str]] = None) -> Normalized:
    """Undo leetspeak inside words: "sk1pe", "$kype", "wh@tsapp", "te|egram" -> letters.

    Only tokens (runs of letters, digits, "_" and the leet symbols) that contain a
    letter are touched, and digits only when the token has at least as many letters
    as digits, so "24/7", "$50" and "2023" stay. Symbols map only inside a token
    (letters or digits on both sides), except "$" which may also start one ("$kype");
    so "@handle" and "wow!" keep their "@" and "!". Asterisks are masks, not leet:
    "sk*pe" is left as it is. Same length as the input (aligned map). Not for email
    detection: "me@mail" becomes "meamail". A custom `leet` table may only use
    the characters of `LEET` as keys.
    """
    base = as_normalized(text)
    s = base.text
    table = LEET if leet is None else leet
    n = len(s)
    chars: Optional[list[str]] = None
    done = 0  # tokens before this index are handled
    # Driven by the leet characters, so ordinary prose costs one regex scan.
    for m in _LEET_HIT.finditer(s):
        i = m.start()
        if i < done:
            continue
        a = i
        while a > 0 and _is_token_char(s[a - 1]):
            a -= 1
        b = i + 1
        while b < n and _is_token_char(s[b]):
            b += 1
        done = b
        tok = s[a:b]
        letters = sum(1 for ch in tok if ch.isalpha())
        if not letters:
            continue
        use_digits = letters >= sum(1 for ch in tok if ch.isdigit())
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

# A whole token of digits and O/o/I/i/l holding at least one digit. Linear: only a
# token start can match (look-behind), and the scan of one token is O(its length).
_NUMTOKEN = re.compile(r"(?<![^\W_])[OoIil]*[0-9][0-9OoIil]*(?![^\W_])")
_NUMSEP = frozenset(" -.()+/|\u00a0")
_TO_DIGIT = {"O": "0", "o": "0", "I": "1", "i": "1", "l": "1"}


def letters_to_digits(text: Union[str, Normalized], min_digits: int = 4) -> Normalized:
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
    return _chain(base, "".join(chars), None)


# ---------------------------------------------------------------- words_to_digits


def _is_char_matched(key: str) -> bool:
    """CJK numerals are matched character by character (no spaces between words)."""
    return all(unicodedata.east_asian_width(ch) in "WF" for ch in key)


def trie_pattern(words: Iterable[str], piece: Callable[[str], str] = re.escape) -> str:
    """A regex alternation shaped as a trie: one branch per first letter, so a position
    costs at most the longest word, not the number of words. `piece` gives each
    character's regex (e.g. making an inner space optional). Wrapped in a group."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [piece(ch) + emit(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return "(?:" + emit(trie) + ")"


class NumberWords:
    """A compiled number-word vocabulary (word -> digit string). Build once per pack
    (e.g. with ``ctx.cached``) and pass it to `words_to_digits`."""

    __slots__ = ("words", "chars", "pattern")

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
                # The views run this on `fold`ed text, which drops accents on Latin
                # letters ("fünf" -> "funf"): match that spelling too.
                self.words.setdefault(fold(key).text, digits)
        alts = []
        if self.words:
            # Whole words: no letter or digit-less word character on either side.
            alts.append(r"(?<![^\W\d_])(?:" + trie_pattern(self.words) + r")(?![^\W\d_])")
        if self.chars:
            alts.append("[" + "".join(re.escape(c) for c in sorted(self.chars)) + "]")
        self.pattern = re.compile("|".join(alts), re.IGNORECASE) if alts else None


def _is_mark(ch: str) -> bool:
    return not ch.isascii() and unicodedata.category(ch)[0] == "M"


def words_to_digits(
    text: Union[str, Normalized], words: Union[Mapping[str, str], NumberWords]
) -> Normalized:
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
    if nw.pattern is None:
        return base
    n = len(s)
    edits = []
    for m in nw.pattern.finditer(s):
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
    return compose(base, apply_edits(s, edits))


def apply_edits(s: str, edits: Iterable[tuple[int, int, str]]) -> Normalized:
    """`s` with each span [a, b) replaced by its text, mapped back to `s` (every
    replacement character to the start of its span). `edits` are sorted by position; one
    that overlaps an earlier one is skipped."""
    out: list[str] = []
    local: list[int] = []
    pos = 0
    for a, b, rep in edits:
        if a < pos:
            continue
        out.append(s[pos:a])
        local.extend(range(pos, a))
        out.append(rep)
        local.extend([a] * len(rep))
        pos = b
    out.append(s[pos:])
    local.extend(range(pos, len(s) + 1))
    return Normalized("".join(out), local, s)
