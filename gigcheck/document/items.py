"""A number split over two list items, read as one.

"- WhatsApp: +1 555⏎- 014 2288" is two list items for the parser and one number for a
reader. `item_pairs` joins two neighbouring items when the first ends with a digit and
the next begins with one; the detectors then decide (the phone detector continues a
number over the break only after a phone cue, so "- 1080 px⏎- 555 frames" stays apart).
"""
from __future__ import annotations

import re

from gigcheck.document.gig import Gig
from gigcheck.records import Segment, TextRun

__all__ = ["ITEM_PAIR", "item_join", "item_pairs"]

ITEM_PAIR = "item_pair"  # the kind of a joined run
# What stands between two items in the source: the line break and the next marker.
_BETWEEN = re.compile(r"[ \t]*\n[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+")
_ENDS = re.compile(r"[\d\-][ \t]*\Z")
_STARTS = re.compile(r"[ \t]*[\d(+]")


def item_pairs(gig: Gig) -> list[TextRun]:
    """Neighbouring list items joined by a line break where a number may run over."""
    out = []
    src = gig.source
    runs = [r for r in gig.runs if r.kind == "text" and r.segments]
    for a, b in zip(runs, runs[1:], strict=False):
        if a.section != b.section or not _ENDS.search(a.text) or not _STARTS.match(b.text):
            continue
        last = a.segments[-1]
        gap_start = last.src_start + last.src_len
        gap_end = b.segments[0].src_start
        if _BETWEEN.fullmatch(src, gap_start, gap_end) is None:
            continue
        join = Segment(len(a.text), gap_start, 1, gap_end - gap_start)
        shift = len(a.text) + 1
        moved = (Segment(shift + s.text_start, s.src_start, s.text_len, s.src_len) for s in b.segments)
        segs = (*a.segments, join, *moved)
        out.append(TextRun(a.text + "\n" + b.text, a.section, ITEM_PAIR, segs))
    return out


def item_join(run: TextRun) -> int:
    """Where the two items of an `item_pairs` run meet (the offset of the break)."""
    for seg in run.segments:
        if seg.text_len == 1 and seg.src_len > 1 and run.text[seg.text_start] == "\n":
            return seg.text_start
    return -1
