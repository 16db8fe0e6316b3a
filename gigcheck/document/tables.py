"""Runs that read a Markdown table the way a buyer does: across a row, and down a column.

The parser gives each cell a run of its own, and `Gig.tables` keeps which cell stands
where. A seller can split one thing over cells: a phone number over two cells of one
row ("| (312) 555- | 0148, weekdays |"), or a handle under a header that names its
channel ("| Telegram |" over "| @nika_motion |"). These runs put the pieces together,
still mapped to the source, so detectors read them whole.
"""
from __future__ import annotations

from gigcheck.document.gig import Gig
from gigcheck.records import Segment, TextRun
from gigcheck.regex_cache import cached_regex

__all__ = [
    "CELL_SEP", "LABEL_SEP", "VALUE_MARK", "column_runs", "header_starts", "join_runs", "labelled", "names_column",
    "row_runs", "stacked_runs",
]

CELL_SEP = " | "  # between the cells of a row run
LABEL_SEP = ": "  # between a header and a cell under it
_MAX_HEADER = 40  # a header longer than this is a sentence, not a label
_MAX_CELL = 80  # a cell longer than this is prose
# What an identifier has and a column name has not: "@", "#", "_", ":", a digit, an
# inner dot ("@nora_tr", "live:nora", "nora.tr") — not "Price", "Delivery time".
VALUE_MARK = cached_regex(r"[@#_:\d]|\.\w")


def join_runs(parts: list[TextRun], sep: str | list[str], kind: str) -> TextRun:
    """`parts` joined by `sep` (or by `sep[k - 1]` before part k); each separator maps to
    the source between its neighbours (as a whole), so any span over it still points into
    the file."""
    text: list[str] = []
    segs: list[Segment] = []
    at = 0
    for k, run in enumerate(parts):
        if k:
            sep_k = sep if isinstance(sep, str) else sep[k - 1]
            prev = parts[k - 1].segments[-1]
            a = prev.src_start + prev.src_len
            b = run.segments[0].src_start
            segs.append(Segment(at, a, len(sep_k), max(0, b - a)))
            text.append(sep_k)
            at += len(sep_k)
        segs.extend(Segment(at + s.text_start, s.src_start, s.text_len, s.src_len) for s in run.segments)
        text.append(run.text)
        at += len(run.text)
    return TextRun("".join(text), parts[0].section, kind, tuple(segs))


def labelled(label: str, cell: TextRun, kind: str = "table_column") -> TextRun:
    """"label: cell", the label mapped (as a whole, zero-width) to where the cell starts:
    what is found in it is reported on the cell, where the seller wrote the value."""
    head = label + LABEL_SEP
    segs = [Segment(0, cell.segments[0].src_start, len(head), 0)]
    segs.extend(Segment(len(head) + s.text_start, s.src_start, s.text_len, s.src_len) for s in cell.segments)
    return TextRun(head + cell.text, cell.section, kind, tuple(segs))


def row_runs(gig: Gig) -> list[TextRun]:
    """Each table row with two or more non-empty cells as one run, cells joined by
    `CELL_SEP` (kind "table_row")."""
    out = []
    for table in gig.tables:
        head = _header_label(table[0]) if len(table) > 1 else None
        for k, row in enumerate(table):
            cells = [c for c in row if c is not None and c.segments and c.text.strip()]
            if len(cells) >= 2:
                run = join_runs(cells, CELL_SEP, "table_row")
                # A body row read under its header row ("| DDD | Número |" over "| 21 |
                # 99876-5432 |"): the headers label what is split over the row's cells.
                out.append(labelled(head, run, "table_row") if head and k else run)
    return out


def _header_label(header: list[TextRun | None]) -> str | None:
    """The header row's cells as one label ("DDD Número"), when they are short names
    (no identifier of their own)."""
    names = [c.text.strip() for c in header if c is not None and c.segments and c.text.strip()]
    if len(names) < 2 or any(len(n) > _MAX_HEADER or VALUE_MARK.search(n) for n in names):
        return None
    return " ".join(names)


def column_runs(gig: Gig) -> list[TextRun]:
    """Each body cell under a short header cell as one run "header: cell" (kind
    "table_column"): a label and its value, as a reader takes them. Findings in it
    point at the cell."""
    out = []
    for table in gig.tables:
        if len(table) < 2:
            continue
        header = table[0]
        for row in table[1:]:
            for col, cell in enumerate(row):
                head = header[col] if col < len(header) else None
                if head is None or cell is None or not head.segments or not cell.segments:
                    continue
                if not head.text.strip() or not cell.text.strip():
                    continue
                if len(head.text) > _MAX_HEADER or len(cell.text) > _MAX_CELL:
                    continue
                out.append(labelled(head.text, cell))
    return out


def header_starts(gig: Gig) -> frozenset[int]:
    """Where the header cells of the gig's tables start in the source."""
    return frozenset(
        c.segments[0].src_start for table in gig.tables if table for c in table[0] if c is not None and c.segments
    )


def names_column(cell: TextRun, headers: frozenset[int]) -> bool:
    """A header cell that names its column ("| WhatsApp | Price |": "Price" is no
    WhatsApp handle), not a value a seller put in the first row ("| Telegram | @mia |")."""
    return bool(cell.segments) and cell.segments[0].src_start in headers and not VALUE_MARK.search(cell.text)


def stacked_runs(gig: Gig) -> list[TextRun]:
    """Each body cell holding an identifier under a short body cell, as one run
    "above: cell" (kind "table_column"): a channel named in one row and its handle in
    the row below ("| Basic | Telegram |" over "| Pro | @nora_tr |")."""
    out = []
    for table in gig.tables:
        for upper, lower in zip(table[1:], table[2:], strict=False):
            for col, cell in enumerate(lower):
                above = upper[col] if col < len(upper) else None
                if above is None or cell is None or not above.segments or not cell.segments:
                    continue
                if not above.text.strip() or len(above.text) > _MAX_HEADER or len(cell.text) > _MAX_CELL:
                    continue
                if VALUE_MARK.search(cell.text) and not VALUE_MARK.search(above.text):
                    out.append(labelled(above.text, cell))
    return out
