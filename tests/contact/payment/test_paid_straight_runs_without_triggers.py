"""A run without any channel trigger is read for paying straight when it holds one of the
marks (scan/channels.run_scans asks each such run's gate alone): found in any paragraph of
a longer gig, and not made up from marks spread over several paragraphs."""
from __future__ import annotations

from gigcheck import lint_text

_INTRO = "# Logo design\n\nI design logos in three styles.\n\n"


def _payments(text: str) -> list[int]:
    return [f.line for f in lint_text(text) if f.rule == "GC301"]


def test_a_mark_in_one_paragraph_among_plain_ones_is_read():
    text = _INTRO + "A 50% deposit goes to me directly before I create the custom offer.\n\nDelivery in two days.\n"
    assert _payments(text) == [5]
    text = _INTRO + "Delivery in two days.\n\nThe deposit goes straight to me, then I open the order.\n"
    assert _payments(text) == [7]


def test_marks_of_different_paragraphs_make_no_payment():
    text = _INTRO + "The deposit is paid through the order.\n\nThe files go to you directly.\n"
    assert _payments(text) == []
    assert _payments(_INTRO + "Delivery in two days.\n") == []
