"""The sentence a fix deletes, found from the gig's sentence index (document/sentences.py),
is exactly the one the former per-finding scan of the line found: that scan is kept here
as the reference and both are run on random lines of marks, blanks and words."""
from __future__ import annotations

import random
import re

from gigcheck.document.positions import LineIndex
from gigcheck.document.sentences import SentenceIndex
from gigcheck.rules.fixes import delete_sentence

_END = re.compile(r"[.!?]+(?:\s+|$)")


def _reference(source: str, start: int, end: int) -> tuple[int, int] | None:
    """The edit range the line scan chose (the code before the index)."""
    line_start = source.rfind("\n", 0, start) + 1
    line_end = source.find("\n", end)
    line_end = len(source) if line_end < 0 else line_end
    if source.find("\n", start, end) >= 0:
        return None
    head = source[line_start:start]
    a = line_start
    for m in _END.finditer(head):
        a = line_start + m.end()
    after = _END.search(source, end, line_end)
    b = min(after.end() if after is not None else line_end, line_end)
    rest = source[line_start:a] + source[b:line_end]
    if not rest.strip(" \t-*>#"):
        return line_start, (line_end + 1 if line_end < len(source) else line_end)
    if b == line_end and a > line_start and source[a - 1] == " ":
        a -= 1
        while a > line_start and source[a - 1] == " ":
            a -= 1
    return a, b


def _indexed(source: str, start: int, end: int) -> tuple[int, int] | None:
    fix = delete_sentence(SentenceIndex(source, LineIndex(source)), start, end, "m")
    if fix is None:
        return None
    (edit,) = fix.edits
    return edit.start, edit.end


def test_same_sentence_as_the_line_scan() -> None:
    rng = random.Random(16)
    pieces = ["ab", "c", " ", "  ", ".", "!", "?", "..", "\n", "\t", "-", "*", "#", ">", "\u2028", "x."]
    for _ in range(4000):
        source = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        start = rng.randint(0, len(source))
        end = rng.randint(start, len(source))
        assert _indexed(source, start, end) == _reference(source, start, end), (source, start, end)


def test_sentence_in_a_paragraph() -> None:
    source = "Hi. Message me on WhatsApp. Thanks!\n- Call me.\n"
    start = source.index("WhatsApp")
    assert _indexed(source, start, start + 8) == (4, 28)
    start = source.index("Call")
    assert _indexed(source, start, start + 4) == (36, len(source))
