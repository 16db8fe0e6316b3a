"""The progress bar: on a terminal only, for scans long enough to need it, above which
report lines are printed."""
from __future__ import annotations

import io
import os

from ci_support import gigcheck, write

from gigcheck.cli.progress import ScanProgress, _AboveBar, wanted
from gigcheck.records import FileResult


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_shown_on_a_terminal_only_and_never_while_the_report_goes_into_a_pipe(tmp_path):
    r, w = os.pipe()
    with open(w, "w") as pipe, open(tmp_path / "report.txt", "w") as file:
        assert wanted(False, file, Terminal())
        assert wanted(False, None, Terminal())  # --output FILE
        assert not wanted(False, pipe, Terminal())  # its reader may print to the same terminal
        assert not wanted(True, None, Terminal())  # --quiet
        assert not wanted(False, file, io.StringIO())  # stderr is a pipe or a file
    os.close(r)


def test_a_short_scan_draws_no_bar():
    screen = Terminal()
    bar = ScanProgress(3, screen)  # three gigs, done within the delay
    for _ in range(3):
        bar.checked(FileResult("a.md"))
    bar.close()
    assert screen.getvalue() == ""


def test_one_gig_draws_no_bar_however_long_it_takes():
    screen = Terminal()
    bar = ScanProgress(1, screen, delay=0)
    bar.checked(FileResult("a.md"))
    bar.close()
    assert screen.getvalue() == ""


def test_counts_gigs_and_findings():
    screen = Terminal()
    bar = ScanProgress(3, screen, delay=0)
    for _ in range(3):
        bar.checked(FileResult("a.md"))
    bar.close()
    assert "Checking" in screen.getvalue() and "3/3" in screen.getvalue()


def test_report_lines_go_above_the_bar():
    screen = Terminal()
    bar = ScanProgress(None, screen, delay=0)
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
