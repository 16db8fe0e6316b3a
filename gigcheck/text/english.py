"""English for messages: `plural(3, "error")` → "3 errors", `article("Instagram")` → "an".

Every count and every "a/an" a user reads (rule messages, summaries, statistics) is built
here, so "1 errors" or "a Instagram handle" cannot come back in one place while fixed in
another. The article follows the sound a word starts with; the words whose letter
misleads ("a user", "an hour", "an SMS", "a UPI ID") are data (text/english.toml).
"""
from __future__ import annotations

import string
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

_IRREGULAR = {"is": "are", "was": "were", "this": "these", "it": "they", "match": "matches"}


def noun(n: float, word: str) -> str:
    """`word` (singular; of a phrase, its last word) in the form for a count of `n`:
    "error" or "errors", "other draft" or "other drafts"."""
    if n == 1 or n == -1:
        return word
    head, space, last = word.rpartition(" ")
    if space:
        return f"{head} {noun(n, last)}"
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith("y") and word[-2:-1] not in ("", *"aeiou"):
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def plural(n: float, word: str) -> str:
    """The count and the noun: "1 error", "2 errors", "0 infos", "1.5 days"."""
    return f"{number(n)} {noun(n, word)}"


def number(n: float) -> str:
    """A count as messages write it: 1200, 2.5 (a whole float without its ".0")."""
    if isinstance(n, float) and n.is_integer():
        return str(int(n))
    return f"{n:.2f}".rstrip("0").rstrip(".") if isinstance(n, float) else str(n)


@dataclass(frozen=True)
class _Sounds:
    a_words: frozenset[str]
    a_prefixes: tuple[str, ...]
    an_words: frozenset[str]
    an_prefixes: tuple[str, ...]
    said_as_words: frozenset[str]
    vowel_letters: frozenset[str]


def _split(entries: list[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    words = frozenset(e.lower() for e in entries if not e.endswith("*"))
    return words, tuple(e[:-1].lower() for e in entries if e.endswith("*"))


@cache
def _sounds() -> _Sounds:
    # read beside this module, as the packs are (importlib.resources would import
    # tempfile, shutil and zipfile into every command's start-up)
    data = tomllib.loads(Path(__file__).with_name("english.toml").read_text(encoding="utf-8"))
    a_words, a_prefixes = _split(data["a_before"])
    an_words, an_prefixes = _split(data["an_before"])
    return _Sounds(a_words, a_prefixes, an_words, an_prefixes, frozenset(data["said_as_words"]),
                   frozenset(data["vowel_letters"]))


def _first_word(text: str) -> str:
    word = text.strip().split(maxsplit=1)[0] if text.strip() else ""
    return word.strip("\"'“”‘’([{`*_")


def article(word: str) -> str:
    """ "a" or "an" before `word` (or a phrase: its first word decides)."""
    first = _first_word(word)
    if not first:
        return "a"
    s = _sounds()
    if first[0].isdigit():
        return "an" if _said_eight_or_eleven(first) else "a"
    initials = first.split("-")[0]
    if initials[0].isupper() and not any(c.islower() for c in initials) and initials not in s.said_as_words:
        return "an" if initials[0] in s.vowel_letters else "a"  # read letter by letter: "an SMS", "an MP3"
    low = first.lower()
    if low in s.a_words or low.startswith(s.a_prefixes):
        return "a"
    if low in s.an_words or low.startswith(s.an_prefixes):
        return "an"
    return "an" if low[0] in "aeiou" else "a"


def _said_eight_or_eleven(number: str) -> bool:
    """Whether a number is said starting with a vowel: 8, 80, 800 ("eight..."), 11 and
    18, and 11,000 or 18,500 ("eleven thousand", "eighteen thousand five hundred")."""
    digits = "".join(c for c in number.split("-")[0] if c.isdigit())
    if digits.startswith("8"):
        return True
    return digits[:2] in ("11", "18") and len(digits) % 3 == 2


def with_article(word: str) -> str:
    """`word` after its article: "an Instagram", "a Skype"."""
    return f"{article(word)} {word}"


class _MessageFormatter(string.Formatter):
    """str.format with two English specs for message templates: `{label:a}` puts the
    article before the value ("an Instagram"), `{n:day}` says the count with its noun in
    the right number ("1 day", "3 days"). Every other spec is Python's."""

    def format_field(self, value: Any, format_spec: str) -> str:
        if format_spec == "a":
            return with_article(str(value))
        counted = isinstance(value, (int, float)) and not isinstance(value, bool)
        if len(format_spec) > 1 and format_spec.replace("-", "").replace(" ", "").isalpha() and counted:
            return plural(value, format_spec)
        formatted: str = super().format_field(value, format_spec)
        return formatted


_FORMATTER = _MessageFormatter()


def fill(template: str, /, **fields: Any) -> str:
    """`template` filled in, with the `{x:a}` and `{n:noun}` specs (see _MessageFormatter)."""
    return _FORMATTER.format(template, **fields)
