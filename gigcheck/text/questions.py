"""Whether a piece of text is asked: one test of a sentence's closing mark, shared by every
detector that reads a question differently from a statement ("Want to pay less?" is not an
offer; "Telegram? Same name as here" answers it)."""

from __future__ import annotations

# The Latin and the full-width (CJK) question marks: what every question test reads.
QUESTION_MARKS: tuple[str, ...] = ("?", "？")
# The same with the Arabic question mark, for the readers that already took it.
QUESTION_MARKS_ARABIC: tuple[str, ...] = (*QUESTION_MARKS, "؟")


def is_asked(text: str, *, strip: str | None = None, marks: tuple[str, ...] = QUESTION_MARKS) -> bool:
    """True when `text`, once trailing `strip` characters (whitespace by default) are cut,
    ends with one of `marks`."""
    return text.rstrip(strip).endswith(marks)
