"""Letter runs that hold the vowel signs and marks of the Indic, Hebrew and Arabic scripts.

To a regular expression those signs are neither letters nor word characters (`\\w` leaves
them out), so a plain `[^\\W\\d_]+` cuts "जैसे" into "ज", "स" and "নম্বর" into "নম", "বর",
and no vocabulary entry written in those scripts is ever read whole. `LETTER_RUN` is a run
of letters that may hold marks after its first letter; the two classes share no character,
so the run stays linear on hostile text.

`WORD_START` and `WORD_END` are the word boundaries of vocabulary entries: a letter, digit
or one of those marks on the other side means the entry is inside a longer word. The
plain `(?<![^\\W_])…(?![^\\W_])` took a vowel sign for a word's end, so "कम" matched inside
"कमी" and a Thai entry inside a longer word.
"""
from __future__ import annotations

from gigcheck.regex_cache import cached_regex

__all__ = ["LETTER_RUN", "MARKS", "SPACED_MARKS", "WORD_END", "WORD_START", "is_word_char", "word_bounded"]

# The vowel signs, viramas and marks written inside a word (Devanagari, Bengali, Gurmukhi,
# Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam; Hebrew points; Arabic harakat) and
# combining accents.
# (`SPACED_MARKS`: those of the scripts that part words by spaces, all but Thai.)
SPACED_MARKS = (
    "\u0300-\u036f\u0591-\u05bd\u05bf\u05c1\u05c2\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc"
    "\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963"
    "\u0981-\u0983\u09bc\u09be-\u09cd\u09d7\u09e2\u09e3\u0a01-\u0a03\u0a3c-\u0a51\u0a70\u0a71\u0a75"
    "\u0a81-\u0a83\u0abc-\u0acd\u0ae2\u0ae3\u0b01-\u0b03\u0b3c-\u0b57\u0b82\u0bbe-\u0bcd\u0bd7"
    "\u0c00-\u0c04\u0c3c-\u0c56\u0c81-\u0c83\u0cbc-\u0cd6\u0d00-\u0d03\u0d3b-\u0d4d\u0d57"
)
MARKS = (
    SPACED_MARKS
    # Thai vowel signs and tone marks (above and below a consonant)
    + "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
)
# A word of letters, as `[^\W\d_]+` reads one, with its marks kept inside it.
LETTER_RUN = rf"[^\W\d_](?:[^\W\d_]|[{MARKS}])*"

# Not inside a word: no letter, digit or in-word mark before (after) this point. Each side
# is one character wide, so the lookbehind is fixed-width.
WORD_START = rf"(?<![^\W_]|[{MARKS}])"
WORD_END = rf"(?![^\W_]|[{MARKS}])"

_MARK_SET = cached_regex(rf"[{MARKS}]")


def word_bounded(alternation: str) -> str:
    """`alternation` (a regex of entries) as whole words only."""
    return rf"{WORD_START}(?:{alternation}){WORD_END}"


def is_word_char(ch: str) -> bool:
    """What `WORD_START`/`WORD_END` refuse on their side: a letter, digit or in-word mark."""
    return ch.isalnum() or _MARK_SET.match(ch) is not None
