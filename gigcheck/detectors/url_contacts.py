"""Contact details hidden in a URL's path, query or fragment: an address, a phone
number, a messenger's name in a slug, or a parameter that names one."""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import SplitResult, unquote, urlsplit

from gigcheck.regex_cache import cached_regex
from gigcheck.text.trie import alternation

__all__ = ["UrlWords", "contact_in_url"]

_EMAIL_IN_URL = cached_regex(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
# 7-15 digits with optional single separators; the look-behind keeps starts at run starts.
# Not followed by a letter either: "1822707b03" is a share-link id, not a phone number.
_PHONE_IN_URL = cached_regex(r"(?<![\w+])\+?\d(?:[-. ()]?\d){6,16}(?![0-9A-Za-z])")
_SLUG_AFTER_ID = cached_regex(r"-[A-Za-z]")
_SLUG_PARTS = cached_regex(r"[-_. ]+")
_DATE8 = cached_regex(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")

# A path segment or a query/fragment value (or a bare name), and its parameter name
# ("" for segments and bare names).
_Piece = tuple[str, str]


@dataclass(frozen=True)
class UrlWords:
    """What in a URL's path or query is a contact detail, from the pack's `[vocab.links]`:
    messenger and webmail names in a slug, parameter names whose value is one, parameters
    whose digits are a phone number, and tracking parameters to skip."""

    contact_words: re.Pattern[str]
    contact_params: frozenset[str]
    phone_params: frozenset[str]
    tracking_params: frozenset[str]
    tracking_prefixes: tuple[str, ...]

    @classmethod
    def from_table(cls, table: Mapping[str, Any]) -> UrlWords:
        def words(key: str) -> list[str]:
            return [str(w).lower() for w in table.get(key, ())]

        names = alternation(words("url_contact_words")) or "(?!)"
        return cls(
            cached_regex(r"(?<![a-z])(" + names + r")(?![a-z])", re.IGNORECASE),
            frozenset(w.replace("_", "").replace("-", "") for w in words("url_contact_params")),
            frozenset(words("phone_params")),
            frozenset(words("tracking_params")),
            tuple(words("tracking_prefixes")),
        )


def contact_in_url(url: str, words: UrlWords) -> str | None:
    """The email-like, phone-like or messenger-named part of a URL's path, query or fragment.

    ``youtube.com/watch?v=x&email=bob@gmail.com`` -> ``bob@gmail.com``;
    ``soundcloud.com/skype-bob.voice`` -> ``skype-bob.voice``. Bare runs of digits that
    fill a whole path segment or query value are IDs (SoundCloud tracks, Flickr photos)
    unless a ``+``, separators or a phone-ish parameter name says otherwise.
    """
    u = url.strip()
    if "://" not in u and not u.startswith("//"):
        u = "http://" + u
    try:
        parts = urlsplit(u)
    except ValueError:
        return None
    pieces = _pieces(parts, words)
    email = _email_in(pieces)
    if email is not None:
        return email
    phone = _phone_in(pieces, words)
    if phone is not None:
        return phone
    return _named_in(pieces, words)


def _pieces(parts: SplitResult, words: UrlWords) -> list[_Piece]:
    """Path segments, then query and fragment values, decoded; tracking parameters left out."""
    pieces: list[_Piece] = []
    for segment in parts.path.split("/"):
        if segment:
            pieces.append((unquote(segment), ""))
    for chunk in (parts.query, parts.fragment):
        for pair in re.split(r"[&;]", chunk):
            if not pair:
                continue
            name, eq, value = pair.partition("=")
            name = unquote(name.replace("+", " "))
            value = unquote(value.replace("+", " "))
            if name.lower().startswith(words.tracking_prefixes) or name.lower() in words.tracking_params:
                continue  # set by share buttons, not by the seller
            pieces.append((value if eq else name, name.lower() if eq else ""))
    return pieces


def _email_in(pieces: list[_Piece]) -> str | None:
    for text, _ in pieces:
        m = _EMAIL_IN_URL.search(text)
        if m is not None:
            return m.group()
    return None


def _phone_in(pieces: list[_Piece], words: UrlWords) -> str | None:
    for text, param in pieces:
        for m in _PHONE_IN_URL.finditer(text):
            found = m.group()
            digits = sum(c.isdigit() for c in found)
            if digits < 7 or digits > 15:
                continue
            plain = found.isdigit()
            if plain and _DATE8.fullmatch(found):
                continue
            if plain and found == text.strip() and param not in words.phone_params:
                continue  # an ID
            if plain and text.startswith(found) and _SLUG_AFTER_ID.match(text, len(found)):
                continue  # "204407663-Using-IFTTT": a help-center or Q&A article id
            return found
    return None


def _named_in(pieces: list[_Piece], words: UrlWords) -> str | None:
    for text, param in pieces:
        if param and param.replace("_", "").replace("-", "") in words.contact_params and text:
            return text
        if words.contact_words.search(text) and len(_SLUG_PARTS.split(text)) <= 4:
            return text  # "skype-bob.voice", not a long title slug that names Skype
    return None
