"""The progress bar: only on a terminal's stderr, never next to a report in a pipe, and
only for a scan long enough to need it."""
from __future__ import annotations

import io
import os
import pty
import subprocess
import sys
import threading

from conftest import ROOT

from gigcheck.cli.progress import ScanProgress, wanted
from gigcheck.records import FileResult

BAR = ("Checking", "━", "\x1b[?25l")  # its label, its bar, the cursor hidden while it runs


def _run_with_terminal_stderr(*args: str) -> tuple[int, str, str]:
    """The CLI with stdout a pipe and stderr a pseudo-terminal: (code, stdout, stderr)."""
    master, slave = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "TERM")} | {"TERM": "xterm"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "gigcheck", *args], stdout=subprocess.PIPE, stderr=slave, env=env,
    )
    os.close(slave)
    chunks: list[bytes] = []

    def drain() -> None:
        while True:
            try:
                data = os.read(master, 4096)
            except OSError:  # EIO: the child closed its side
                return
            if not data:
                return
            chunks.append(data)

    reader = threading.Thread(target=drain)
    reader.start()
    out, _ = proc.communicate(timeout=120)
    reader.join(timeout=10)
    os.close(master)
    return proc.returncode, out.decode(), b"".join(chunks).decode(errors="replace")


def test_no_bar_when_the_report_goes_into_a_pipe_even_with_a_terminal_stderr():
    code, out, err = _run_with_terminal_stderr("check", "-j1", str(ROOT / "sample_gigs"))
    assert code == 1 and "errors" in out
    for mark in BAR:
        assert mark not in err and mark not in out


def test_no_bar_in_either_stream_when_neither_is_a_terminal():
    r = subprocess.run(
        [sys.executable, "-m", "gigcheck", "check", "-j1", str(ROOT / "sample_gigs")],
        capture_output=True, text=True, timeout=120,
    )
    for mark in BAR:
        assert mark not in r.stdout and mark not in r.stderr


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _checked(progress: ScanProgress, n: int) -> None:
    for i in range(n):
        progress.checked(FileResult(path=f"g{i}.md"))
    progress.close()


def test_a_short_scan_draws_no_bar():
    term = _Terminal()
    _checked(ScanProgress(3, term), 3)  # three gigs, done within the delay
    assert term.getvalue() == ""


def test_a_long_scan_draws_the_bar_but_not_for_its_last_gig_alone():
    term = _Terminal()
    _checked(ScanProgress(3, term, delay=0), 3)
    assert "Checking" in term.getvalue()
    term = _Terminal()
    _checked(ScanProgress(1, term, delay=0), 1)  # one gig: done before a bar could help
    assert term.getvalue() == ""


def test_wanted_only_for_a_terminal_stderr_and_a_report_that_is_no_pipe(tmp_path):
    r, w = os.pipe()
    with open(w, "w") as pipe, open(tmp_path / "report.txt", "w") as file:
        assert not wanted(False, pipe, _Terminal())
        assert wanted(False, file, _Terminal())
        assert wanted(False, None, _Terminal())  # --output FILE
        assert not wanted(True, None, _Terminal())  # --quiet
        assert not wanted(False, file, io.StringIO())  # stderr is no terminal
    os.close(r)
