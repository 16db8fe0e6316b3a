"""A handle cut into pieces one a line, read as the one name a buyer puts together.

"Mon Discord (collez les trois lignes) :⏎- nomade⏎- _⏎- pixel" is three list items
for the parser and the name "nomade_pixel" for a reader; so are "LINE ID⏎・pim⏎・.design"
(lines of one paragraph) and "| Связь | тг: @ |" over "| | vlad_montazh |" (a cell
and the one below it). `handle_pieces` gives each such stretch as one run, the pieces
joined with nothing between them, after the line that heads them as its label
("Mon Discord (collez les trois lignes) : nomade_pixel"); the channel scan then decides
whether the label names a channel and the name is a handle, as it does on one line.

Only pieces cut where a handle is cut count: each a bare word of a handle's characters,
and one of them begins or ends with a handle's joiner ("_", ".", "-") or is one, or the
line above ends with "@". A list of names ("Tools:⏎- Figma⏎- Procreate") joins nothing.
"""
from __future__ import annotations

from gigcheck.document.gig import Gig
from gigcheck.document.list_numbers import run_lines
from gigcheck.document.tables import join_runs, labelled
from gigcheck.records import TextRun
from gigcheck.regex_cache import cached_regex

__all__ = ["HANDLE_PIECES", "handle_pieces", "right_under"]

HANDLE_PIECES = "handle_pieces"  # the kind of a joined run

_MAX_PIECES = 6  # a handle is cut in a few pieces; a longer list is a list
_MAX_LABEL = 60  # a head longer than this is a sentence of its own
# A piece: an optional "@", then a handle's characters, no space; bounded: linear.
_PIECE = cached_regex(r"@?[\w.\-]{1,24}")
# A cut where a handle is cut: a joiner at a piece's edge, or a piece that is one.
_CUT = cached_regex(r"[_.\-].*|.*[_.\-]")
# A bullet a line of a paragraph may open with ("・yuki", "• _illust"); and spaces.
_BULLET = cached_regex(r"[ \t]*(?:[・•·◦▪‣○●\-*+>][ \t]*)?")
_AT_END = cached_regex(r"@[ \t]*\Z")
# Between a head and its first item, or two items: a line break (a blank line too) and
# the next item's mark; fixed pieces, linear.
_GAP = cached_regex(r"[ \t>*_]*\n(?:[ \t>]*\n)?[ \t>]*(?:(?:[-*+•]|\d{1,3}[.)])[ \t]+)?(?:\*\*|__)?")


def right_under(src: str, a: TextRun, b: TextRun) -> bool:
    """Run `b` is the next line or list item under run `a` (a blank line between allowed)."""
    return _GAP.fullmatch(src, *a.gap_to(b)) is not None


def handle_pieces(gig: Gig) -> list[TextRun]:
    """The handles cut over list items under a head, over lines of a paragraph, and over
    a table cell and the cell right below it, each as one labelled run."""
    return [*_over_items(gig), *_over_lines(gig), *_over_cells(gig)]


def _over_items(gig: Gig) -> list[TextRun]:
    """A head, then the items right under it ("ไลน์ไอดี⏎- pim⏎- .design": no ":" needed)."""
    out = []
    src = gig.source
    runs = [r for r in gig.runs if r.segments]
    taken = 0  # runs before this index went into a joined handle: no head of their own
    for k, run in enumerate(runs[:-1]):
        if k < taken:
            continue
        after: list[TextRun] = []
        for b in runs[k + 1:k + 2 + _MAX_PIECES]:
            if b.kind != "text" or not right_under(src, after[-1] if after else run, b):
                break
            after.append(b)
            if "\n" in b.text:
                break  # a line of prose went on the item ("- .design⏎รวม..."): its first line may be a piece
        joined = _joined(run, after)
        if joined:
            out.extend(joined)
            taken = k + 1 + len(after)
    return out


def _over_lines(gig: Gig) -> list[TextRun]:
    """A line of a paragraph, then the lines under it ("LINE ID⏎・yuki⏎・_illust")."""
    out = []
    for run in gig.runs:
        if run.kind == "text" and "\n" in run.text.strip():
            lines = run_lines(run)
            for k in range(len(lines) - 1):
                if k == 0 or _piece(lines[k]) is None:
                    # (a bounded slice: a paragraph of many lines stays linear)
                    out.extend(_joined(lines[k], lines[k + 1:k + 2 + _MAX_PIECES]))
    return out


def _over_cells(gig: Gig) -> list[TextRun]:
    """A cell ending with "@" and the cell right below it, after the label its row starts
    with ("| Связь | тг: @ |" over "| | vlad_montazh |")."""
    out = []
    for table in gig.tables:
        for upper, lower in zip(table, table[1:], strict=False):
            for col, (above, below) in enumerate(zip(upper, lower, strict=False)):
                if above is None or below is None or not above.segments or not below.segments:
                    continue
                if _AT_END.search(above.text) and _PIECE.fullmatch(below.text.strip()):
                    pair = join_runs([_stripped(above), _stripped(below)], "", HANDLE_PIECES)
                    head = upper[0] if col else None
                    label = head.text.strip() if head is not None and head.segments else ""
                    out.append(labelled(label, pair, HANDLE_PIECES) if label else pair)
    return out


def _joined(head: TextRun, after: list[TextRun]) -> list[TextRun]:
    """`head` labelling the pieces that open `after`, when they make a cut handle."""
    label = head.text.strip()
    if not label or len(label) > _MAX_LABEL or "\n" in label:
        return []
    pieces: list[TextRun] = []
    for run in after[:_MAX_PIECES + 1]:
        piece = _piece(run)
        if piece is None:
            break
        pieces.append(piece)
    after_at = _AT_END.search(label) is not None  # "тг: @" over "vlad_montazh": one piece will do
    if len(pieces) > _MAX_PIECES or len(pieces) < (1 if after_at else 2):
        return []
    if not (after_at or any(_CUT.fullmatch(p.text) for p in pieces)):
        return []
    # The head as written (what is found in it points at it, as a finding on the head's own
    # line does), then the pieces with nothing between them.
    seps = [" " if label.endswith((":", "：")) else ": "] + [""] * (len(pieces) - 1)
    return [join_runs([_stripped(head), *pieces], seps, HANDLE_PIECES)]


def _piece(run: TextRun) -> TextRun | None:
    """The first line of `run` without its bullet and spaces, when what is left is a piece
    of a handle."""
    line = run.text.split("\n", 1)[0]
    m = _BULLET.match(line)
    start = m.end() if m else 0
    rest = line[start:].rstrip()
    if not _PIECE.fullmatch(rest):
        return None
    return run.slice(start, start + len(rest))


def _stripped(run: TextRun) -> TextRun:
    """`run` without spaces at its ends."""
    text = run.text
    start = len(text) - len(text.lstrip())
    return run.slice(start, len(text.rstrip()))

