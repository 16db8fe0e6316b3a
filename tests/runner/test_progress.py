"""The progress bar: on a terminal only, above which report lines are printed."""
from __future__ import annotations

import io

from ci_support import gigcheck, write

from gigcheck.cli.progress import ScanProgress, _AboveBar, wanted
from gigcheck.records import FileResult


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_shown_on_a_terminal_only():
    assert wanted(False, Terminal())
    assert not wanted(True, Terminal())  # --quiet
    assert not wanted(False, io.StringIO())  # a pipe or a file


def test_counts_gigs_and_findings():
    screen = Terminal()
    bar = ScanProgress(3, screen)
    for _ in range(3):
        bar.checked(FileResult("a.md"))
    bar.close()
    assert "Checking" in screen.getvalue() and "3/3" in screen.getvalue()


def test_report_lines_go_above_the_bar():
    screen = Terminal()
    bar = ScanProgress(None, screen)
    bar.checked(FileResult("a.md"))
    out = _AboveBar(bar, screen)
    out.write("first line\nsecond ")
    out.write("line\n")
    bar.close()
    text = screen.getvalue()
    assert "first line" in text and "second line" in text


def test_not_shown_when_stderr_is_not_a_terminal(tmp_path):
    write(tmp_path, "a.md", "Hello.\n")
    run = gigcheck("check", str(tmp_path))
    assert "Checking" not in run.err
