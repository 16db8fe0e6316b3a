"""A user name behind a handle label, no platform named: "Handle: mira_designs", "Nick →
lena.draws", "닉네임: jiwoo_art", "Ник: lena_art22". A handle all the same (the buyer looks
it up on whatever app), as an "@name" behind an ID word is (handles._id_labelled). Only
words that name a person's user name ("handle", "nickname"), not "username" or "login"
(a site's credentials are the work: "Username: admin_user"), and only a name no ordinary
word looks like (dots or an underscore inside, or a word with a number tacked on).
"""
from __future__ import annotations

import re
from functools import lru_cache

from gigcheck.detectors.triggers import ChannelVocab
from gigcheck.regex_cache import cached_regex
from gigcheck.text.trie import alternation

__all__ = ["USER_SHAPED_AT", "labelled_names"]

# A name shaped as a user's: "bia.socialmedia", "mira_designs", "lena2024" (not "v2", "mp3").
USER_SHAPED_AT = cached_regex(r"[^\W\d_]{2,}[._][^\W_]{2,}|[^\W_]_[^\W_]|[^\W\d_]{3,}\d{2,}\Z")

Span = tuple[int, int, str]


@lru_cache(maxsize=8)
def _label(cv: ChannelVocab) -> re.Pattern[str]:
    words = [w.casefold() for w in cv.channels.get("handle_label_words", ())]
    return cached_regex(
        # opening its line or phrase, as a label does ("I handle: file_prep" is a verb)
        r"(?:^|(?<=[\n|•(\[.!?;,—–]))[ \t*_>-]{0,4}(?:" + alternation(words) + r")[ \t]*(?:[:：=→»]|->)[ \t]*"
        r"(?P<id>[^\W_][\w.\-]{1,40})"
    )


def labelled_names(cv: ChannelVocab, text: str) -> list[Span]:
    """(start, end, name) of each user-shaped name right behind a handle label in `text`
    (the words view, lower case); files, domains and stand-ins left out."""
    rx = _label(cv)
    out: list[Span] = []
    for m in rx.finditer(text):
        ident = m.group("id").rstrip(".-")
        a = m.start("id")
        b = a + len(ident)
        if text[b:b + 1] == "@" or USER_SHAPED_AT.search(ident) is None:
            continue  # an address's local part; a plain word or a number ("Handle: with care")
        if cv.not_user.search(ident) or cv.placeholders.is_placeholder(ident):
            continue  # "logo_final.png", "your_brand"
        out.append((a, b, ident))
    return out
