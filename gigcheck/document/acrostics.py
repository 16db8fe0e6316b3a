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
from gigcheck.regex_cache import cached_regex

__all__ = ["ACROSTIC", "acrostics"]

ACROSTIC = "acrostic"  # the kind of a labelled run
_MIN_LINES = 3  # two bold initials are a style, not a word
_MAX_VALUE = 80  # the run labelled: a line with a name, not a paragraph
# Emphasis around one letter: "**S**", "__S__", "*S*", "_S_" (the same mark both sides).
_MARKS = ("**", "__", "*", "_")


def acrostics(gig: Gig) -> list[TextRun]:
    """The run after each stretch of lines with an emphasized initial, labelled with the
    word the initials spell."""
    src = gig.source
    units = [u for r in gig.runs if r.segments and r.kind == "text" for u in (run_lines(r) or [r])]
    out = []
    letters: list[str] = []
    for prev, unit in zip([None, *units], units, strict=False):
        follows = prev is not None and (_same_run(prev, unit) or right_under(src, prev, unit))
        if letters and not follows:
            letters = []
        initial = _initial(src, unit)
        if initial is not None and (follows or not letters):
            letters.append(initial)
            continue
        if len(letters) >= _MIN_LINES and follows and unit.text.strip() and len(unit.text) <= _MAX_VALUE:
            out.append(labelled("".join(letters).upper(), unit, ACROSTIC))
        letters = []
    return out


def _same_run(a: TextRun, b: TextRun) -> bool:
    """`b` is the line after `a` in one paragraph."""
    last = a.segments[-1]
    return b.segments[0].src_start == last.src_start + last.src_len + 1


def _initial(src: str, unit: TextRun) -> str | None:
    """The letter `unit` opens with, when the source sets it apart in emphasis."""
    text = unit.text
    if len(text) < 2 or not text[0].isalpha() or unit.segments[0].text_start != 0:
        return None
    at = unit.segments[0].src_start
    for mark in _MARKS:
        n = len(mark)
        if src[max(0, at - n):at] == mark and src[at + 1:at + 1 + n] == mark:
            return text[0]
    return None
