"""How the command line ends when it is told to stop.

SIGTERM and SIGHUP (a CI job cancelled, a terminal closed) raise SystemExit(128 + signal)
in the main thread, so every `finally` runs: the report's temporary file is removed and
the worker processes are stopped (engine/parallel.py) before the exit status a shell
expects of a killed process (143, 129). Ctrl-C (SIGINT) exits 130 the same way, without a
traceback. Workers reset all three on start: a stop is the parent's to handle.
"""
from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

STOPPING = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name))


GRACE = 10.0  # seconds the cleanup may take before the process ends without it


def _stop(signum: int, frame: FrameType | None) -> None:
    for sig in STOPPING:  # a second signal must not interrupt the cleanup of the first
        signal.signal(sig, signal.SIG_IGN)
    # Raised where Python ignores exceptions (a __del__, an at-fork callback) the exit
    # would be lost and the scan go on: then it ends after GRACE, without the cleanup.
    threading.Thread(target=_end_after, args=(128 + signum,), name="gigcheck-stop", daemon=True).start()
    raise SystemExit(128 + signum)


def _end_after(code: int) -> None:
    time.sleep(GRACE)
    os._exit(code)


@contextmanager
def exit_on_signals() -> Iterator[None]:
    """The handlers above while a command runs; the previous ones after it (the command
    may run inside another program, e.g. a test)."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set handlers; a caller's thread keeps its own
        return
    previous = {sig: signal.getsignal(sig) for sig in STOPPING}
    for sig, old in previous.items():
        if old is not signal.SIG_IGN:  # started with it ignored (nohup, `&`): keep it so
            signal.signal(sig, _stop)
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old if old is not None else signal.SIG_DFL)
