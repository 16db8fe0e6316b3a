"""Whether the marketplace's own way, named in a sentence ("in the Fiverr chat", "Fiverr चैट में"),
is the place the sentence keeps or one it leaves: a word of leaving, skipping or negation a few
words around the name ("instead of the Fiverr chat", "sem o chat do Fiverr", "Fiverr chat ke
bahar", "Fiverr chat ki zarurat nahi") makes it the place left.

The marks are the pack's (`[vocab.payment]` `outside_marks`, `order_skip_marks` before the name;
`outside_marks_after`, `order_skip_marks_after` after it; `[vocab.invitation]` `away_closing`
after it, and the context lexicon's negations on either side); pure functions over a run's view.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from gigcheck.detectors.leave_shared import LETTER_WORDS
from gigcheck.detectors.lexicon import Match
from gigcheck.detectors.run_scan import RunScan, kinds, words_between
from gigcheck.detectors.triggers import HERE, MARK, MARKET, NEG, ChannelVocab
from gigcheck.regex_cache import cached_regex
from gigcheck.text.fold import fold
from gigcheck.text.letters import word_bounded
from gigcheck.text.trie import alternation

__all__ = ["market_placed_after", "market_way_left"]

# How many words on each side of the marketplace's name a mark of leaving may stand
# ("instead of the Fiverr chat", "Fiverr chat ki zarurat nahi").
_AROUND = 3


@lru_cache(maxsize=8)
def _marks(cv: ChannelVocab) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The marks of leaving before the marketplace's name and after it, as whole words."""

    def words(table: Mapping[str, Any], *keys: str) -> list[str]:
        return [fold(w).text for k in keys for w in table.get(k, ()) if isinstance(w, str) and w.strip()]

    before = words(cv.payment, "outside_marks", "order_skip_marks")
    after = words(cv.payment, "outside_marks_after", "order_skip_marks_after") + sorted(cv.away_closing)
    return (
        cached_regex(word_bounded(alternation(before, space=r"\s+") or "(?!)")),
        cached_regex(word_bounded(alternation(after, space=r"\s+") or "(?!)")),
    )


def market_way_left(scan: RunScan, cv: ChannelVocab, a: int, b: int) -> bool:
    """The marketplace's way named at view span [a, b) is left, skipped or negated by a mark
    within `_AROUND` words of it in its clause."""
    text = scan.text
    c0, c1 = scan.clause(a)
    before_starts = [m.start() for m in LETTER_WORDS.finditer(text, c0, a)][-_AROUND:]
    after_ends = [m.end() for m in LETTER_WORDS.finditer(text, b, c1)][:_AROUND]
    w0 = before_starts[0] if before_starts else a
    w1 = after_ends[-1] if after_ends else b
    marks_before, marks_after = _marks(cv)
    return (
        marks_before.search(text, w0, a) is not None
        or marks_after.search(text, b, w1) is not None
        or any(NEG in kinds(m) for m in scan.context(cv, w0, a) + scan.context(cv, b, w1))
    )


# Words between a phrase and the place mark after it ("a direct line to me here in the Fiverr
# inbox": "here"), and between that mark and the marketplace's name ("in the Fiverr inbox": "the").
_MARK_REACH = 1
_NAME_REACH = 1


def market_placed_after(scan: RunScan, cv: ChannelVocab, ctx: list[Match], end: int) -> bool:
    """What ends at view offset `end` is placed in the marketplace by what follows it: a place
    mark within `_MARK_REACH` words ("in", "via", "through"), then the marketplace named (not a
    bare "here": "get my direct line here" may point to the listing) within `_NAME_REACH` words
    of it or inside a way of it that starts there (`marketplace_means`: "nella chat di Fiverr"),
    in one clause and not left or negated there ("in the Fiverr inbox", "via Fiverr's custom
    offer"; not "instead of the Fiverr inbox", "not in the Fiverr chat").
    why (issue 12: "Buyers get a direct line to me here in the Fiverr inbox", "a dedicated
    revision line in the Fiverr inbox": the marketplace's own inbox, no line out)."""
    text = scan.text
    c1 = scan.clause(max(0, end - 1))[1]
    marks = [
        k for k in ctx if MARK in kinds(k) and end <= k.start < c1 and words_between(text, end, k.start) <= _MARK_REACH
    ]
    if not marks or any(NEG in kinds(m) and end <= m.start < marks[0].start for m in ctx):
        return False
    names = [m for m in ctx if MARKET in kinds(m) and HERE not in kinds(m) and marks[0].end <= m.start < c1]
    way = cv.marketplace_means.search(text, marks[0].end, c1)  # "nella chat di Fiverr": the name its way's
    if way is not None and words_between(text, marks[0].end, way.start()) <= _NAME_REACH:
        names = [m for m in names if m.end <= way.end()]
    else:
        names = [m for m in names if words_between(text, marks[0].end, m.start) <= _NAME_REACH]
    return bool(names) and not market_way_left(scan, cv, names[0].start, names[0].end)
