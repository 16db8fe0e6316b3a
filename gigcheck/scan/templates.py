"""Tables whose header calls their cells examples: read each cell under that header.

"| What I need from you | Example |" over "| Business email | hello@yourbakery.co |"
shows the buyer the shape of what to send; the cell alone ("hello@yourbakery.co") or
its row ("Business email | hello@yourbakery.co") no longer says so. Runs that lie in
the body of such a table are given the header row as a label (mapped, zero-width, to
where the run starts), so the placeholder judgments (detectors/placeholders.py) see
the example word as they would in a sentence. A header with no example word changes
nothing, and an identifier still has to look like a stand-in to be excused.
"""
from __future__ import annotations

from bisect import bisect_right

from gigcheck.records import Segment, TextRun
from gigcheck.scan.gigscan import GigScan

__all__ = ["under_example_headers"]

_LABEL_SEP = ": "


def under_example_headers(scan: GigScan, runs: list[TextRun]) -> list[TextRun]:
    """`runs`, those in the body of an example table labelled with its header row."""
    spans = _example_bodies(scan)
    if not spans:
        return runs
    starts = [a for a, _, _ in spans]
    out = []
    for run in runs:
        at = run.segments[0].src_start if run.segments else -1
        i = bisect_right(starts, at) - 1  # tables do not overlap: one look-up per run
        inside = i >= 0 and at < spans[i][1]
        out.append(_labelled(spans[i][2], run) if inside else run)
    return out


def _example_bodies(scan: GigScan) -> list[tuple[int, int, str]]:
    """(source start, source end, header text) of each table body under a header row
    with an example word."""
    pv = scan.vocabulary.emails.placeholders

    def build() -> list[tuple[int, int, str]]:
        out = []
        for table in scan.gig.tables:
            head = " | ".join(c.text for c in table[0] if c is not None) if table else ""
            if len(table) < 2 or not pv.example_near(head, 0, len(head)):
                continue
            cells = [c for row in table[1:] for c in row if c is not None and c.segments]
            if cells:
                a = min(c.segments[0].src_start for c in cells)
                b = max(c.segments[-1].src_start + c.segments[-1].src_len for c in cells)
                out.append((a, b + 1, head))
        return sorted(out)

    return scan.memo(("templates", "example_bodies"), build)


def _labelled(head: str, run: TextRun) -> TextRun:
    label = head + _LABEL_SEP
    segs = [Segment(0, run.segments[0].src_start, len(label), 0)]
    segs.extend(Segment(len(label) + s.text_start, s.src_start, s.text_len, s.src_len) for s in run.segments)
    return TextRun(label + run.text, run.section, run.kind, tuple(segs))
