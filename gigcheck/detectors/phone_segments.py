"""A stretch of digit groups, cut where a phone number cannot continue.

Each group remembers how it was written (plain digits, number words, look-alike
letters, exotic digits or spacing) in the digits view `find_phones` reads; the cuts
and the sums of number words ("20 3" -> "23") follow from that.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from gigcheck.detectors.phone_vocab import ARROW_SEP, CJK_NUM, DASH_LETTERS, LIST_MARKS, SOFT_SEP, TOKEN, PhoneVocab
from gigcheck.detectors.phone_words import absorb, scale_next
from gigcheck.regex_cache import cached_regex
from gigcheck.text.normalized import Normalized

__all__ = ["Group", "digits_of", "groups_of", "segments", "without_stray_word"]

_GROUP = cached_regex(r"\d+")
_SWAP = frozenset("oOiIlsSzZB")
_PIECE = cached_regex(r"[^\W_]+")
_LATIN = cached_regex(r"[A-Za-z\u00c0-\u024f]")


@dataclass(slots=True)
class Group:
    a: int  # view offsets
    b: int
    digits: str
    kind: str  # "digit", "word", "swap", "changed" (exotic digits, spacing, invisibles)
    pieces: int = 1  # words or digits it was written as ("Four-One-Five", "4 1 5": 3)

    def one_per_digit(self) -> bool:
        """Written digit by digit ("nine-one-seven", "4 1 5"), not as one number ("ten")."""
        return self.pieces == len(self.digits) > 1


def groups_of(view: Normalized, m: re.Match[str]) -> list[Group]:
    """The digit groups of the stretch `m` of ``view.text``, each with how it was
    written; none when they hold fewer than four digits."""
    s = view.text
    groups = [
        Group(g.start() + m.start(), g.end() + m.start(), g.group(), "")
        for g in _GROUP.finditer(m.group())
    ]
    if sum(len(g.digits) for g in groups) < 4:
        return []
    for g in groups:
        g.kind = _kind(view, g.a, g.b, s)
        if g.kind != "digit":
            g.pieces = len(_PIECE.findall(view.original(g.a, g.b)))
    return groups


def _kind(norm: Normalized, a: int, b: int, s: str) -> str:
    orig = norm.original(a, b)
    if orig == s[a:b] or _native_digits(norm, a, b, orig):
        return "digit"
    letters = {ch for ch in orig if ch.isalpha()}
    if letters and not letters <= _SWAP or any(ch in CJK_NUM for ch in orig):
        return "word"
    if letters:
        return "swap"
    return "changed"


# Digit blocks and the letters of the script that writes them: Arabic-Indic and Persian digits in
# Arabic-script text, Devanagari, Bengali and Thai digits in their scripts, fullwidth digits in CJK text.
_NATIVE_SCRIPTS: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("\u0660", "\u0669", cached_regex(r"[\u0620-\u064a\u0671-\u06d3\u06fa-\u06ff]")),
    ("\u06f0", "\u06f9", cached_regex(r"[\u0620-\u064a\u0671-\u06d3\u06fa-\u06ff]")),
    ("\u0966", "\u096f", cached_regex(r"[\u0904-\u0939\u0958-\u0961]")),
    ("\u09e6", "\u09ef", cached_regex(r"[\u0985-\u09b9\u09dc-\u09e1]")),
    ("\u0e50", "\u0e59", cached_regex(r"[\u0e01-\u0e2e]")),
    ("\uff10", "\uff19", cached_regex(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")),
)
# How far around a number its text's script is read.
_SCRIPT_REACH = 40


def _native_digits(norm: Normalized, a: int, b: int, orig: str) -> bool:
    """Digits of one script's own block written in text of that script ("عدد المشاهدات
    ١٢٣٤٥٦٧٨٩٠", "बिक्री १२३४५६७८९०", "注文番号 ４０２７"): how the language writes numbers, no
    disguise; the same digits in a sentence mostly in Latin letters still are one. why (
    numbers audit)."""
    digits = [ch for ch in orig if ch.isdecimal()]
    if not digits or not all(ch.isdecimal() or ch.isspace() or ch in "-./" for ch in orig):
        return False
    for lo, hi, letters in _NATIVE_SCRIPTS:
        if all(lo <= ch <= hi for ch in digits):
            x, y = norm.span(a, b)
            around = norm.source[max(0, x - _SCRIPT_REACH):x] + norm.source[y:y + _SCRIPT_REACH]
            # (a brand in Latin letters may stand among them: "رقم حساب Google Ads ١٠٤٨…")
            return len(letters.findall(around)) > len(_LATIN.findall(around))
    return False


def segments(s: str, groups: list[Group], pv: PhoneVocab, cued: bool = False, intl: bool = False) -> list[list[Group]]:
    """Cut a stretch where a phone number cannot continue. With `cued` (a phone cue
    stands before the stretch) a number also continues over a soft cut: one line
    break, " / ", an arrow, a joining word ("212 then 555 then 0187"); not between
    two round numbers ("1500 then 2500 words", "300 / 500 / 1000") unless it starts
    with "+" (`intl`)."""
    segs: list[list[Group]] = [[groups[0]]]
    for prev, g in zip(groups, groups[1:], strict=False):
        sep = s[prev.b:g.a]
        # (a trunk "0" opens a number alone on its line; prices and counts listed so do not)
        alone = segs[-1][0].digits.startswith("0") and _alone_on_line(s, prev) and _alone_on_line(s, g)
        goes_on = cued or _hyphen_first(sep) or alone
        joins = goes_on and _soft_cut(sep, pv) and (intl or not _round_pair(prev, g))
        if _hard_cut(sep, prev, g) and not joins:
            segs.append([g])
        else:
            segs[-1].append(g)
    out = []
    for seg in segs:
        if _unit_after(s, seg[-1], pv):
            seg = seg[:-1]
        if seg:
            out.append(seg)
    return out


def without_stray_word(seg: list[Group]) -> list[Group]:
    """`seg` without one number word at either end of digits written as digits, which
    is usually prose: "9876543210 hai" (Hindi "is"), "0532 123 45 67 bir" (Turkish
    "a"); `seg` itself when there is none. The caller tries this reading first."""
    if len(seg) < 2 or sum(g.kind == "word" for g in seg) != 1:
        return seg
    if seg[-1].kind == "word" and seg[-1].pieces == 1:
        return seg[:-1]
    if seg[0].kind == "word" and seg[0].pieces == 1:
        return seg[1:]
    return seg


def _hard_cut(sep: str, prev: Group, g: Group) -> bool:
    """No number continues over `sep` from `prev` to `g`."""
    words = prev.kind == "word" and g.kind == "word"
    # Commas cut lists of numbers ("1, 3 or 7 days"), but next to digits written out
    # one by one they are pauses: "Four-One-Five, 555, Zero-One-Three-Two".
    pause = words or _spelled_group(prev) or _spelled_group(g)
    return (
        (any(ch in LIST_MARKS for ch in sep) and not pause)
        or (("\n" in sep or any(ch.isalpha() and ch not in DASH_LETTERS for ch in sep)) and not words)
        or ("/" in sep and " " in sep) or _brackets(sep, "([{<") > 1 or _brackets(sep, ")]}>") > 1
        or ARROW_SEP.search(sep.strip(" <>")) is not None
    )


def _brackets(sep: str, kinds: str) -> int:
    """How many opening (or closing) brackets of any kind `sep` holds: one closes a
    group and one opens the next ("(+1) [602] {555} <0149>"); more part lists."""
    return sum(sep.count(ch) for ch in kinds)


def _soft_cut(sep: str, pv: PhoneVocab) -> bool:
    """A separator that parts numbers only when nothing says a phone number goes on:
    one line break (not a blank line), a slash, an arrow or bullet, or a joining word,
    with spaces, hyphens and brackets around it."""
    core = sep.strip(" \t-()[]{}<>,")  # (", then ": a comma before the joining word)
    if not core or sep.count("\n") > 1:
        return False
    if core in pv.group_joiners:
        return True
    return len(core) <= 2 and all(SOFT_SEP.match(ch) or ch in " -" for ch in core)


# A line's layout before a group that stands alone on it: spaces, list marks, bullets
# and check marks, nothing of a word ("✔ 010", "• 5834").
_LINE_LAYOUT = cached_regex(r"[^\w\n]*")
_LINE_REST = cached_regex(r"[ \t]*(?:\n|\Z)")


def _alone_on_line(s: str, g: Group) -> bool:
    """Group `g` is all its line holds but layout: a number cut over lines with nothing
    else on them ("✔ 010⏎✔ 5834⏎✔ 2917") goes on over each break as after a cue.
    why (rt35 linebreak: a bulleted paragraph that is no Markdown list)."""
    start = s.rfind("\n", 0, g.a) + 1
    return _LINE_LAYOUT.fullmatch(s, start, g.a) is not None and _LINE_REST.match(s, g.b) is not None


def _round_pair(prev: Group, g: Group) -> bool:
    """Two round numbers side by side ("1500", "2500"): amounts, not pieces of a number."""
    return prev.digits.endswith("00") and g.digits.endswith("00")


def _hyphen_first(sep: str) -> bool:
    """A hyphen ends the group before the break ("555-⏎0148", "| (312) 555- | 0148 |"):
    the seller shows the number goes on."""
    return sep.lstrip(" \t").startswith("-")


def _unit_after(s: str, last: Group, pv: PhoneVocab) -> bool:
    """A unit after the last group makes it a measurement ("24-bit", "48000 hz", "5k");
    an extension ("x 623", "ext. 12") or a word ("0132call") does not."""
    tail = TOKEN.match(s, last.b + (1 if last.b < len(s) and s[last.b] in " -" else 0))
    if tail is None or pv.extension.match(s, tail.start()):
        return False
    word = tail.group()
    glued = tail.start() == last.b and _LATIN.match(word) is not None
    return word in pv.units or (glued and len(word) <= 2)


def _spelled_group(g: Group) -> bool:
    """Three or more digits written as words one by one: "Four-One-Five"."""
    return g.kind == "word" and g.one_per_digit() and len(g.digits) >= 3


def digits_of(s: str, seg: list[Group], pv: PhoneVocab) -> tuple[list[str], list[str]]:
    """Digit groups with number words added up ("20 3" -> "23"), and their separators."""
    vals: list[str] = [seg[0].digits]
    seps: list[str] = []
    kinds = [seg[0].kind]
    for k, (prev, g) in enumerate(zip(seg, seg[1:], strict=False)):
        sep = s[prev.b:g.a]
        after = seg[k + 2] if k + 2 < len(seg) and seg[k + 2].kind == "word" else None
        if prev.kind == "word" and g.kind == "word" and kinds[-1] == "word":
            joiner = sep.strip(" -,")
            small = len(vals[-1]) < 5 and (len(g.digits) < 4 or g.digits == "1000")
            small = small and not scale_next(int(g.digits), int(after.digits) if after else None)
            merged = absorb(int(vals[-1]), int(g.digits), joiner, pv) if small else None
            if merged is not None and (not joiner or joiner in pv.connectors):
                vals[-1] = str(merged)
                _absorb_back(vals, kinds, seps, pv)
                continue
        vals.append(g.digits)
        seps.append(sep)
        kinds.append(g.kind)
    return vals, seps


def _absorb_back(vals: list[str], kinds: list[str], seps: list[str], pv: PhoneVocab) -> None:
    """After "one hundred" became 100, add it to a round number of words before it:
    "two thousand" + "one hundred" = 2100."""
    if len(vals) < 2 or kinds[-2] != "word" or len(vals[-2]) > 5:
        return
    joiner = seps[-1].strip(" -,")
    if joiner and joiner not in pv.connectors:
        return
    merged = absorb(int(vals[-2]), int(vals[-1]), joiner, pv)
    if merged is not None:
        vals[-2:] = [str(merged)]
        kinds.pop()
        seps.pop()
