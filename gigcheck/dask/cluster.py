"""`--scheduler ADDRESS`: a Dask cluster to run on, and its results back as FileResults.

`local:N` starts a `LocalCluster` of N worker processes (one thread each: checking is
Python, the GIL would serialize threads; no profiler: WORKER_CONFIG) for the run; anything else is a scheduler's
address (`tcp://10.0.0.5:8786`), which the run connects to and leaves running. The
client gathers each partition's rows in input order (into a spool until the cross-gig
findings are known), merges in the cross-gig findings and turns them back into the
results the reporters read; Dask's progress bar is drawn on stderr meanwhile.
"""
from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from typing import Any

import pandas as pd

from gigcheck.engine.finding_rows import finding_of
from gigcheck.engine.spool import Spool
from gigcheck.policy.config import Config
from gigcheck.records import FileResult, RowOrigin
from gigcheck.regex_cache import cached_regex

_LOCAL = cached_regex(r"local:(\d{1,3})")


class SchedulerError(ValueError):
    """A scheduler address that is wrong or cannot be reached; str() is one line."""


# Dask's statistical profiler samples each worker's stacks every 10 ms and keeps one
# profile a second for the last 1,000 seconds (and one per task prefix): its memory
# grew with the run's length, so with the corpus (bench_dask.py, 2 workers: peak RSS
# 243 / 264 / 306 MiB at 20,000 / 80,000 / 200,000 gigs with it, 235 / 249 / 264
# without), and the sampling takes CPU from the checking. Read when a worker starts.
WORKER_CONFIG = {"distributed.worker.profile.enabled": False}


def local_cluster(n: int) -> Any:
    """A LocalCluster of `n` worker processes, one thread each, with WORKER_CONFIG."""
    import dask
    from distributed import LocalCluster

    with dask.config.set(WORKER_CONFIG):  # the nannies pass it on to their workers
        return LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None,
                            silence_logs=logging.CRITICAL)


@contextmanager
def connect(address: str) -> Iterator[Any]:
    """A distributed Client for `address` (see the module's docstring), closed after."""
    try:
        from distributed import Client
    except ImportError:
        raise SchedulerError("--scheduler needs Dask: pip install 'gigcheck[dask]'") from None
    m = _LOCAL.fullmatch(address)
    if m is not None:
        n = int(m.group(1))
        if n < 1:
            raise SchedulerError("local:N needs at least 1 worker")
        with local_cluster(n) as cluster, Client(cluster) as client:
            yield client
        return
    try:
        client = Client(address, timeout="10s")
    except (OSError, TimeoutError, ValueError) as exc:
        raise SchedulerError(f"cannot connect to the Dask scheduler at {address}: {exc}") from None
    with client:
        yield client


def results(
    client: Any, paths: Sequence[str], config: Config, input_format: str, *, progress: bool = False
) -> Iterator[FileResult]:
    """Check `paths` on the cluster; every input's result, in input order."""
    from gigcheck.dask import checked_gigs, with_added

    per_gig, cross = checked_gigs(list(paths), config, input_format=input_format)
    futures = client.compute(per_gig.to_delayed())
    added = client.compute(cross.to_delayed())  # the k-th: the k-th partition's gigs'
    if progress:
        threading.Thread(target=_draw, args=([*futures, *added],), name="gigcheck-dask-progress",
                         daemon=True).start()
    # A gig's cross-gig findings are reported with its others, and known only when every
    # partition is checked: meanwhile the partitions wait in a spool on the client, each
    # gathered (in order) and forgotten by the workers as soon as it is ready.
    spool = Spool()
    try:
        for future in futures:
            spool.write(future.result())
            future.release()
        for part, mine in zip(spool.read(), added, strict=False):  # as many (none when no input)
            yield from from_rows(with_added(part, mine.result()), input_format)
            mine.release()
    finally:
        spool.close()


def _draw(futures: list[Any]) -> None:
    """Dask's text progress bar, on stderr (it writes to stdout, where the report goes)."""
    from distributed.diagnostics.progressbar import TextProgressBar

    class StderrBar(TextProgressBar):  # type: ignore[misc]
        def _draw_bar(self, remaining: int, all: int, **kwargs: Any) -> None:
            frac = (1 - remaining / all) if all else 1.0
            sys.stderr.write(f"\r[{'#' * int(self.width * frac):<{self.width}}] | {int(100 * frac)}% Completed")
            sys.stderr.flush()

        def _draw_stop(self, **kwargs: Any) -> None:
            sys.stderr.write("\33[2K\r")
            sys.stderr.flush()

    with suppress(Exception):  # a progress bar must never stop the run
        StderrBar(futures)


def _cell(value: Any) -> Any:
    return None if value is None or value is pd.NA or (isinstance(value, float) and value != value) else value


def from_rows(part: pd.DataFrame, input_format: str) -> Iterator[FileResult]:
    """A partition's rows (gigcheck/dask/partition.py) as the FileResults they describe."""
    result: FileResult | None = None
    for row in part.to_dict("records"):
        if row["kind"] == "gig":
            if result is not None:
                yield result
            error, rid, line = _cell(row["error"]), _cell(row["id"]), _cell(row["line"])
            origin = RowOrigin(str(row["file"]), int(line), int(line), input_format, rid or "") if line else None
            result = FileResult(path=str(row["path"]), error=error, row=origin, seller=_cell(row["seller"]))
        elif result is not None and _cell(row["error"]) is None:
            result.findings.append(finding_of(row))
    if result is not None:
        yield result
