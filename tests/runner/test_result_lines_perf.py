"""The source lines a result keeps for its findings are cut once a line: many findings on
one long line (a paragraph of contact details) used to copy that line again for each."""
from __future__ import annotations

import pytest
from perf_support import FACTOR, assert_linear

from gigcheck.document.markdown import parse_gig
from gigcheck.engine.linter import default_linter, file_result
from gigcheck.records import Finding, Severity


@pytest.mark.perf
def test_lines_of_findings_on_one_line_linear() -> None:
    linter = default_linter()
    n = 2000
    # Parsed and found beforehand: only the result's making is timed.
    inputs = {
        size: (parse_gig("mail a@b.co then " * size + "\nThanks.\n"),
               [Finding("GC201", "contact-email", "contact", Severity.ERROR, "m", 1, 6 + 17 * i, 1, 12 + 17 * i,
                        "description", "a@b.co") for i in range(size)])
        for size in (n, n * FACTOR)
    }

    def run(size: int) -> None:
        result = file_result(linter, *inputs[size])
        assert list(result.lines) == [1]

    assert_linear(run, n, "file_result over findings on one line")
