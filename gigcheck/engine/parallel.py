"""Running tasks on every core, results in input order, memory flat.

Workers are a `concurrent.futures.ProcessPoolExecutor` (multiprocessing underneath) fed
with chunks of tasks through a sliding window: at most `jobs * WINDOW` chunks are in
flight, and the parent takes results from the oldest chunk first. That gives what
`Pool.imap` promises (order, chunking, streaming) and two things it does not:

- bounded input: `imap`'s feeder thread drains the whole task iterator at once, which for
  an export read row by row would pull every row into memory;
- a worker that dies (killed, out of memory, a crash in C code) breaks the executor
  visibly instead of hanging `imap` forever. Its chunk is then re-run one task at a time
  in a fresh pool, so the input that kills a worker costs exactly that input.

On Linux the workers are forked: they inherit the loaded modules and the Config without
pickling anything, and start in milliseconds. Elsewhere they are spawned and receive a
picklable copy of the Config (mapping proxies as dicts, no per-process caches).

Workers never outlive the parent: on Linux the kernel kills them when it dies
(PR_SET_PDEATHSIG; even a SIGKILL of the parent leaves no worker blocked on its queue),
elsewhere each polls its parent. When the parent stops early (SIGTERM, Ctrl-C, an error,
a consumer that stops reading) it kills them rather than wait for their chunks. There are
never more workers than CPUs this process may use.
"""
from __future__ import annotations

import os
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import replace
from itertools import islice
from types import MappingProxyType
from typing import Any

from gigcheck.engine.linter import Linter
from gigcheck.engine.tasks import Checked, run_task
from gigcheck.io.tasks import Task
from gigcheck.policy.config import Config
from gigcheck.records import FileResult

PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
PARENT_POLL = 0.5  # seconds between a worker's looks at its parent, where there is no PDEATHSIG
CHUNK = 8  # tasks per round trip: ~10 ms of work, so the pickling overhead stays ~1%
WINDOW = 4  # chunks in flight per worker: workers never wait for the parent
DIED = "the worker process checking it died (killed, or out of memory)"

_worker: tuple[tuple[Linter, ...], bool, bool] | None = None
Tagged = tuple[int, Task]  # a task and which of the run's linters checks it


def default_jobs() -> int:
    """The CPUs this process may run on (a container's limit, not the host's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not on every platform
        return os.cpu_count() or 1


def run_tasks(
    tasks: Iterable[Task],
    linter: Linter,
    *,
    jobs: int = 1,
    keep_source: bool = False,
    collect: bool = False,
    start_method: str | None = None,
) -> Iterator[Checked]:
    """(result, keys) per task, in task order; `jobs` > 1 runs them in worker processes
    (at most one per CPU: more only compete for the same cores)."""
    tagged = ((0, task) for task in tasks)
    for _, checked in run_tagged(tagged, (linter,), jobs=jobs, keep_source=keep_source, collect=collect,
                                 start_method=start_method):
        yield checked


def run_tagged(
    tasks: Iterable[Tagged],
    linters: tuple[Linter, ...],
    *,
    jobs: int = 1,
    keep_source: bool = False,
    collect: bool = False,
    start_method: str | None = None,
) -> Iterator[tuple[int, Checked]]:
    """As `run_tasks`, each task checked by the linter its tag names (a run whose files
    have different configs); the tag comes back with the result. Every linter exists
    before the first worker starts: workers are given them once."""
    jobs = min(jobs, default_jobs())
    if jobs <= 1:
        for which, task in tasks:
            yield which, run_task(linters[which], task, keep_source=keep_source, collect=collect)
        return
    yield from _pooled(iter(tasks), linters, jobs, keep_source, collect, start_method or _start_method())


def _start_method() -> str:
    # fork is fast and shares the parent's imports; macOS and Windows default to spawn
    # for good reasons (fork is unsafe with their system frameworks), so keep theirs.
    import multiprocessing

    return "fork" if sys.platform.startswith("linux") else multiprocessing.get_start_method()


def portable(config: Config) -> Config:
    """A copy of `config` that pickles (option mappings as dicts), for spawned workers
    (and Dask's, gigcheck/dask)."""
    rules = tuple(replace(rc, options=dict(rc.options)) for rc in config.rules)
    return replace(config, rules=rules, rule_tables=dict(config.rule_tables))


def restored(config: Config) -> Config:
    """A `portable` config as it was: its option mappings read-only views again."""
    if not any(isinstance(rc.options, dict) for rc in config.rules):
        return config
    return replace(config, rules=tuple(replace(rc, options=MappingProxyType(rc.options)) for rc in config.rules))


def _init(configs: tuple[Config, ...], redact: bool, keep_source: bool, collect: bool, parent: int) -> None:
    import signal

    global _worker
    _die_with(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    for name in ("SIGTERM", "SIGHUP"):  # not the parent's handlers (cli/signals.py), inherited by fork
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):  # held while the parent forked (_stops_held)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {getattr(signal, n) for n in STOPS if hasattr(signal, n)})
    # spawned: the read-only views again
    _worker = (tuple(Linter(restored(config), redact) for config in configs), keep_source, collect)


def _die_with(parent: int) -> None:
    """End this worker when `parent` ends, however it ends."""
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        try:
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0:
                if os.getppid() != parent:  # it died before the request was made
                    os._exit(1)
                return
        except (OSError, AttributeError):
            pass
    import threading

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_POLL)
        os._exit(1)

    threading.Thread(target=watch, name="gigcheck-parent-watch", daemon=True).start()


STOPS = ("SIGINT", "SIGTERM", "SIGHUP")


@contextmanager
def _stops_held() -> Iterator[None]:
    """Hold stop signals back while workers are forked: the parent's handler (which
    raises, cli/signals.py) would otherwise run inside the at-fork callbacks, where an
    exception is ignored, and the stop lost. They arrive just after, in plain code. The
    workers start with them held and release them in `_init`."""
    import signal

    held = {getattr(signal, name) for name in STOPS if hasattr(signal, name)}
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def _stop_workers(pool: Any) -> None:
    """Kill the pool's workers now (their chunks are abandoned). `_processes` is the
    executor's own table of them; Python 3.14's `kill_workers()` is its public form."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        with suppress(Exception):
            process.kill()


def _warm_up(linter: Linter) -> None:
    """Fill the configuration's compiled vocabulary (patterns, hyphenation dictionaries,
    lazy imports) by checking each rule's example once, before forking: the workers
    inherit them instead of each building its own (about 0.3 s of CPU per worker)."""
    for rc in (*linter.config.rules, *(rc for rc, _ in linter.unselected_masking)):
        # Without the time budget (the first check builds what every later one uses).
        with suppress(Exception):
            linter.check_text(rc.rule.bad_example, "<warm-up>")


def _check_chunk(chunk: list[Tagged]) -> list[tuple[int, Checked]]:
    assert _worker is not None
    linters, keep_source, collect = _worker
    return [(w, run_task(linters[w], t, keep_source=keep_source, collect=collect)) for w, t in chunk]


def _pooled(
    tasks: Iterator[Tagged], linters: tuple[Linter, ...], jobs: int, keep_source: bool, collect: bool, method: str
) -> Iterator[tuple[int, Checked]]:
    # Imported here: a single-gig run never pays for multiprocessing.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    context = multiprocessing.get_context(method)
    if method == "fork":
        import gc

        for linter in linters:
            _warm_up(linter)
        gc.freeze()  # the inherited objects stay out of the workers' collections: no copy-on-write
    configs = tuple(linter.config if method == "fork" else portable(linter.config) for linter in linters)
    initargs = (configs, linters[0].redact, keep_source, collect, os.getpid())
    singles: deque[Tagged] = deque()  # after a worker died: re-run one by one to find the culprit
    deaths = 0  # in a row: workers that die whatever they run mean a broken setup, not a gig
    while True:
        pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_init, initargs=initargs)
        window: deque[list[Any]] = deque()  # [future, chunk], oldest first
        done = False
        try:
            while True:
                # One single in flight at a time, so a death points at exactly one task.
                limit = 1 if singles else jobs * WINDOW
                while len(window) < limit:
                    chunk = [singles.popleft()] if singles else list(islice(tasks, CHUNK))
                    if not chunk:
                        break
                    window.append([None, chunk])  # held before submitting: a failed submit loses nothing
                    with _stops_held():  # submit() forks the workers
                        window[-1][0] = pool.submit(_check_chunk, chunk)
                if not window:
                    done = True
                    return
                results = window[0][0].result()
                window.popleft()
                deaths = 0
                yield from results
        except BrokenProcessPool:
            deaths += 1
            if deaths > 3:
                raise RuntimeError("worker processes keep dying; run with --jobs 1 to see why") from None
            failed = [t for _, chunk in window for t in chunk]
            if len(failed) == 1:  # it ran alone: the culprit
                yield failed[0][0], (FileResult(path=failed[0][1].name, error=DIED), None)
                failed = []
            singles = deque([*failed, *singles])
        finally:
            if not done:  # stopped early (or the pool broke): no worker may go on, or be waited for
                _stop_workers(pool)
            pool.shutdown(wait=True, cancel_futures=True)
