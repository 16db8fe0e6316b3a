"""Linear-time checks that cannot flake on a loaded machine.

A check never compares a time with a fixed limit: it compares the CPU time of an input
with that of the same input eight times longer, both measured in the same run
(t(8n)/t(n)). Linear work gives about 8, quadratic work about 64; the bound allows for
noise and for n log n. CPU time (`process_time`) leaves out the time this process waits
for others. Tests using it are marked `perf` (CI runs them with the rest).
"""
from __future__ import annotations

import gc
import time
from collections.abc import Callable
from typing import Any

FACTOR = 8
# t(8n)/t(n): 8 is linear, about 10 is n log n, 64 quadratic. Halfway to quadratic leaves
# room for a loaded machine (caches shared with other processes slow the larger input
# more) and still fails any quadratic step.
BOUND = 32.0
FLOOR = 0.002  # seconds: below this t(n) is timer noise; the ratio is taken from here


def cpu_time(fn: Callable[[], Any], repeats: int = 1) -> float:
    best = float("inf")
    for _ in range(repeats):
        # The cyclic collector's full passes cost in proportion to everything the test
        # session holds, not to the input: they would make the larger input look slower.
        # (No gc.collect() here: fuzzed checks time thousands of runs, and each full pass
        # over a test session's heap costs far more than the run.)
        gc.disable()
        try:
            start = time.process_time()
            fn()
            best = min(best, time.process_time() - start)
        finally:
            gc.enable()
    return best


def growth(run: Callable[[int], Any], n: int, factor: int = FACTOR) -> float:
    """t(factor*n)/t(n) of `run(size)`. The small size is timed again while it is short
    enough for timer noise to matter (best of three); the large one once. A ratio that
    looks high is measured again, both sizes, up to twice (noise from other processes
    sharing the caches only makes a run slower, never faster, so the best time counts)."""
    small = cpu_time(lambda: run(n))
    if small < 0.05:
        small = min(small, cpu_time(lambda: run(n), repeats=2))
    large = cpu_time(lambda: run(n * factor))
    for _ in range(2):  # a high ratio gets another look at both sizes before judging
        if large / max(small, FLOOR) < BOUND / 2:
            break
        small = min(small, cpu_time(lambda: run(n)))
        large = min(large, cpu_time(lambda: run(n * factor)))
    return large / max(small, FLOOR)


def assert_linear(run: Callable[[int], Any], n: int, what: str) -> Any:
    """Asserts t(8n)/t(n) < BOUND and returns what the last run of the larger size
    returned: a test that also checks the output of a large input reads it from there
    instead of running that input once more. (Run the small size once first when the
    first run pays for something else, a pattern compiled on first use: it would make
    t(n) look slow and the ratio small.)"""
    larger: list[Any] = []

    def kept(size: int) -> Any:
        out = run(size)
        if size == n * FACTOR:
            larger[:] = [out]
        return out

    ratio = growth(kept, n)
    assert ratio < BOUND, f"{what}: t({FACTOR}n)/t(n) = {ratio:.1f} (linear is {FACTOR}, quadratic {FACTOR ** 2})"
    return larger[0]
