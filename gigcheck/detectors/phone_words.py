"""Number words the digits view cannot read by table: glued compounds, "double five",
and tens and hundreds that add up ("twenty three" = 23, "quatre-vingt-dix-neuf" = 99).
"""
from __future__ import annotations

import re

from gigcheck.detectors.phone_vocab import PhoneVocab, words_of
from gigcheck.regex_cache import cached_regex

__all__ = ["absorb", "glued_cue_edits", "glued_edits", "repeat_edits", "scale_next", "vanity_edits"]

_GROUP = cached_regex(r"\d+")

# An edit of the digits view: replace ``[start, end)`` with the text.
Edit = tuple[int, int, str]


def glued_cue_edits(s: str, pv: PhoneVocab) -> list[Edit]:
    """A messenger or phone word glued to a number ("whatsapp_5551234567", "wa.447700900123",
    "tel5551234567"): the joiner read as a space, so the number is read after its cue as
    in "WhatsApp 5551234567". why (a handle that embeds a phone number)."""
    return [(m.start("j"), m.end("j"), " ") for m in pv.glued_cue.finditer(s)]


def glued_edits(s: str, pv: PhoneVocab) -> list[Edit]:
    """Words glued together read as digits ("fourfivefour" -> "454").

    Glued words are read only next to digits ("fourfivefour 555 0198"), so prose
    costs one look around each digit group."""
    edits: list[Edit] = []
    seen = -1
    for g in _GROUP.finditer(s):
        for a, b in (_word_before(s, g.start()), _word_after(s, g.end())):
            if b - a < 5 or a <= seen:
                continue
            t = s[a:b]
            if t[:2] in pv.part_starts and t not in pv.number_words:
                parts = _split_glued(t, pv)
                if parts:
                    edits.append((a, b, _compose_parts(parts, pv)))
                    seen = a
    return edits


def repeat_edits(s: str, pv: PhoneVocab) -> list[Edit]:
    """"double five" -> "55", "triple 0" -> "000"; a group repeated: "88 twice" ->
    "8888", "88 x2" -> "8888", "2x 4" -> "44"."""
    edits: list[Edit] = []
    if pv.repeat_re is not None and any(w in s for w in pv.repeat):
        for m in pv.repeat_re.finditer(s):
            times = pv.repeat[re.split(r"[ \-]", m.group())[0]]
            edits.append((m.start(), m.end(), m.group(1) * times))
    if any(ch.isdigit() for ch in s):
        for m in pv.times_re.finditer(s):
            if not _phone_word_before(s, m.start(), pv):
                continue  # "1080 x2", "3 revisions twice": counts and sizes
            if m.group("m"):
                edits.append((m.start(), m.end(), m.group("d") * int(m.group("m"))))
            else:
                count = m.group("n") or m.group("c")
                n = int(count) if count else pv.repeat_after[m.group("w")]
                edits.append((m.start(), m.end(), m.group("g") * n))
    return edits


# How far back a phone word makes a repeated group part of a number ("My number = 2x 4,
# then 15, then 88 twice").
_CUE_REACH = 80


def _phone_word_before(s: str, start: int, pv: PhoneVocab) -> bool:
    return not pv.context.isdisjoint(words_of(s[max(0, start - _CUE_REACH):start]))


# The letters of a telephone keypad (ITU E.161).
_KEYPAD = str.maketrans({
    **dict.fromkeys("abc", "2"), **dict.fromkeys("def", "3"), **dict.fromkeys("ghi", "4"),
    **dict.fromkeys("jkl", "5"), **dict.fromkeys("mno", "6"), **dict.fromkeys("pqrs", "7"),
    **dict.fromkeys("tuv", "8"), **dict.fromkeys("wxyz", "9"),
})


def vanity_edits(s: str, pv: PhoneVocab) -> list[Edit]:
    """A toll-free vanity number read on the keypad: "1-800-go-design" -> "1-800-4633744"
    (the first seven letters or digits after the prefix; the rest are decoration)."""
    edits: list[Edit] = []
    if "8" not in s:
        return edits
    for m in pv.vanity.finditer(s):
        tail = m.group("tail")
        chars = [ch for ch in tail.lower() if ch.isalnum()]
        if sum(ch.isalpha() for ch in chars) < 2:
            continue  # plain digits: the stretch reads them
        if {ch for ch in chars if ch.isalpha()} == {"x"}:
            continue  # a mask, no word: "1-800-XXX-XXXX" in a template
        edits.append((m.start("tail"), m.end("tail"), "".join(chars[:7]).translate(_KEYPAD)))
    return edits


def _split_glued(token: str, pv: PhoneVocab) -> list[tuple[str, str]] | None:
    """"fourfivefour" -> [("4",""), ("5",""), ("4","")]; "fünfundvierzig" ->
    [("5",""), ("40","und")]: (digits, joiner before it); None unless the whole token
    is two or more number words (joiners only between them)."""
    n = len(token)
    # best[i]: a parse of token[:i] as (parts, pending joiner)
    best: list[tuple[list[tuple[str, str]], str] | None] = [None] * (n + 1)
    best[0] = ([], "")
    for i in range(n):
        cur = best[i]
        if cur is None:
            continue
        parts, pending = cur
        for j in range(min(n, i + pv.max_part), i, -1):
            piece = token[i:j]
            if piece in pv.parts:
                if best[j] is None:
                    best[j] = (parts + [(pv.parts[piece], pending)], "")
            elif piece in pv.joiners and parts and not pending and best[j] is None:
                best[j] = (parts, piece)
    end = best[n]
    if end is None or end[1] or len(end[0]) < 2:
        return None
    return end[0]


def _word_before(s: str, i: int) -> tuple[int, int]:
    """The word of letters ending at `i` or one space or hyphen before it (at most 40
    letters are looked at: linear overall)."""
    if i > 1 and s[i - 1] in " -":
        i -= 1
    j = i
    while j > 0 and i - j <= 40 and s[j - 1].isalpha():
        j -= 1
    return (j, i) if j == 0 or not s[j - 1].isalpha() else (i, i)


def _word_after(s: str, i: int) -> tuple[int, int]:
    """The word of letters starting at `i` or one space or hyphen after it."""
    n = len(s)
    if i < n - 1 and s[i] in " -":
        i += 1
    j = i
    while j < n and j - i <= 40 and s[j].isalpha():
        j += 1
    return (i, j) if j == n or not s[j].isalpha() else (i, i)


def absorb(cur: int, nxt: int, joiner: str, pv: PhoneVocab) -> int | None:
    """The value of number words `cur` then `nxt` read as one number, if they are one:
    twenty + three, nine hundred + sixteen, soixante + dix-neuf, fünf + und + vierzig."""
    if _scales(cur, nxt):
        return cur * nxt  # "eight hundred" = 800, "two thousand" = 2000
    if joiner in pv.units_first:
        return nxt + cur if 0 < cur < 10 and nxt >= 20 and nxt % 10 == 0 and nxt < 100 else None
    if cur >= 20 and nxt > 0:
        zeros = len(str(cur)) - len(str(cur).rstrip("0"))
        if zeros and nxt < 10 ** zeros:
            return cur + nxt
        if cur in (60, 80) and 10 <= nxt <= 19:  # French: soixante-dix, quatre-vingt-onze
            return cur + nxt
    return None


def _scales(cur: int, nxt: int) -> bool:
    """`nxt` is "hundred" or "thousand" and `cur` the count of them before it."""
    return (nxt == 100 and 0 < cur < 10) or (nxt == 1000 and 0 < cur < 100)


def scale_next(cur: int, nxt: int | None) -> bool:
    """`cur` counts the hundreds or thousands that follow ("two thousand ONE hundred"):
    it belongs with them, not with the number before."""
    return nxt is not None and _scales(cur, nxt)


def _compose_parts(parts: list[tuple[str, str]], pv: PhoneVocab) -> str:
    out: list[int] = []
    for digits, joiner in parts:
        v = int(digits)
        if out:
            merged = absorb(out[-1], v, joiner, pv)
            if merged is not None:
                out[-1] = merged
                continue
        out.append(v)
    return "".join(str(v) for v in out)
