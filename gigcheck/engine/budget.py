"""A time budget per input: an input whose check takes longer than the budget is
reported as that input's error, and the batch goes on, so that no input can hold a run.

The budget is CPU time of the checking process (a timer of `setitimer(ITIMER_VIRTUAL)`),
not wall time: a machine busy with other work does not make a gig go over it. The timer
interrupts Python code between bytecodes; it works in the main thread of a process (the
CLI, and each worker of `--jobs`). Elsewhere (a library caller's thread, a platform
without `setitimer`) the check runs without a budget.
"""
from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

_active = False


class OverBudget(BaseException):
    """Raised inside a check that used up its budget. A BaseException, so that no
    `except Exception` on the way (a rule guarding its own bugs) swallows it."""


def over_budget_message(seconds: float) -> str:
    return f"took more than {seconds:g} s of CPU time to check; not checked (raise the limit with --time-budget)"


def _on_timer(signum: int, frame: FrameType | None) -> None:
    raise OverBudget


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise OverBudget in the block once it has used `seconds` of CPU time (0: no budget).
    Nested budgets leave the outer one in charge."""
    global _active
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if seconds <= 0 or _active or not usable:
        yield
        return
    old = signal.signal(signal.SIGVTALRM, _on_timer)
    _active = True
    try:
        signal.setitimer(signal.ITIMER_VIRTUAL, seconds)
        yield
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, old)
        _active = False
