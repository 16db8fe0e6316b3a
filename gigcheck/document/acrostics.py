"""A word spelled by the emphasized first letters of lines, read as the label of what follows.

"- **S**peedy turnaround⏎- **K**ind⏎- **Y**ears of experience⏎- **P**ixel-perfect⏎-
**E**asy revisions" then "ID: nico.renders": the bold initials spell "SKYPE", and a reader
who is meant to see it reads "SKYPE ID: nico.renders". A single letter set apart in bold
or italics at the head of each of three or more lines in a row is a seller's device, not
typography; `acrostics` gives the run right after such lines labelled with the word, and
the channel scan decides whether the word names a channel and the run holds a handle (a
"FAST" acrostic over a sentence names none).
"""
from __future__ import annotations

from gigcheck.document.gig import Gig
from gigcheck.document.handle_pieces import right_under
from gigcheck.document.list_numbers import run_lines
from gigcheck.document.tables import labelled
from gigcheck.records import TextRun

__all__ = ["ACROSTIC", "acrostics"]

ACROSTIC = "acrostic"  # the kind of a labelled run
_MIN_LINES = 3  # two bold initials are a style, not a word
_MAX_VALUE = 80  # the run labelled: a line with a name, not a paragraph
# Emphasis around one letter: "**S**", "__S__", "*S*", "_S_" (the same mark both sides).
_MARKS = ("**", "__", "*", "_")
_LONE = frozenset("@_.-")  # a handle's marks, each a line of its own in an acrostic


def acrostics(gig: Gig) -> list[TextRun]:
    """The run after each stretch of lines with an emphasized initial, labelled with the
    word the initials spell."""
    src = gig.source
    units = [u for r in gig.runs if r.segments and r.kind == "text" for u in (run_lines(r) or [r])]
    out = []
    letters: list[str] = []
    first: TextRun | None = None  # the stretch's first line
    for prev, unit in zip([None, *units], [*units, None], strict=False):
        follows = prev is not None and unit is not None and (_same_run(prev, unit) or right_under(src, prev, unit))
        initial = _initial(src, unit) if unit is not None else None
        if initial is not None and (follows or not letters):
            first = first if letters else unit
            letters.append(initial)
            continue
        if len(letters) >= _MIN_LINES and first is not None:
            word = "".join(letters).upper().replace("@", " @")
            # The word alone ("**T**ell⏎**G**ather⏎**@**⏎**M**ood…" spells "TG @M…"), and
            # the word over the line after it ("SKYPE" over "ID: nico.renders").
            out.append(labelled(word, first.slice(0, 0), ACROSTIC))
            if unit is not None and follows and unit.text.strip() and len(unit.text) <= _MAX_VALUE:
                out.append(labelled(word, unit, ACROSTIC))
        letters = [initial] if initial is not None else []
        first = unit if initial is not None else None
    return out


def _same_run(a: TextRun, b: TextRun) -> bool:
    """`b` is the line after `a` in one paragraph."""
    end, start = a.gap_to(b)
    return start == end + 1


def _initial(src: str, unit: TextRun) -> str | None:
    """The letter `unit` opens with, when the source sets it apart in emphasis; or the one
    character of a line that holds only it ("**@**", "**_**", "**7**")."""
    text = unit.text.rstrip()
    if not text or unit.segments[0].text_start != 0:
        return None
    if not (text[0].isalpha() and len(text) > 1 or len(text) == 1 and (text.isalnum() or text in _LONE)):
        return None
    at = unit.segments[0].src_start
    for mark in _MARKS:
        n = len(mark)
        if src[max(0, at - n):at] == mark and src[at + 1:at + 1 + n] == mark:
            return text[0]
    return None
