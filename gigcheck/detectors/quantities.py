"""Parse the values of an extra's (or a package's) "Price:" and "Delivery:" lines.

Both parsers are strict about shape and lenient about spelling: they accept the ways
sellers write one price or one delivery change, and return None for anything else
(ranges, several numbers, free text), so that a rule can report "unparseable" rather than
guess. The words (currency markers, units, "faster", "same day") are the pack's
`[vocab.quantities]`, compiled once into a `Quantities`.
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from typing import Any

from gigcheck.regex_cache import cached_regex
from gigcheck.text.trie import alternation

__all__ = ["Quantities", "parse_price", "parse_delivery"]

_SPACES = cached_regex(r"[\s\u00a0\u202f]+")
# One number: digits with optional grouping/decimal separators, no nesting.
_NUMBER = cached_regex(r"\d+(?:[.,' \u00a0\u202f]\d+)*")
_MINUS = "-\u2212\u2013\u2014"


def _to_float(digits: str) -> float | None:
    """'1,250' -> 1250, '15.50' -> 15.5, '1.250,50' -> 1250.5, '15,50' -> 15.5."""
    spaced = re.split(r"[' \u00a0\u202f]", digits)
    if any(len(re.split(r"[.,]", p)[0]) != 3 for p in spaced[1:]):
        return None  # "20 40" is two numbers, not a grouped one
    s = "".join(spaced)
    if "," in s and "." in s:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        grp = "." if dec == "," else ","
        head, _, tail = s.rpartition(dec)
        parts = head.split(grp)
        if any(len(p) != 3 for p in parts[1:]):
            return None
        s = "".join(parts) + "." + tail
    elif "," in s or "." in s:
        sep = "," if "," in s else "."
        parts = s.split(sep)
        if len(parts) > 2:  # 1,250,000 / 1.250.000: grouping
            if any(len(p) != 3 for p in parts[1:]):
                return None
            s = "".join(parts)
        elif sep == "," and len(parts[1]) == 3:  # 1,250: grouping
            s = "".join(parts)
        else:  # 15.50, 15,5: decimal
            s = parts[0] + "." + parts[1]
    try:
        return float(s)
    except ValueError:
        return None


# More days than any delivery means (27 centuries); past it a count is no delivery time,
# and turning its digits into an int or a float can fail (Python refuses 4,300+ digits).
_MAX_DAY_DIGITS = 6


def _count(digits: str) -> int | None:
    return int(digits) if len(digits.lstrip("0")) <= _MAX_DAY_DIGITS else None


def _alternation(words: Iterable[str]) -> str:
    """Words as a regex alternation, longest first, spaces as any run of whitespace."""
    return alternation((w.lower() for w in words), space=r"\s+") or "(?!)"


class Quantities:
    """The pack's `[vocab.quantities]`, compiled: what a price or delivery line may say."""

    def __init__(self, table: Mapping[str, Any]) -> None:
        def words(key: str) -> list[str]:
            return [str(w).lower() for w in table.get(key, ())]

        self.currency = frozenset(words("currency_markers"))
        self.number_words = {str(k).lower(): int(v) for k, v in table.get("number_words", {}).items()}
        self.units: dict[str, float] = {}
        for key, days in (("day_units", 1.0), ("week_units", 7.0), ("hour_units", 1 / 24)):
            self.units.update((" ".join(w.split()), days) for w in words(key))
        self.faster = frozenset(words("faster_words"))
        self.slower = frozenset(words("slower_words"))
        # A sign, a number (digits or a word), filler, a unit, then anything (judged after).
        self.delivery = cached_regex(
            r"(?P<sign>[+\-\u2212\u2013])?\s*(?P<n>\d+|[a-z]+\b)\s*"
            r"(?:(?:" + _alternation(words("filler_words")) + r")\s+)?"
            r"(?P<unit>" + _alternation(self.units) + r")\b\s*(?P<rest>.*)",
            re.S,
        )
        self.zero = cached_regex(r"(?:" + _alternation(words("zero_phrases")) + r"|\+?0)\s*(?:\([^()]*\))?")


def parse_price(raw: str, q: Quantities) -> float | None:
    """The amount of a price such as "$40", "40 USD", "US$ 40", "€30", "30 EUR",
    "$1,250", "£15.50", "+$20". The currency is not returned (a gig has one currency);
    None for no number, several numbers (ranges), negative amounts or other words."""
    if not raw:
        return None
    s = _SPACES.sub(" ", raw).strip()
    if s.lower().startswith("price:"):
        s = s[6:].strip()
    numbers = list(_NUMBER.finditer(s))
    if len(numbers) != 1:
        return None
    m = numbers[0]
    before, after = s[: m.start()], s[m.end():]
    if any(c in before for c in _MINUS):
        return None
    before = before.replace("+", "")
    for side in (before, after):
        for word in re.split(r"[\s]+", side.strip()):
            # a marker may be glued to punctuation: "US$" is one of the markers, "(USD)" is stripped
            if word and word.lower() not in q.currency and word.strip("()[].").lower() not in q.currency:
                return None
    value = _to_float(m.group())
    if value is None or math.isinf(value):
        return None
    return value


def parse_delivery(raw: str, q: Quantities) -> int | None:
    """How many days an extra adds to (positive) or removes from (negative) the gig's
    delivery: "+1 day" -> 1, "+0 days" -> 0, "-1 day" -> -1, "2 days" -> 2 (a bare
    count adds), "1 day faster" -> -1, "+3 business days" -> 3 (business and working
    days are counted as days: marketplaces show delivery in days), "+48 hours" -> 2
    (hours round up to whole days), "+1 week" -> 7, "same day" / "no extra time" -> 0.
    Trailing notes in parentheses are ignored. None when unparseable, or for a count of
    more than a million days."""
    if not raw:
        return None
    s = _SPACES.sub(" ", raw).strip().lower()
    if s.startswith("delivery:"):
        s = s[9:].strip()
    if q.zero.fullmatch(s):
        return 0
    if re.fullmatch(r"[+\-\u2212\u2013]?\s*\d+", s):  # bare count of days
        sign = -1 if s[0] in "-\u2212\u2013" else 1
        count = _count(re.sub(r"\D", "", s))
        return None if count is None else sign * count
    m = q.delivery.fullmatch(s)
    if m is None:
        return None
    n_raw = m.group("n")
    if n_raw.isdigit():
        count = _count(n_raw)
        if count is None:
            return None
        n = count
    elif n_raw in q.number_words:
        n = q.number_words[n_raw]
    else:
        return None
    unit = " ".join(m.group("unit").split())
    per = q.units.get(unit)
    if per is None:
        return None
    rest = re.sub(r"\([^()]*\)", " ", m.group("rest")).strip(" .,;")
    sign = -1 if m.group("sign") and m.group("sign") != "+" else 1
    if rest:
        words = rest.split()
        if words[0] in q.faster and len(words) <= 2:
            if m.group("sign") == "+":
                return None  # "+1 day faster" contradicts itself
            sign = -1
        elif words[0] in q.slower and len(words) <= 2:
            if m.group("sign") and m.group("sign") != "+":
                return None
        else:
            return None
    days = n * per
    return sign * int(math.ceil(days - 1e-9))
