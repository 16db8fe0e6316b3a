"""A number cut into table cells, read as the pieces a buyer is told to put together.

A seller can hide a phone number in a table by giving each cell a piece of it: down a
column ("| Rush | 07700 |" over "| Urgent | 900 461 |"), along a row ("| 55 | 3412 |
8890 |") or over a whole small table of bare numbers read in order. Each such run of
bare-number cells becomes one run, the pieces one to a line, with the text around the
table (its other cells and the paragraphs right before and after it) kept beside it:
the contact scan reads it as a number only when that text names a phone channel
("^ the row below is my WhatsApp") or the first piece opens with "+" or a trunk "0",
and keeps only numbers valid where they are dialled: score tables and counts
("| 2021 | 140 |") stay numbers.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from gigcheck.document.counting import steady_steps
from gigcheck.document.gig import Gig
from gigcheck.document.tables import join_runs
from gigcheck.records import TextRun
from gigcheck.regex_cache import cached_regex

__all__ = [
    "NUMBER_DIGITS", "PIECE_SEP", "TABLE_NUMBER", "TableNumber", "bare_piece", "counted_steps", "opens_number",
    "table_numbers",
]

TABLE_NUMBER = "table_number"  # the kind of the runs built here
PIECE_SEP = "\n"  # between the pieces: one line break, a soft cut a phone cue reads over
# A cell that is a piece of a number and nothing else: digits with a phone number's
# punctuation ("+1 (415)", "555-0148", "06 47"); no price, unit, decimal point or word.
_PIECE = cached_regex(r"[+(]?\d[\d ()\-]*")
_DIGITS = cached_regex(r"\D+")  # what is not a digit, dropped to read a piece's value
_MIN_DIGITS = 2  # per piece: "7" alone is a count, not a piece of a number
_MAX_PIECES = 5  # a phone number is written in at most five groups
NUMBER_DIGITS = (7, 15)  # what the pieces together must hold (E.164 allows 15)
_NEAR_KINDS = frozenset({"text", "heading"})


@dataclass(frozen=True, slots=True)
class TableNumber:
    run: TextRun  # the pieces joined by PIECE_SEP (kind TABLE_NUMBER), mapped to the cells
    around: str  # the table's other cells and the paragraphs next to it
    # The pieces stand among words (list_numbers.py: "Lundi — 06"), so only a word that
    # says to read them together makes them one number.
    worded: bool = False
    # The pieces open their lines, the first with "+" (list_numbers.py: "- +44 on time⏎- 7700
    # never late⏎…"): read as a number that opens with "+" is, with no cue.
    leading: bool = False


def table_numbers(gig: Gig) -> list[TableNumber]:
    """The bare-number cells of each table, in reading order, when they are all of one
    row, two cells one above the other, or the whole body (`_one_stretch`), and
    together have a phone number's count of digits."""
    out: list[TableNumber] = []
    place = {id(r): k for k, r in enumerate(gig.runs)}  # (once: a gig of many tables stays linear)
    for table in gig.tables:
        # (a table of one row has its pieces in the header: "| 010 | 2345 | 6789 |")
        body = table[1:] if any(c is not None and c.text.strip() for row in table[1:] for c in row) else table
        pieces = [c for row in body for c in row if c is not None and _piece(c)]
        if not 2 <= len(pieces) <= _MAX_PIECES:
            continue
        digits = sum(ch.isdigit() for c in pieces for ch in c.text)
        if NUMBER_DIGITS[0] <= digits <= NUMBER_DIGITS[1] and _one_stretch(body, pieces):
            out.append(TableNumber(join_runs(pieces, PIECE_SEP, TABLE_NUMBER), _around(gig, table, place)))
    return out


def _piece(cell: TextRun) -> bool:
    return bool(cell.segments) and bare_piece(cell.text.strip())


def bare_piece(text: str, min_digits: int = _MIN_DIGITS) -> bool:
    """`text` (stripped) is a piece of a number and nothing else, with `min_digits` or more."""
    return _PIECE.fullmatch(text) is not None and sum(map(str.isdigit, text)) >= min_digits


def _one_stretch(body: list[list[TextRun | None]], pieces: list[TextRun]) -> bool:
    """The table's number pieces are all its body holds, or all of one row, or cells
    one above the other with only empty cells between (three or more only when the
    first opens as a phone number does, `opens_number`): what a seller cuts a number
    into. Otherwise a column of values, or numbers among other numbers, is a table of
    data ("| Basic | 25 |" over "| Pro | 45 |" over "| VIP | 95 |")."""
    filled = [[c for c in row if c is not None and c.text.strip()] for row in body]
    ids = {id(c) for c in pieces}
    if sum(map(len, filled)) == len(pieces) or any(ids == {id(c) for c in row} for row in filled):
        return True
    places = [_place(body, p) for p in pieces]
    column = {c for _, c in places}
    if len(column) != 1 or (len(pieces) > 2 and not opens_number(pieces[0].text)):
        return False
    if counted_steps(pieces):
        return False  # "| Brief | 05 |" over "| Draft | 10 |" over "| Final | 15 |": minutes
    # one column, nothing but empty cells between the pieces
    col = column.pop()
    rows = range(places[0][0], places[-1][0] + 1)
    between = [body[r][col] if col < len(body[r]) else None for r in rows]
    return all(c is None or not c.text.strip() or id(c) in ids for c in between)


def counted_steps(pieces: list[TextRun]) -> bool:
    """The pieces' values climb or fall in steady steps (`steady_steps`): a schedule or a
    count ("05", "10", "15"), not the groups of one number."""
    return steady_steps([int(_DIGITS.sub("", p.text)) for p in pieces])


def _place(body: list[list[TextRun | None]], cell: TextRun) -> tuple[int, int]:
    """Row and column of `cell` in `body`."""
    return next((r, c) for r, row in enumerate(body) for c, x in enumerate(row) if x is cell)


def opens_number(text: str) -> bool:
    """`text` opens with "+" or a trunk "0" (in any script's digits): how a phone number
    starts and a price, a count or a year does not."""
    head = text.lstrip()[:1]
    return head == "+" or (head.isdecimal() and unicodedata.digit(head) == 0)


def _around(gig: Gig, table: list[list[TextRun | None]], place: dict[int, int]) -> str:
    """The table's cells and the paragraph (or heading) right before and right after
    it, in the table's section (`place`: each run's index in ``gig.runs``)."""
    cells = [c for row in table for c in row if c is not None]
    at = sorted(place[id(c)] for c in cells if id(c) in place)
    texts = [c.text for c in cells]
    if at:
        section = gig.runs[at[0]].section
        for k in (at[0] - 1, at[-1] + 1):
            if 0 <= k < len(gig.runs) and gig.runs[k].section == section and gig.runs[k].kind in _NEAR_KINDS:
                texts.append(gig.runs[k].text)
    return "\n".join(texts)
