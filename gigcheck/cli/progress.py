"""The progress bar of long scans, on stderr: gigs checked (of how many), findings so far,
rate and time left.

Shown only when stderr is a terminal, `--quiet` is off, the report does not go into a
pipe (whose reader may well print to the same terminal, where the bar would be glued to
the report) and the scan lasts long enough to need it (DELAY), so pipes, files, CI logs
and a seller's check of one gig never see it; transient, so it is gone when the scan
ends. When the report itself goes to the same terminal, report lines are printed above
the bar (through `wrap`) instead of across it.

The bar is redrawn from the scan loop (at most ten times a second) rather than by rich's
refresh thread: workers are forked, and forking while another thread holds a lock (the
terminal's) can deadlock the child.
"""
from __future__ import annotations

import io
import os
import stat
import sys
import time
from typing import IO, Any, cast

from gigcheck.records import FileResult
from gigcheck.text.english import noun

REFRESH = 0.1  # seconds between redraws
DELAY = 1.0  # seconds of scanning before the bar appears: a short check needs none


def wanted(quiet: bool, report: IO[str] | None, stderr: IO[str]) -> bool:
    """Whether a bar may be drawn on `stderr`; `report` is the report's stream (None: a
    file of --output)."""
    return not quiet and _isatty(stderr) and (report is None or not _is_pipe(report))


def _isatty(stream: IO[str]) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _is_pipe(stream: IO[str]) -> bool:
    """A pipe or socket, or a stream with no descriptor (someone else's buffer): not a
    terminal or a file."""
    try:
        mode = os.fstat(stream.fileno()).st_mode
    except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
        return True
    return stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)


class ScanProgress:
    def __init__(self, total: int | None, stream: IO[str] | None = None, delay: float = DELAY) -> None:
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        self.delay = delay
        self._created = self._started = time.monotonic()
        self.findings = 0
        self.done = 0
        self._progress: Any = None
        self._task: Any = None
        self._last = 0.0

    def _start(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        from gigcheck.report.width import console_width

        console = Console(file=self.stream, highlight=False, width=console_width())
        self._progress = Progress(
            TextColumn("Checking"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[found]}"),
            TextColumn("{task.fields[rate]}"),
            TimeRemainingColumn(),
            console=console,
            transient=True,
            auto_refresh=False,
            redirect_stdout=False,
            redirect_stderr=False,
        )
        self._progress.start()
        self._task = self._progress.add_task("check", total=self.total, found=_found(0), rate="")

    def checked(self, result: FileResult) -> None:
        """One more input checked (the runner's `on_checked`)."""
        self.findings += len(result.findings)
        self.done += 1
        now = time.monotonic()
        if self._progress is None:
            if now - self._created < self.delay or self.done == self.total:
                return  # not yet (or no longer) worth a bar
            self._start()  # lazily: after the worker pool has forked
            self._progress.update(self._task, completed=self.done - 1)  # type: ignore[attr-defined]
        elapsed = now - self._started
        rate = f"{self.done / elapsed:,.0f} gigs/s" if elapsed >= 0.5 else ""  # sooner it is noise
        self._progress.update(self._task, advance=1, found=_found(self.findings), rate=rate)
        if now - self._last >= REFRESH or self.done == self.total:
            self._last = now
            self._progress.refresh()

    def print(self, text: str) -> None:
        """A line above the bar (or straight to the stream before it starts)."""
        if self._progress is None:
            self.stream.write(text + "\n")
            self.stream.flush()
            return
        from rich.text import Text

        self._progress.console.print(Text.from_ansi(text), soft_wrap=True)

    def wrap(self, out: IO[str]) -> IO[str]:
        """`out`, or a stand-in that prints above the bar when `out` is the bar's terminal."""
        if not _same_terminal(out, self.stream):
            return out
        return cast(IO[str], _AboveBar(self, out))

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None


def _found(n: int) -> str:
    """ "1 finding", "1,204 findings"."""
    return f"{n:,} {noun(n, 'finding')}"


def _same_terminal(a: IO[str], b: IO[str]) -> bool:
    try:
        sa, sb = os.fstat(a.fileno()), os.fstat(b.fileno())
    except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
        return False
    return a.isatty() and (sa.st_dev, sa.st_ino, sa.st_rdev) == (sb.st_dev, sb.st_ino, sb.st_rdev)


class _AboveBar(io.TextIOBase):
    """A text stream whose complete lines are printed above the progress bar."""

    def __init__(self, progress: ScanProgress, out: IO[str]) -> None:
        self._progress = progress
        self._out = out
        self._pending = ""

    def write(self, text: str) -> int:
        self._pending += text
        if "\n" in self._pending:
            done, _, self._pending = self._pending.rpartition("\n")
            self._progress.print(done)
        return len(text)

    def flush(self) -> None:
        if self._pending:
            self._progress.print(self._pending)
            self._pending = ""

    def isatty(self) -> bool:
        return self._out.isatty()

    def fileno(self) -> int:
        return self._out.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self._out, "encoding", "utf-8")
