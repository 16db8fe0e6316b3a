"""Standard streams whose reader may go away (`gigcheck check ... | head`).

A closed pipe is not an error the user made or can fix: the rest of the output is
dropped without a word, while the command runs to its end, so the exit code (and any
baseline written) is the one the full run has, whichever line `head` stopped at.
"""
from __future__ import annotations

import io
import os
from contextlib import suppress
from typing import IO


class QuietPipe(io.TextIOBase):
    """A text stream that swallows writes once its reader has closed the pipe."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream
        self.broken = False

    def write(self, text: str) -> int:
        if not self.broken:
            try:
                self._stream.write(text)
            except BrokenPipeError:
                self._lost()
        return len(text)

    def flush(self) -> None:
        if not self.broken:
            try:
                self._stream.flush()
            except BrokenPipeError:
                self._lost()

    def _lost(self) -> None:
        self.broken = True
        # The pattern Python documents: point the descriptor at devnull, so that what is
        # still buffered (flushed again at exit) goes nowhere instead of failing again.
        with suppress(OSError, ValueError, AttributeError, io.UnsupportedOperation):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, self._stream.fileno())
            os.close(devnull)

    def isatty(self) -> bool:
        return self._stream.isatty()

    def fileno(self) -> int:
        return self._stream.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self._stream, "encoding", None) or "utf-8"

    @property
    def errors(self) -> str | None:  # type: ignore[override]
        return getattr(self._stream, "errors", None)
