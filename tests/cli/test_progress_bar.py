"""The progress bar as a shell sets up the streams: never while the report goes into a
pipe, even when stderr is a terminal (the unit tests are in tests/runner)."""
from __future__ import annotations

import os
import pty
import subprocess
import sys
import threading

from conftest import ROOT

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


def test_the_bar_counts_findings_in_the_right_number():
    from gigcheck.cli.progress import _found

    assert [_found(n) for n in (0, 1, 2, 1204)] == ["0 findings", "1 finding", "2 findings", "1,204 findings"]
