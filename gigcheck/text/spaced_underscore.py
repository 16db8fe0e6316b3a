"""`join_spaced_underscores`: a user name's "_" set apart by spaces, read glued.

"тг `@` `dasha` `_` `retouch`" renders "тг @ dasha _ retouch": inline code, emphasis or
plain spaces around each piece cut a handle into words a reader still joins. An "_"
standing alone between two words is no prose (a blank to fill is "___" or "_ _ _",
several in a row), so the spaces around it are dropped: "dasha_retouch". The
detectors then decide whether the name is a contact.
"""
from __future__ import annotations

from gigcheck.regex_cache import cached_regex
from gigcheck.text.normalized import Normalized, as_normalized, without

__all__ = ["join_spaced_underscores", "spaced_underscore"]

# One "_" with blanks on both sides, a letter or digit beyond each (not another "_":
# "_ _ _" is a blank line to fill). Fixed pieces and bounded blanks: linear.
_LONE = cached_regex(r"(?<=[^\W_])[ \t]{1,3}_[ \t]{1,3}(?=[^\W_])")


def spaced_underscore(text: str) -> bool:
    """Whether `text` holds a lone "_" between two words (the views differ from it)."""
    return (" _" in text or "\t_" in text) and _LONE.search(text) is not None


def join_spaced_underscores(text: str | Normalized) -> Normalized:
    """`text` without the blanks around each lone "_" between two words ("dasha _
    retouch" -> "dasha_retouch"); `text` itself when there is none."""
    base = as_normalized(text)
    s = base.text
    if not spaced_underscore(s):
        return base
    drop: set[int] = set()
    for m in _LONE.finditer(s):
        drop.update(k for k in range(m.start(), m.end()) if s[k] != "_")
    return without(base, drop)
