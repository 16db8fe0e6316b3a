"""Building the fixes of many findings in one long paragraph stays linear: the sentence
each fix removes is found from boundaries indexed once per gig, not by scanning the line
again for every finding (which grew with findings × line length)."""
from __future__ import annotations

import pytest
from perf_support import assert_linear

from gigcheck.document.markdown import parse_gig
from gigcheck.document.positions import LineIndex
from gigcheck.rules import fixes

HEAD = "---\ntitle: I will design your logo\n---\n## Description\n"
SENTENCE = "Message me on WhatsApp. "
# No sentence end in the line at all: a fix can neither stop early going back nor forward.
CLAUSE = "message me on WhatsApp -- "


@pytest.mark.perf
@pytest.mark.parametrize("sentence", [SENTENCE, CLAUSE], ids=["sentences", "one sentence"])
def test_sentence_fixes_linear_in_findings(sentence: str) -> None:
    def run(n: int) -> None:
        gig = parse_gig(HEAD + sentence * n + "---- ##\n")
        base = len(HEAD)
        for i in range(n):
            start = base + i * len(sentence) + sentence.index("WhatsApp")
            fixes.sentence_removal(gig, (start, start + len("WhatsApp")))

    assert_linear(run, 300, f"sentence_removal over one {sentence!r} paragraph")


@pytest.mark.perf
def test_tag_fixes_linear_in_a_flow_list() -> None:
    """A flow list of thousands of tags on one line: each item's fix finds its line by
    bisection and matches the text before it in place (it copied the line up to the item)."""

    def run(n: int) -> None:
        head = "---\ntitle: I will design your logo\ntags: [logo"
        source = head + ", logo" * n + "]\n---\n"
        lines = LineIndex(source)
        for i in range(n):
            start = len(head) + 6 * i + 2
            fix = fixes.remove_list_item(lines, start, start + 4, "Remove the tag")
            assert fix is not None and fix.edits[0].start == start - 2

    assert_linear(run, 6000, "remove_list_item over one flow list")
