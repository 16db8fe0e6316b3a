"""Numbers that count rather than identify: a run of them with one steady step."""
from __future__ import annotations

from collections.abc import Sequence

__all__ = ["steady_steps"]


def steady_steps(values: Sequence[int]) -> bool:
    """Three or more numbers each one step from the last, the same step every time
    ("10 9 8 7", "05 10 15 20"): a countdown or a schedule, not pieces of a phone
    number, which rarely keep one step."""
    steps = {b - a for a, b in zip(values, values[1:], strict=False)}
    return len(values) >= 3 and len(steps) == 1
