"""Whether a segment of digit groups is a phone number to report, and in which form.

A number written with "+", "00", "tel:", next to a word like "phone" or "WhatsApp", or
in disguise (spelled out, look-alike letters, exotic digits, spaced out) counts when
its length is possible for a region; any other number must be a valid number of one of
the pack's regions (PhoneNumberMatcher, leniency VALID).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from gigcheck.detectors.phone_guards import (
    context,
    dated,
    dummy_number,
    grouped_like_phone,
    looks_like_other_number,
    template_number,
    written_as_other_number,
)
from gigcheck.detectors.phone_segments import Group, digits_of
from gigcheck.detectors.phone_validity import phonenumbers, possible, valid
from gigcheck.detectors.phone_vocab import SOFT_SEP, PhoneVocab, words_of
from gigcheck.regex_cache import cached_regex

__all__ = ["DISGUISED", "PLAIN", "SPELLED", "Hit", "judge"]

PLAIN = "plain"
SPELLED = "spelled"
DISGUISED = "disguised"

_LONG_BLOCK = cached_regex(r"\d{6}")


class Hit(NamedTuple):
    """A phone number at ``[start, end)`` of the digits view."""

    start: int
    end: int
    value: str  # E.164
    form: str  # PLAIN, SPELLED (number words) or DISGUISED (look-alikes, spacing ...)


@dataclass(frozen=True, slots=True)
class _Number:
    """A segment read as one number."""

    start: int  # view offsets, with a "+", "plus" or "(" before the digits
    end: int
    vals: list[str]  # digit groups, number words added up
    seps: list[str]  # what stands between them
    digits: str  # without an international "00"
    intl: bool  # written with "+" or "00"
    zeros: bool  # international by a leading "00" only (no "+"): as often a reference's leading zeros
    spelled: bool  # four or more digits written as words
    disguised: bool
    words: bool  # some group was written as words

    @property
    def form(self) -> str:
        return SPELLED if self.spelled else DISGUISED if self.disguised else PLAIN


def judge(s: str, seg: list[Group], plus: bool, pv: PhoneVocab) -> list[Hit]:
    """The phone numbers in segment `seg` of the digits view `s` (`plus`: a "+" starts
    it): usually none or one; several when it is too long for one number."""
    n = _read(s, seg, plus, pv)
    if not 7 <= len(n.digits) <= 15:
        if len(n.digits) <= 15:
            return []
        pieces = _bracketed(s, seg)
        if len(pieces) > 1:
            return [h for k, piece in enumerate(pieces) for h in judge(s, piece, plus and k == 0, pv)]
        return [] if n.intl else _inside(s, seg, pv)
    tel = s[max(0, n.start - 4):n.start].rstrip(" :/").endswith(("tel", "sms", "callto"))
    near, negative = context(s, n.start, n.end, pv)
    if template_number(s, n.start, n.end, n.digits, n.intl, pv) or dummy_number(n.digits, n.intl):
        return []
    if pv.placeholders.buyers_example(s, n.start):
        return []  # "your PO number (e.g. 4500012345)": a sample of the buyer's own
    if not n.intl and _another_number(s, seg, n, near or tel, negative, pv):
        return []
    if n.zeros and negative:
        # why (numbers false alarms "Invoice number 0045 7781 2230", "Tracking 0044 7700 900 518"): a
        # label of another kind of number wins over a leading "00" (a reference's zeros); a "+" still dials
        return []
    strong = n.intl or tel or near or n.disguised
    if not strong and not _bare_number(s, n):
        return []
    return _checked(s, n, strong, pv)


def _read(s: str, seg: list[Group], plus: bool, pv: PhoneVocab) -> _Number:
    vals, seps = digits_of(s, seg, pv)
    digits = "".join(vals)
    start, plus = _start(s, seg, plus, pv)
    end = seg[-1].b
    if start > 0 and s[start - 1] == "(" and ")" in s[start:end]:
        start -= 1
    intl = plus or (digits.startswith("00") and not digits.startswith("000"))
    if intl and not plus:
        digits = digits[2:]
    kinds = {g.kind for g in seg}
    word_digits = sum(len(g.digits) for g in seg if g.kind == "word")
    # One number word among digits ("2020-07-28 um 17.32") is no disguise; three are.
    disguised = bool(kinds & {"swap", "changed"}) or word_digits >= 3
    zeros = intl and not plus
    return _Number(start, end, vals, seps, digits, intl, zeros, word_digits >= 4, disguised, "word" in kinds)


def _start(s: str, seg: list[Group], plus: bool, pv: PhoneVocab) -> tuple[int, bool]:
    """Where the number starts, with its "+" or a word for it ("plus seven"), and
    whether it has one."""
    start = seg[0].a
    if plus:
        return s.rfind("+", 0, start), True
    if pv.plus_before is not None:
        pm = pv.plus_before.search(s, max(0, start - 12), start)
        if pm is not None:
            return pm.start() + (0 if s[pm.start()].isalpha() else 1), True
    return start, False


def _another_number(s: str, seg: list[Group], n: _Number, labelled: bool, negative: bool, pv: PhoneVocab) -> bool:
    """A national number that is something else: the words before say so, its groups
    are a date, an amount or a code, or its number words count."""
    if negative:
        return True
    if not n.spelled and looks_like_other_number(n.vals, n.seps, n.digits):
        return not (labelled and (_dialable(s, n, pv) or _spaced_out(seg)))
    if n.spelled and not labelled and dated(n.vals, n.seps):
        return True  # "二〇二四ー二〇二五年": years written in numerals
    return _scaled_quantity(seg) or ((n.spelled or n.disguised) and _counting(s, seg, labelled))


def _dialable(s: str, n: _Number, pv: PhoneVocab) -> bool:
    """A number a phone word labels, grouped as phone numbers are and valid for one of
    the pack's regions: one in ten numbers of 12-14 digits passes an EAN check digit by
    chance ("WA 0812 5550 9876"), and Spanish mobiles are grouped as thousands are
    ("Bizum 612 555 019"); neither says anything next to "WhatsApp"."""
    if not 9 <= len(n.digits) <= 14 or "000000" in n.digits or not grouped_like_phone(n.vals, n.seps):
        return False
    if len(n.digits) < 12 and not (_phone_word_before(s, n.start, pv) or _own_number_before(s, n.start, pv)):
        return False  # "Numer faktury 512 345 678": "number" itself says nothing
    # why (rt11 linebreak "Telefon-Support | 0151 / 5550 / 2477"): slashes part phone groups too
    # why (rt14 numbers "Tel. 0151 – 555 – 83421"): typographic dashes part groups as "-" does
    if len(n.vals) < 2 or any(sep.strip() not in _DIAL_SEPS for sep in n.seps):
        return False  # dots and commas: amounts, versions, addresses
    return valid(" ".join(n.vals), pv.regions) is not None


_DIAL_SEPS = frozenset({"", "-", "/", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212"})


def _spaced_out(seg: list[Group]) -> bool:
    """why (rt14 numbers "Tel. 0 1 5 1 – 5 5 5 – 8 3 4 2 1"): digits spaced out one by one
    after a phone word are a number hidden from readers, not a code or an amount, which
    nobody writes that way."""
    return sum(len(g.digits) for g in seg) >= 7 and all(g.kind == "changed" for g in seg)


def _own_number_before(s: str, start: int, pv: PhoneVocab) -> bool:
    """The seller's own number as the label right before `start`: a possessive, then a number
    noun as the last word ("Mój numer: 601 872 413", "Mi número es 612 345 678"); a noun after
    "number" says which number it is ("Mi número de pedido: 612 345 678", "my number of
    followers: 601 872 413"). why (the brief's "Mój numer: 601 872 413": Spanish, Polish,
    Portuguese, Czech mobiles are grouped as thousands are)."""
    words = [w for w in words_of(s[max(0, start - 40):start].lower()) if w not in pv.copulas][-2:]
    return len(words) == 2 and words[0] in pv.possessives and words[1] in pv.number_nouns


def _phone_word_before(s: str, start: int, pv: PhoneVocab) -> bool:
    """A phone word that is not a mere "number" among the 3 words before `start`."""
    return any(t in pv.context and t not in pv.number_nouns for t in words_of(s[max(0, start - 30):start])[-3:])


_SCALES = ("100", "1000")


def _scaled_quantity(seg: list[Group]) -> bool:
    """"hundred" and "thousand" as a quantity, not a group of a number: after plain
    digits ("84000 thousand"), or a smaller scale before a larger one ("six hundred
    and five thousand"); "eight hundred, five five five ..." and "two thousand one
    hundred" are read as digits."""
    last = ""
    for prev, g in zip([None, *seg], seg, strict=False):
        if g.kind != "word" or g.digits not in _SCALES or g.pieces != 1:
            continue
        if prev is not None and prev.kind != "word":
            return True
        if last and len(last) < len(g.digits):
            return True
        last = g.digits
    return False


def _counting(s: str, seg: list[Group], labelled: bool) -> bool:
    """Counting up is never a number to dial ("one, two, three, four ..."); counting
    down is a countdown unless a phone word says otherwise ("nine eight seven six
    five four three two one zero, WhatsApp only" is a real Indian mobile number),
    and always when it starts from ten or more, as phone digits come one by one."""
    values = _count_values(seg)
    step = _step(values)
    if step > 0 or (step < 0 and not (labelled and max(values) < 10)):
        return True
    if _counts_up_glued("".join(g.digits for g in seg)):
        return True  # "ゼロイチニーサンヨンゴーロクナナハチキュー": 0-9 in one glued word
    return not labelled and _word_list(s, seg)


def _bare_number(s: str, n: _Number) -> bool:
    """For a number with nothing saying it is one: grouped as phone numbers are, and
    not a bare block among others, a list of codes ("3909500990 – ... 3910000919")."""
    if not grouped_like_phone(n.vals, n.seps):
        return False
    blocks = _LONG_BLOCK.search(s, max(0, n.start - 60), n.start) or _LONG_BLOCK.search(s, n.end, n.end + 60)
    return not (len(n.vals) == 1 and blocks)


def _checked(s: str, n: _Number, strong: bool, pv: PhoneVocab) -> list[Hit]:
    """The number if `phonenumbers` takes it: valid, or (when `strong`) of a possible
    length; a spelled-out number in any case."""
    if n.intl:
        text = "+" + n.digits
        regions: tuple[str | None, ...] = (None,)
    else:
        # Words, arrows or line breaks between the groups: give the digits alone.
        plain = not n.words and not any(SOFT_SEP.search(sep) or _has_letter(sep) for sep in n.seps)
        text = s[n.start:n.end] if plain else " ".join(n.vals)
        regions = pv.regions
    v = valid(text, regions)
    if v is not None:
        return [Hit(n.start, n.end, v[2], n.form)]
    if not strong:
        return []
    if not n.intl and len(n.digits) >= 11:
        # A country code written without "+" next to a phone word ("imo 8801712345678",
        # "WhatsApp 923001234567"): a valid international number.
        v = valid("+" + n.digits, (None,))
        if v is not None:
            return [Hit(n.start, n.end, v[2], n.form)]
    e164 = possible(text if n.intl else n.digits, regions)
    if e164 is not None:
        return [Hit(n.start, n.end, e164, n.form)]
    if n.spelled:
        return [Hit(n.start, n.end, ("+" if n.intl else "") + n.digits, n.form)]
    return []


def _has_letter(sep: str) -> bool:
    return any(ch.isalpha() for ch in sep)


def _count_values(seg: list[Group]) -> list[int]:
    """The numbers a stretch of number words or spaced digits names, digit by digit
    where it was written so ("1 2 3" -> 1, 2, 3; "ten" -> 10), a small number in plain
    digits as itself ("10 9 8 7 6 5 4" -> 10, 9, ... 4: a countdown); empty when longer
    plain digits are among them."""
    values: list[int] = []
    for g in seg:
        if g.kind not in ("word", "changed") and not (g.kind == "digit" and len(g.digits) <= _COUNT_GROUP):
            return []
        if g.one_per_digit():
            values.extend(int(d) for d in g.digits)
        else:
            values.append(int(g.digits))
    return values


# The longest plain-digit group a count may hold ("10" of "10 9 8 7 6 5 4").
_COUNT_GROUP = 2


# A count written glued, one digit after the other ("0123456789", "12345678"), is this long
# at least: phone numbers never run up so far.
_GLUED_COUNT = 8


def _counts_up_glued(digits: str) -> bool:
    """Digits that count up by one from first to last, however the words were glued."""
    return len(digits) >= _GLUED_COUNT and all(int(b) - int(a) == 1 for a, b in zip(digits, digits[1:], strict=False))


def _step(values: list[int]) -> int:
    """1 when `values` count up one by one ("one two three ... ten"), -1 when they
    count down ("ten, nine, eight ... one"), else 0 (also for fewer than four)."""
    if len(values) < 4:
        return 0
    steps = {b - a for a, b in zip(values, values[1:], strict=False)}
    return steps.pop() if steps in ({1}, {-1}) else 0


def _word_list(s: str, seg: list[Group]) -> bool:
    """Single number words between commas ("seven, three, nine, one, ..."): a list or a
    rhyme; a number spelled with commas groups its digits ("nine-one-seven, ...")."""
    return len(seg) > 1 and all(g.kind == "word" and g.pieces == 1 for g in seg) and all(
        "," in s[prev.b:g.a] for prev, g in zip(seg, seg[1:], strict=False)
    )


def _bracketed(s: str, seg: list[Group]) -> list[list[Group]]:
    """`seg` cut before each group that opens a bracket after a space: a number, then the
    same again in brackets, in digits or a vanity's letters ("1-888-LOGO-PRO
    (1-888-5646-776)"), too long together. why (rt48 disguise: the keypad reading of a
    vanity number glued to its digits)."""
    pieces = [[seg[0]]]
    for prev, g in zip(seg, seg[1:], strict=False):
        if _OPENS_BRACKET.fullmatch(s, prev.b, g.a):
            pieces.append([g])
        else:
            pieces[-1].append(g)
    return pieces


# Spaces, then one opening bracket, then at most a "+" and spaces: "… 776 (1-888 …", "… 0193 [+1 …".
_OPENS_BRACKET = cached_regex(r"[ \t]+[(\[][ \t]*\+?[ \t]*")


def _inside(s: str, seg: list[Group], pv: PhoneVocab) -> list[Hit]:
    """A stretch too long for one number may hold several ("415-666-7777 - 800-443-1223")."""
    start, end = seg[0].a, seg[-1].b
    if end - start > 120 or any(g.kind == "word" for g in seg):
        return []
    pn = phonenumbers()
    text = s[start:end]
    for region in pv.regions:
        found = [
            Hit(start + m.start, start + m.end, pn.format_number(m.number, pn.PhoneNumberFormat.E164), PLAIN)
            for m in pn.PhoneNumberMatcher(text, region, leniency=pn.Leniency.VALID, max_tries=20)
            if sum(ch.isdigit() for ch in m.raw_string) >= 7 and not written_as_other_number(m.raw_string)
        ]
        if found:
            return found
    return []
