"""The seller's possessive glued to the end of a detail noun, made from the nouns the pack has.

Persian and Turkish say "my email", "my number", "my username" with a suffix on the noun:
"ایمیلم" (email-my), "آیدیم", "شماره‌ام", "numaram", "mailim", "kullanıcı adım". A list of
each glued form falls behind the nouns the pack adds; this makes them from the nouns of a
list (`identifier_words`, `channel_words`) and the suffixes of `seller_detail_suffixes`, so
that every detail noun the pack has is read with "my" glued on too (identifier_pointers
reads the form as the identifier and as the seller's possessive at once).

How a suffix joins a noun is its script's rule:

* Latin (Turkish): a suffix beginning with a vowel follows a consonant ("mail" + "im"), one
  beginning with a consonant follows a vowel ("numara" + "m", the accusative "numara" + "mı");
  a compound's own ending gives way to it ("kullanıcı adı" + "m" is "kullanıcı adım"), which
  the vowel-final rule already makes.
* Arabic script (Persian): "م" after any letter but a final "ه" ("ایمیل" + "م", "آیدی" + "م");
  the joined "‌ام" (a zero-width non-joiner first) after any ("شماره" + "‌ام").

Not the Arabic "ي": glued to a noun it also makes the adjective ("رقمي" is "digital", "بريدي"
"postal"), so Arabic forms stay listed one by one. Not Hebrew: "מספרי" is also "numbers of";
Hebrew says "המספר שלי", the possessive a word of its own.
"""
from __future__ import annotations

from collections.abc import Iterable

__all__ = ["glued_forms"]

# Nouns shorter than this take no suffix: "id" + "im" is Turkish "I was".
_MIN_NOUN = 3
_ZWNJ = "\u200c"
_LATIN_VOWELS = frozenset("aeıioöuüâîû")


def glued_forms(nouns: Iterable[str], suffixes: Iterable[str]) -> list[str]:
    """Each noun of `nouns` with each suffix of `suffixes` its script's rule lets it take
    (see the module doc); nouns of other scripts take none."""
    ends = list(suffixes)
    out: list[str] = []
    for noun in nouns:
        last = noun[-1:] if len(noun) >= _MIN_NOUN else ""
        if not last.isalpha():
            continue
        out += [noun + s for s in ends if _joins(last, s)]
    return out


def _joins(last: str, suffix: str) -> bool:
    """Suffix `suffix` may follow a noun ending in letter `last`."""
    first = suffix[:1]
    if not first:
        return False
    if _arabic(last):
        if first == _ZWNJ:
            return True
        return _arabic(first) and last != "ه"
    if first == _ZWNJ or _arabic(first) or not (last.isascii() or last in _LATIN_VOWELS):
        return False  # (a Latin suffix on a Latin noun only: not Cyrillic, not CJK)
    return (last in _LATIN_VOWELS) != (first in _LATIN_VOWELS)


def _arabic(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff"
