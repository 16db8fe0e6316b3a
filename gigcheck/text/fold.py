"""`fold`: invisible characters removed; look-alikes, case and digits folded."""
from __future__ import annotations

import unicodedata
from typing import TypeAlias

from gigcheck.regex_cache import cached_regex
from gigcheck.text.confusables import latin_of
from gigcheck.text.normalized import Normalized, as_normalized, chain

__all__ = ["fold", "latinize_joined"]

# Invisible code points that are not category Cf (Cf is dropped wholesale): combining
# grapheme joiner, Hangul fillers, Khmer inherent vowels, variation selectors.
_IGNORABLE = frozenset(
    "\u034f\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180f\u3164\uffa0"
    + "".join(chr(c) for c in range(0xFE00, 0xFE10))
    + "".join(chr(c) for c in range(0xE0100, 0xE01F0))
)

# One output character of an original one: (plain, latin, is_mark), see `_compute`.
_Piece: TypeAlias = tuple[str, str | None, bool]
# What `_compute` knows of an original character: (kind, plain, latin, script, pieces,
# flags). A plain tuple, read by index in the loops of `_fold_str`.
_CharInfo: TypeAlias = tuple[int, str, str | None, str | None, list[_Piece] | None, int]

_DROP, _WORD, _OTHER = 0, 1, 2
# Flags summarising a character's info, so that a whole run can be copied at once:
_COMPLEX = 1  # dropped, or not exactly one output character (or marks inside it)
_MARK = 2  # a standalone combining mark (dropped after an ASCII letter or digit)
_ALT = 4  # has a Latin look-alike reading
_ASCII_OUT = 8  # its output ends with an ASCII letter or digit
_DROP_INFO: _CharInfo = (_DROP, "", None, None, None, _COMPLEX)

# Scripts written without spaces and mixed inside one word in ordinary Japanese /
# Korean text count as one script, so that such words are not "mixed-script".
_CJK_SCRIPTS = frozenset(
    {"CJK", "HIRAGANA", "KATAKANA", "KATAKANA-HIRAGANA", "HANGUL", "BOPOMOFO", "IDEOGRAPHIC",
     "KANGXI", "HALFWIDTH"}
)
_NO_SCRIPT = frozenset({"MODIFIER", "SMALL", "CAPITAL", "MATHEMATICAL", "COMBINING"})

_INFO: dict[str, _CharInfo] = {}  # per-character cache of _compute
_PLAIN: dict[int, str] = {}  # str.translate table of the cached one-to-one foldings
_INFO_MAX = 1 << 16  # distinct characters cached; past that (hostile input) recompute


def _script(ch: str) -> str | None:
    first = unicodedata.name(ch, "").split(" ", 1)[0]
    if not first or first in _NO_SCRIPT:
        return None
    if first in _CJK_SCRIPTS:
        return "CJK"
    return first


def _compute(c: str) -> _CharInfo:
    """Fold one original character: (kind, plain, latin, script, pieces, flags).

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
        elif len(nf) == 1 and not nf.isascii():
            nf = _letter_by_name(nf) or nf
    pieces = _pieces(nf)
    plain = "".join(p for p, _, _ in pieces)
    latin = "".join(lat or p for p, lat, _ in pieces) if any(lat for _, lat, _ in pieces) else None
    kind = _WORD if (major in "LMN" or (plain and plain.isalnum())) else _OTHER
    has_mark = any(m for _, _, m in pieces)
    flags = _flags(pieces, plain, latin, has_mark)
    info = (kind, plain, latin, _lead_script(pieces), pieces if has_mark else None, flags)
    if len(_INFO) < _INFO_MAX:
        _INFO[c] = info
        if not flags & _COMPLEX:
            _PLAIN[ord(c)] = plain
    return info


# Latin letters that NFKC leaves alone but that read as one plain letter, named so by
# Unicode: small capitals ("ꜱɴᴀᴘ"), negative circled / squared capitals ("🆂🅺🆈🅿🅴"),
# regional-indicator letters ("🇸🇰🇾🇵🇪"). Sellers spell channel names with them.
_LETTER_NAME = cached_regex(
    r"(?:LATIN (?:CAPITAL )?LETTER SMALL CAPITAL|NEGATIVE (?:CIRCLED|SQUARED) LATIN CAPITAL LETTER"
    r"|REGIONAL INDICATOR SYMBOL LETTER|LATIN SMALL LETTER SCRIPT) ([A-Z])"
)


def _letter_by_name(c: str) -> str | None:
    m = _LETTER_NAME.fullmatch(unicodedata.name(c, ""))
    return m.group(1).lower() if m else None


def _pieces(nf: str) -> list[_Piece]:
    pieces: list[_Piece] = []
    for x in nf:
        low = x.casefold()
        xlat = latin_of(x) if not x.isascii() and len(low) == 1 else None
        pieces.extend(_piece(y, xlat) for y in low)
    return pieces


def _piece(y: str, xlat: str | None) -> _Piece:
    """One casefolded character as (plain, latin, is_mark); `xlat` is the reading of
    the character it came from."""
    if y.isascii():
        return (y, None, False)
    d = unicodedata.decimal(y, None)
    if d is not None:
        return (str(d), None, False)
    if unicodedata.category(y)[0] == "M":
        return (y, None, True)
    dec = unicodedata.normalize("NFD", y)
    if len(dec) > 1 and all(unicodedata.category(m)[0] == "M" for m in dec[1:]):
        b = dec[0]
        # Accents hide nothing on Latin letters ("ŝkype"), but are part of the
        # letter elsewhere (Russian "й", Greek "ά" stay as they are).
        if b.isascii() or _script(b) == "LATIN":
            y = b
    lat = xlat if xlat is not None else (latin_of(y) if not y.isascii() else None)
    return (y, lat if lat != y else None, False)


def _lead_script(pieces: list[_Piece]) -> str | None:
    """The script of the first output character that is not a mark (None when it is
    not a letter or digit)."""
    for p, _, is_mark in pieces:
        if is_mark:
            continue
        ch = p[0]
        if ch.isascii():
            return "LATIN" if ch.isalnum() else None
        if ch.isalpha():
            return _script(ch)
        return None
    return None


def _flags(pieces: list[_Piece], plain: str, latin: str | None, has_mark: bool) -> int:
    flags = 0
    if len(pieces) != 1 or len(plain) != 1:
        flags |= _COMPLEX
    elif has_mark:
        flags |= _MARK
    if latin is not None:
        flags |= _ALT
    if plain and plain[-1].isascii() and plain[-1].isalnum():
        flags |= _ASCII_OUT
    return flags


# A stretch without ASCII letters or digits that starts with a non-ASCII character:
# a whole Russian or Chinese paragraph is one run, "I’ll" has the run "’".
_RUN = cached_regex(r"[^\x00-\x7f][^0-9A-Za-z]*")


def fold(text: str | Normalized, *, whole_script: bool = False) -> Normalized:
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
    return chain(base, folded, local)


def _fold_str(s: str, whole_script: bool) -> tuple[str, list[int] | None]:
    out: list[str] = []
    origin: list[int] | None = None  # None while output index == input index
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
        loc, fast = _survey(run, left, right, whole_script)
        if fast is not None:
            out.append(fast)
            if origin is not None:
                origin.extend(range(a, b))
            continue
        origin = _fold_run([loc[c] for c in run], a, left, right, whole_script, out, origin)
    if pos < n:
        out.append(s[pos:].lower())
        if origin is not None:
            origin.extend(range(pos, n))
    if origin is not None:
        origin.append(n)
    return "".join(out), origin


def _survey(run: str, left: bool, right: bool, whole_script: bool) -> tuple[dict[str, _CharInfo], str | None]:
    """The infos of the run's distinct characters, and the folded run when it can be
    copied at once: one output character per input character, no word to Latinize."""
    info = _INFO
    flags = 0
    scripts: set[str] = set()
    loc: dict[str, _CharInfo] = {}
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
        return loc, run.translate(_PLAIN) if cached else "".join(loc[c][1] for c in run)
    return loc, None


def _fold_run(
    infos: list[_CharInfo],
    a: int,
    left: bool,
    right: bool,
    whole_script: bool,
    out: list[str],
    origin: list[int] | None,
) -> list[int] | None:
    """Fold the run at `a` word by word onto `out`; returns `origin`, created (from
    None) once output and input indices part."""
    size = len(infos)
    prev_alnum = left  # last emitted char is an ASCII letter or digit
    j = 0
    while j < size:
        if infos[j][0] == _OTHER:
            k = j + 1
            lat = False
        else:
            k, lat = _word(infos, j, j == 0 and left, right, whole_script)
        origin, prev_alnum = _emit_word(infos, j, k, a, lat, prev_alnum, out, origin)
        j = k
    return origin


def _word(infos: list[_CharInfo], j: int, latin: bool, right: bool, whole_script: bool) -> tuple[int, bool]:
    """The end of the word at `j` (up to the next separator), and whether it mixes
    scripts (its confusables are then read as Latin). `latin`: it continues an ASCII
    word on its left; `right`: the run ends at an ASCII letter or digit."""
    size = len(infos)
    k = j
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
    return k, whole_script or latin or mixed


def _emit_word(
    infos: list[_CharInfo],
    j: int,
    k: int,
    a: int,
    lat: bool,
    prev_alnum: bool,
    out: list[str],
    origin: list[int] | None,
) -> tuple[list[int] | None, bool]:
    """Append the folding of run characters [j, k) (Latin readings when `lat`) to `out`
    and `origin`; returns `origin` and whether the last emitted character is an ASCII
    letter or digit."""
    for t in range(j, k):
        kind, plain, latn, _, pieces, _ = infos[t]
        if kind == _DROP:
            if origin is None:
                origin = list(range(a + t))
            continue
        if pieces is None:
            st = latn if (lat and latn is not None) else plain
        else:
            st, prev_alnum = _join_pieces(pieces, lat, prev_alnum)
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
    return origin, prev_alnum


def _join_pieces(pieces: list[_Piece], lat: bool, prev_alnum: bool) -> tuple[str, bool]:
    """A character whose output holds combining marks: a mark right after an ASCII
    letter or digit is dropped (keycap "4️⃣")."""
    parts = []
    for p, pl, is_mark in pieces:
        if is_mark and prev_alnum:
            continue
        x = pl if (lat and pl is not None) else p
        parts.append(x)
        prev_alnum = x[-1] < "\x80" and x[-1].isalnum()
    return "".join(parts), prev_alnum


def latinize_joined(word: str) -> str:
    """Apply fold's mixed-script rule to a word made by joining single letters:
    "ѕ k у p e" was five one-letter words for `fold`, so its Cyrillic letters stayed."""
    infos = [_INFO.get(c) or _compute(c) for c in word]
    scripts = {inf[3] for inf in infos if inf[3] is not None}
    if "LATIN" not in scripts and len(scripts) < 2:
        return word
    return "".join(
        inf[2] if (inf[2] is not None and len(inf[2]) == 1 and not inf[5] & _COMPLEX) else c
        for c, inf in zip(word, infos, strict=True)
    )
