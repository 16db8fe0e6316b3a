"""A heading or lead-in line and the list under it, which it governs.

"## Payment methods I accept⏎⏎- PayPal⏎- Wise" says "I accept PayPal" and "I accept
Wise" to a reader, as "I accept: PayPal, Wise" does on one line; "## Payments I
integrate⏎- PayPal⏎- Stripe" says each item is work. What a head says of its list is said
of each item, either way: this module finds the structure once, and the readings decide
what the head says (the offer reading through `label_lists`, the work reading through
the payment topic of the head, in scan/channels.py).

A head is a heading of any level, a bold line ("**Payment methods**"), or a line ending
with ":"; its items are the runs right under it up to the next heading or the first run
that is no item. Under a heading or a bold line only list items count (a paragraph under
a heading is a sentence of its own: "## Payment⏎Payment is handled by Fiverr at
checkout."); under a line ending with ":" short lines do too ("Reach me on:⏎WhatsApp").
"""
from __future__ import annotations

from dataclasses import dataclass

from gigcheck.document.gig import Gig
from gigcheck.records import TextRun
from gigcheck.regex_cache import cached_regex

__all__ = ["ListHead", "item_heads", "list_heads"]

_HEAD_KINDS = frozenset({"text", "heading"})
_MAX_ITEMS = 16  # items governed at most: a head over a longer list is read in its first items
# Only layout between two neighbouring runs of one list: line breaks, list and quote
# markers, emphasis. No heading hashes: a heading ends the list.
_GAP = cached_regex(r"(?:[\s\-*+>_•]|\d{1,3}[.)]){1,24}")
# A list item's mark at its line's start (before the run's first character).
_ITEM_MARK = cached_regex(r"[ \t>]*(?:[-*+•]|\d{1,3}[.)])[ \t]+(?:\*\*|__)?\Z")
# A bold line: its run is the whole line between "**" (or "__") marks, a ":" allowed after.
_BOLD_OPEN = cached_regex(r"[ \t>]*(?:\*\*|__)\Z")
_BOLD_CLOSE = cached_regex(r"(?:\*\*|__)[ \t]*:?[ \t]*(?:\n|\Z)")


@dataclass(frozen=True, slots=True)
class ListHead:
    """A head and the runs of the list it governs, in document order."""

    head: TextRun
    items: tuple[TextRun, ...]
    colon: bool  # the head ends with ":" (a lead-in), else a heading or a bold line


def list_heads(gig: Gig) -> list[ListHead]:
    """Every head with at least one item under it, in document order. Computed once per
    gig: an item belongs to the nearest head above it."""
    src = gig.source
    runs = [r for r in gig.runs if r.segments]
    out: list[ListHead] = []
    i = 0
    while i < len(runs):
        a = runs[i]
        colon = a.kind in _HEAD_KINDS and a.text.rstrip().endswith(":")
        if not (colon or a.kind == "heading" or _bold_line(src, a)):
            i += 1
            continue
        items: list[TextRun] = []
        prev = a
        for b in runs[i + 1:i + 1 + _MAX_ITEMS]:
            if b.kind != "text" or not _right_under(src, prev, b) or not (colon or _list_item(src, b)):
                break
            items.append(b)
            prev = b
        if items:
            out.append(ListHead(a, tuple(items), colon))
        i += 1  # an item may head a list of its own ("- Payment:⏎  - PayPal")
    return out


def item_heads(heads: list[ListHead]) -> dict[int, ListHead]:
    """The head governing each item, keyed by where the item starts in the source."""
    return {item.segments[0].src_start: h for h in heads for item in h.items}


def _right_under(src: str, a: TextRun, b: TextRun) -> bool:
    """Run `b` stands under run `a` with only list layout and a line break between."""
    gap_start, gap_end = a.gap_to(b)
    return "\n" in src[gap_start:gap_end] and _GAP.fullmatch(src, gap_start, gap_end) is not None


def _list_item(src: str, run: TextRun) -> bool:
    """Run `run` opens with a list mark on its line."""
    start = run.segments[0].src_start
    line = src.rfind("\n", 0, start) + 1
    return _ITEM_MARK.fullmatch(src, line, start) is not None


def _bold_line(src: str, run: TextRun) -> bool:
    """Run `run` is a line of its own set in bold ("**Payment methods**")."""
    if run.kind != "text" or "\n" in run.text.strip():
        return False
    start = run.segments[0].src_start
    last = run.segments[-1]
    end = last.src_start + last.src_len
    line = src.rfind("\n", 0, start) + 1
    return _BOLD_OPEN.fullmatch(src, line, start) is not None and _BOLD_CLOSE.match(src, end) is not None
