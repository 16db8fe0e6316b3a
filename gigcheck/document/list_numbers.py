"""A number hidden one piece per list item or line, read as the pieces a buyer is told
to put together.

"1. Lundi — 06⏎2. Mardi — 12⏎3. Mercredi — 34⏎…" then "(les chiffres à la suite,
c'est mon portable)"; "- स्टेप 98⏎- स्टेप 201⏎…" then "read the step numbers together,
that's my WhatsApp"; "0 - great service⏎9 - fast delivery⏎…" under "read the first digit
of each line". Each line (a list item, or a line of a paragraph) holds one short group of
digits among its words, or is a bare piece of a number; three or more such lines in a
row, with a phone number's count of digits together, become one run, the pieces one to a
line, with the text around them kept beside it (as `table_numbers` does for cells). The
contact scan reads it only when that text names a phone channel and, for pieces among
words, says to read them together; and it keeps only numbers valid where they are
dialled. Steady steps ("Step 10, 20, 30") and long lists of figures stay figures.
"""
from __future__ import annotations

from gigcheck.document.gig import Gig
from gigcheck.document.items import headings_stacked, stacked
from gigcheck.document.table_numbers import (
    NUMBER_DIGITS,
    PIECE_SEP,
    TABLE_NUMBER,
    TableNumber,
    bare_piece,
    counted_steps,
)
from gigcheck.document.tables import join_runs
from gigcheck.records import TextRun
from gigcheck.regex_cache import cached_regex

__all__ = ["LIST_NUMBER", "list_numbers", "run_lines"]

# The kind of a run of pieces among words once its cue is read (contacts.py): told to be
# read together as the seller's phone, it is read as any cued number is (a number valid
# nowhere is still one the seller gave), unlike the bare pieces of TABLE_NUMBER runs.
LIST_NUMBER = "list_number"

# A piece among words: digits, a space or hyphen between some ("8 912"); one digit a step.
_GROUP = cached_regex(r"\d(?:[ \-]?\d)*")
_MAX_GROUP = 5  # digits of a piece among words: "06", "201", "67 89"; more is a figure of its own
_MIN_LINES = 3  # two lines with a number each are a pair of figures
_NEAR_KINDS = frozenset({"text", "heading"})


def list_numbers(gig: Gig) -> list[TableNumber]:
    """The pieces of each stretch of lines that hold one each (`_piece`), in order."""
    out: list[TableNumber] = []
    runs = gig.runs
    k = 0
    while k < len(runs):
        block = [runs[k]]
        while k + len(block) < len(runs) and _item(runs[k + len(block)]) and _item(block[-1]) and _under(
            gig.source, block[-1], runs[k + len(block)]
        ):
            block.append(runs[k + len(block)])
        lines = [line for run in block for line in run_lines(run)] if len(block) == 1 else block
        out.extend(_numbers(gig, lines, k, k + len(block) - 1))
        k += len(block)
    return out


def _under(src: str, a: TextRun, b: TextRun) -> bool:
    """`b` is the next item of `a`'s list, or the heading on the line right under heading `a`."""
    if a.kind == "heading" or b.kind == "heading":
        return a.kind == b.kind and a.section == b.section and headings_stacked(src, a, b)
    return stacked(src, a, b)


def _item(run: TextRun) -> bool:
    # (headings one a line are items too: "## Passo 1: +55⏎## Passo 2: 21 9")
    return run.kind in ("text", "heading") and bool(run.segments)


def run_lines(run: TextRun) -> list[TextRun]:
    """The lines of a paragraph run, each a sub-run."""
    if run.kind != "text" or "\n" not in run.text:
        return []
    out, at = [], 0
    for line in run.text.split("\n"):
        out.append(run.slice(at, at + len(line)))
        at += len(line) + 1
    return out


def _numbers(gig: Gig, lines: list[TextRun], first: int, last: int) -> list[TableNumber]:
    """The stretches of `lines` with a piece on every line, as numbers."""
    out = []
    stretch: list[tuple[TextRun, bool, bool]] = []
    for line in [*lines, None]:
        piece = _piece(line) if line is not None else None
        if piece is not None:
            stretch.append(piece)
            continue
        if len(stretch) >= _MIN_LINES:
            pieces = [p for p, _, _ in stretch]
            # Pieces among words that each open their line, the first with "+" ("- +44 on
            # time⏎- 7700 never late⏎- 900 revisions⏎- 123 all files"): the number a reader
            # puts together down the left edge, read as a number that opens with "+" is.
            # why (rt51 linebreak: a UK mobile at the head of four promises)
            # (only the first with "+": "+20 icons⏎+15 templates⏎+100 fonts" counts "more than")
            leading = (
                pieces[0].text.startswith("+") and not any(p.text.startswith("+") for p in pieces[1:])
                and all(o for _, _, o in stretch)
            )
            number = _number(gig, pieces, any(w for _, w, _ in stretch), first, last, leading)
            if number is not None:
                out.append(number)
        stretch = []
    return out


def _piece(line: TextRun) -> tuple[TextRun, bool, bool] | None:
    """The piece of a number `line` holds, whether it stands among words, and whether it
    opens the line: the whole line when it is a bare piece ("8765-"), or its one short
    group of digits ("Lundi — 06", "0 - great service"), with a "+" right before it when
    it opens the line ("+44 on time"); None otherwise."""
    text = line.text
    stripped = text.strip()
    if stripped and bare_piece(stripped, min_digits=1):
        a = text.index(stripped)
        return line.slice(a, a + len(stripped)), False, True
    label = _LABELLED.fullmatch(text)
    if label is not None and bare_piece(label.group(1), min_digits=1):
        # why (rt53 linebreak "## Passo 1: +55⏎## Passo 2: 21 9⏎## Passo 3: 8765-4321"): a step's
        # label, then the piece alone after its colon: among words still ("Basic: 612" is a price),
        # but opening its value as a "+" opens a number down the left edge
        return line.slice(*label.span(1)), True, True
    groups = list(_GROUP.finditer(text))
    if len(groups) != 1 or sum(map(str.isdigit, groups[0].group())) > _MAX_GROUP:
        return None
    a, b = groups[0].span()
    if a and text[a - 1] == "+" and _LAYOUT.fullmatch(text, 0, a - 1):
        a -= 1
    opens = _LAYOUT.fullmatch(text, 0, a) is not None and _FIGURE_END.match(text, b) is None
    return line.slice(a, b), True, opens


# A step's label (a word, then its own number: "Passo 1", "Step 2", "Día 3") and a colon, then
# the rest of the line. Classes in sequence, each bounded: linear.
_LABELLED = cached_regex(r"[^\W\d_][^:\d\n]{0,20}\d{1,2}[ \t]*:[ \t]*(\S[^\n]*?)[ \t]*")
# What may stand before a piece that opens its line: list marks, bullets, spaces, emphasis.
_LAYOUT = cached_regex(r"[^\w+]*")
# A figure's end right after the digits: a percentage, "500+", a decimal, a unit glued on ("4K", "3x").
_FIGURE_END = cached_regex(r"[%+‰.,:/]\d|[%+‰]|[^\W\d_]")


def _number(
    gig: Gig, pieces: list[TextRun], worded: bool, first: int, last: int, leading: bool = False
) -> TableNumber | None:
    digits = "".join(ch for p in pieces for ch in p.text if ch.isdigit())
    if not NUMBER_DIGITS[0] <= len(digits) <= NUMBER_DIGITS[1]:
        return None
    if counted_steps(pieces):
        return None  # "Step 10⏎Step 20⏎Step 30": a schedule
    # Pieces among words are one number once told so: spaced as one ("07 700 900 123").
    run = join_runs(pieces, " " if worded else PIECE_SEP, LIST_NUMBER if leading else TABLE_NUMBER)
    return TableNumber(run, _around(gig, pieces, first, last), worded and not leading, leading)


def _around(gig: Gig, pieces: list[TextRun], first: int, last: int) -> str:
    """The runs `first` to `last` (the lines' paragraph or items) and the paragraph or
    heading right before and right after them in their section."""
    runs = gig.runs
    texts = [r.text for r in runs[first:last + 1]]
    section = pieces[0].section
    for k in (first - 1, last + 1):
        if 0 <= k < len(runs) and runs[k].section == section and runs[k].kind in _NEAR_KINDS:
            texts.append(runs[k].text)
    return "\n".join(texts)
