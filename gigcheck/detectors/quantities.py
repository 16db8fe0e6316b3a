"""Parse the values of an extra's "Price:" and "Delivery:" lines.

Both parsers are strict about shape and lenient about spelling: they accept the ways
sellers write one price or one delivery change, and return None for anything else
(ranges, several numbers, free text), so that a rule can report "unparseable" rather than
guess.
"""
from __future__ import annotations

import math
import re
from typing import Optional

__all__ = ["parse_price", "parse_delivery"]

# Currency markers a price may carry, before or after the number (compared lower-cased,
# spaces removed). This is the grammar of a price line, not a judging vocabulary.
_CURRENCY_MARKERS = frozenset({
    "$", "us$", "usd", "usd$", "dollar", "dollars", "€", "eur", "euro", "euros", "£", "gbp",
    "pound", "pounds", "ca$", "cad", "a$", "aud", "au$", "c$",
})
_SPACES = re.compile(r"[\s\u00a0\u202f]+")
# One number: digits with optional grouping/decimal separators, no nesting.
_NUMBER = re.compile(r"\d+(?:[.,' \u00a0\u202f]\d+)*")
_MINUS = "-\u2212\u2013\u2014"


def _to_float(digits: str) -> Optional[float]:
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


def parse_price(raw: str) -> Optional[float]:
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
            if word and word.lower() not in _CURRENCY_MARKERS:
                # allow a marker glued to punctuation: "US$" handled above, "(USD)" here
                if word.strip("()[].").lower() not in _CURRENCY_MARKERS:
                    return None
    value = _to_float(m.group())
    if value is None or math.isinf(value):
        return None
    return value


_WORD_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "zero": 0, "no": 0,
}
_UNITS = {
    "d": 1, "day": 1, "days": 1, "business day": 1, "business days": 1, "working day": 1,
    "working days": 1, "calendar day": 1, "calendar days": 1,
    "w": 7, "wk": 7, "wks": 7, "week": 7, "weeks": 7,
    "h": 1 / 24, "hr": 1 / 24, "hrs": 1 / 24, "hour": 1 / 24, "hours": 1 / 24,
}
_DELIVERY = re.compile(
    r"(?P<sign>[+\-\u2212\u2013])?\s*(?P<n>\d+|[a-z]+\b)\s*"
    r"(?:(?:extra|additional|more|fewer|less)\s+)?"
    r"(?P<unit>(?:business|working|calendar)\s+days?|days?|d|weeks?|wks?|w|hours?|hrs?|h)\b"
    r"\s*(?P<rest>.*)",
    re.S,
)
_FASTER = frozenset({"faster", "sooner", "earlier", "quicker", "less", "fewer", "off", "shorter"})
_SLOWER = frozenset({"more", "extra", "later", "longer", "additional"})
_ZERO = re.compile(
    r"(?:same[\s-]day|no (?:extra|additional|more|change in) (?:time|days?|delivery time)"
    r"|no change|unchanged|instant(?:ly)?|\+?0)\s*(?:\([^()]*\))?",
)


def parse_delivery(raw: str) -> Optional[int]:
    """How many days an extra adds to (positive) or removes from (negative) the gig's
    delivery: "+1 day" -> 1, "+0 days" -> 0, "-1 day" -> -1, "2 days" -> 2 (a bare
    count adds), "1 day faster" -> -1, "+3 business days" -> 3 (business and working
    days are counted as days: marketplaces show delivery in days), "+48 hours" -> 2
    (hours round up to whole days), "+1 week" -> 7, "same day" / "no extra time" -> 0.
    Trailing notes in parentheses are ignored. None when unparseable."""
    if not raw:
        return None
    s = _SPACES.sub(" ", raw).strip().lower()
    if s.startswith("delivery:"):
        s = s[9:].strip()
    if _ZERO.fullmatch(s):
        return 0
    if re.fullmatch(r"[+\-\u2212\u2013]?\s*\d+", s):  # bare count of days
        sign = -1 if s[0] in "-\u2212\u2013" else 1
        return sign * int(re.sub(r"\D", "", s))
    m = _DELIVERY.fullmatch(s)
    if m is None:
        return None
    n_raw = m.group("n")
    if n_raw.isdigit():
        n = int(n_raw)
    elif n_raw in _WORD_NUMBERS:
        n = _WORD_NUMBERS[n_raw]
    else:
        return None
    unit = m.group("unit")
    per = _UNITS.get(unit)
    if per is None:
        return None
    rest = re.sub(r"\([^()]*\)", " ", m.group("rest")).strip(" .,;")
    sign = -1 if m.group("sign") and m.group("sign") != "+" else 1
    if rest:
        words = rest.split()
        if words[0] in _FASTER and len(words) <= 2:
            if m.group("sign") == "+":
                return None  # "+1 day faster" contradicts itself
            sign = -1
        elif words[0] in _SLOWER and len(words) <= 2:
            if m.group("sign") and m.group("sign") != "+":
                return None
        else:
            return None
    days = n * per
    return sign * int(math.ceil(days - 1e-9))
