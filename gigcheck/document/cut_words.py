"""A word cut over two list items, read whole: "1. 문의는 카⏎2. 톡 ID: mint" is "카톡 ID".

A seller hides a channel's name from a reader of one line by cutting it where a list item
ends. In scripts without capitals (Hangul, kana, Han, Thai, Arabic, Devanagari ...) a
word of one or two letters closing an item, with the next item going on in the same
script, may be such a cut (a list of names or features ends on a whole word, and rarely
on one so short). `cut_words` gives the two items joined with nothing between them; the
channel scan decides whether a channel is named there (most joins name none).
"""
from __future__ import annotations

from gigcheck.document.gig import Gig
from gigcheck.document.items import stacked
from gigcheck.document.tables import join_runs
from gigcheck.records import TextRun
from gigcheck.regex_cache import cached_regex

__all__ = ["CUT_WORD", "cut_words"]

CUT_WORD = "cut_word"  # the kind of a joined run


def cut_words(gig: Gig) -> list[TextRun]:
    """Neighbouring list items joined where a short word of a caseless script closes the
    first and the second opens in the same script."""
    src = gig.source
    items = [r for r in gig.runs if r.kind == "text" and r.segments]
    out = []
    for a, b in zip(items, items[1:], strict=False):
        fragment = _FRAGMENT.search(a.text)
        if fragment is None:
            continue
        if not _caseless(fragment.group(1)) or not b.text[:1].isalpha() or not _caseless(b.text[0]):
            continue
        if stacked(src, a, b):
            out.append(join_runs([a, b], "", CUT_WORD))
    return out


# The last word of an item, after a space or at its start: one or two letters, no digit.
_FRAGMENT = cached_regex(r"(?:\A|\s)([^\W\d_]{1,2})[ \t]*\Z")


def _caseless(text: str) -> bool:
    """Letters with no capital forms: a script written without them."""
    return all(ch.isalpha() and ch.lower() == ch.upper() for ch in text)
