"""The linear-time check itself: it must catch quadratic work, however cheap the first size."""
from __future__ import annotations

import pytest
from perf_support import BOUND, growth


def _quadratic(size: int) -> int:
    return sum(i ^ j for i in range(size) for j in range(size))


def _linear(size: int) -> int:
    return sum(range(size * 200))


@pytest.mark.perf
def test_quadratic_work_too_quick_to_time_at_the_first_size_is_caught():
    # At size 10 the work takes microseconds: a ratio taken from the timer floor would pass it.
    assert growth(_quadratic, 10) > BOUND


@pytest.mark.perf
def test_linear_work_passes_from_a_tiny_first_size():
    assert growth(_linear, 10) < BOUND
