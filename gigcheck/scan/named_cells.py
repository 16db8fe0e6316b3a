"""Table cells whose labels say what number they hold: the column header or the row's first
cell names another kind of number ("| Tracking |" over "| 1234567890 |", "| Артикул WB |
148392017 |"). The cell read alone, or under a header that is only "Value", has none of that:
the contact scan reads such a cell through its row, where the label stands before it.
why (rt57 numbers false alarms: tracking numbers and article numbers in a table read as phones).
"""
from __future__ import annotations

from gigcheck.detectors.phone_guards import names_other_number
from gigcheck.detectors.phone_vocab import PhoneVocab
from gigcheck.document.gig import Gig
from gigcheck.records import TextRun

__all__ = ["other_number_cells"]


def other_number_cells(gig: Gig, pv: PhoneVocab) -> frozenset[int]:
    """Source starts of the body cells (not a row's first) whose column header or row label
    names another kind of number and no phone."""
    out = set()
    for table in gig.tables:
        if len(table) < 2:
            continue
        header = table[0]
        for row in table[1:]:
            first = row[0] if row else None
            for col, cell in enumerate(row[1:], start=1):
                if cell is None or not cell.segments:
                    continue
                head = header[col] if col < len(header) else None
                label = " ".join(_text(x) for x in (head, first))
                if names_other_number(label, pv):
                    out.add(cell.segments[0].src_start)
    return frozenset(out)


def _text(run: TextRun | None) -> str:
    return "" if run is None else run.text
