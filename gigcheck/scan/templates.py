"""Tables whose header calls their cells examples: read each cell under that header.

"| What I need from you | Example |" over "| Business email | hello@yourbakery.co |"
shows the buyer the shape of what to send; the cell alone ("hello@yourbakery.co") or
its row ("Business email | hello@yourbakery.co") no longer says so. Runs that lie in
the body of such a table are given the header row as a label (mapped, zero-width, to
where the run starts), so the placeholder judgments (detectors/placeholders.py) see
the example word as they would in a sentence. A header with no example word changes
nothing, and an identifier still has to look like a stand-in to be excused.

Likewise a code block right after a paragraph that frames it as a sample ("Your email
signature will look like:", "I deliver a vCard template:", "Muster-Footer:") is labelled
with that paragraph: the block's "info@yourcompany.com | +1 555 0100" is the template's.
Only the label is added; what the seller claims ("my number: ...") and real numbers and
addresses are judged as before.
"""
from __future__ import annotations

from bisect import bisect_right

from gigcheck.records import Segment, TextRun
from gigcheck.regex_cache import cached_regex
from gigcheck.scan.gigscan import GigScan

__all__ = ["in_framed_block", "under_example_headers"]

_LABEL_SEP = ": "
# A framing paragraph introduces the block: it ends with a colon (or an arrow), and is short.
_INTRO_ENDS = (":", "：", "→", "↓")
_INTRO_MAX = 200


def under_example_headers(scan: GigScan, runs: list[TextRun]) -> list[TextRun]:
    """`runs`, those in the body of an example table labelled with its header row, and
    code blocks after a framing paragraph labelled with it."""
    intros = _framed_blocks(scan)
    if intros:
        runs = [_labelled(intros[id(run)], run) if id(run) in intros else run for run in runs]
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


def in_framed_block(scan: GigScan, run: TextRun) -> bool:
    """Whether `run` (a scanned run: labelled or not) is a code block or a block quote right after
    a paragraph that frames it as a sample ("Translation sample (EN→ES):⏎> Contact us on WhatsApp
    for a faster reply."): what it says is the sample of the work shown, not the seller's words."""
    starts = _framed_starts(scan)
    return bool(starts) and any(s.src_start in starts for s in run.segments[:2])


def _framed_starts(scan: GigScan) -> frozenset[int]:
    def build() -> frozenset[int]:
        return frozenset(
            run.segments[0].src_start for run in scan.gig.runs if id(run) in _framed_blocks(scan) and run.segments
        )

    return scan.memo(("templates", "framed_starts"), build)


def _quoted(source: str, run: TextRun) -> bool:
    """Whether `run` is a paragraph of a block quote: its line opens with a quote marker."""
    if not run.segments:
        return False
    at = run.segments[0].src_start
    line = source.rfind("\n", 0, at) + 1
    return _QUOTE_OPENING.fullmatch(source, line, at) is not None


_QUOTE_OPENING = cached_regex(r"[ \t]{0,3}>[ \t>]*")


def _framed_blocks(scan: GigScan) -> dict[int, str]:
    """The code blocks and block quotes (by identity) right after a short paragraph of the same
    section that ends with a colon and calls what follows a template, a sample or a mockup, with
    that paragraph's text. Not when it claims the block ("Sample of my signature:"), nor a quote
    under no such paragraph ("> Message me on WhatsApp" is the seller's own words)."""
    pv = scan.vocabulary.emails.placeholders
    source = scan.gig.source

    def build() -> dict[int, str]:
        out: dict[int, str] = {}
        prev: TextRun | None = None
        for run in scan.gig.runs:
            block = run.kind == "code_block" or (run.kind == "text" and _quoted(source, run))
            if block and prev is not None and prev.section == run.section and not _quoted(source, prev):
                intro = prev.text.strip()
                if (
                    len(intro) <= _INTRO_MAX and intro.endswith(_INTRO_ENDS)
                    and pv.example_near(intro, 0, len(intro)) and not pv.claims(intro)
                ):
                    out[id(run)] = intro.rstrip("".join(_INTRO_ENDS)).rstrip()
            prev = run
        return out

    return scan.memo(("templates", "framed_blocks"), build)


def _labelled(head: str, run: TextRun) -> TextRun:
    label = head + _LABEL_SEP
    segs = [Segment(0, run.segments[0].src_start, len(label), 0)]
    segs.extend(Segment(len(label) + s.text_start, s.src_start, s.text_len, s.src_len) for s in run.segments)
    return TextRun(label + run.text, run.section, run.kind, tuple(segs))
