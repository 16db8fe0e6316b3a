"""gigcheck on Dask: gigs/s with 1 and 2 worker processes (scaling efficiency), each
worker's peak memory, and the cross-gig shuffles' share of the time.

    python benchmarks/bench_dask.py [--sizes 20000,200000] [--workers 1,2] [--select GC1,GC9]
                                    [--scheduler tcp://...]

Generates the catalogue (tests/dask_support.py: random seller text, planted copies and
shared contacts) as Parquet, row groups of 10,000, then per size and worker count runs
`gigcheck.dask.check_gigs` on a LocalCluster (one thread per worker) and writes the
findings per partition. Figures:

- gigs/s: whole run, cluster already started (start-up printed apart);
- efficiency: gigs/s with N workers / (N x gigs/s with 1);
- worker peak RSS: the highest resident memory of any worker process during the run
  (sampled every 0.2 s): it should follow the partition size, not the corpus; beside it
  the most task results (Dask's sizeof) any worker held at once;
- cross-gig share: from Dask's task stream, the workers' time in the tasks of the
  cross-gig pass (band keys, shuffles, matching, ordering its findings) over their time
  in all tasks of the run.
"""
from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from dask_support import gig_rows, write_parquet  # noqa: E402

import gigcheck.dask as gd  # noqa: E402
from gigcheck.policy.config import load_config  # noqa: E402


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _cross_share(stream: list[dict]) -> float:
    total = cross = 0.0
    for task in stream:
        seconds = sum(stop - start for action, start, stop in
                      ((s["action"], s["start"], s["stop"]) for s in task["startstops"]) if action == "compute")
        total += seconds
        name = str(task["key"][0] if isinstance(task["key"], tuple) else task["key"])
        if any(w in name for w in ("shuffle", "band_rows", "candidates", "cross_findings", "_among", "_with_added",
                                   "repartition", "concat", "_in_order")):
            cross += seconds
    return cross / total if total else 0.0


def _held(dask_worker) -> int:
    return int(dask_worker.state.nbytes)


def run(client, path: str, config, out: str) -> tuple[float, int, int, float]:
    """Seconds of one whole run, the peak RSS of any worker meanwhile, the most task
    results (bytes, Dask's sizeof) any worker held at once, the cross-gig share."""
    import distributed

    pids = list(client.run(os.getpid).values())
    peak = [0, 0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max([peak[0], *(_rss(p) for p in pids)])
            with contextlib.suppress(Exception):  # a worker restarting
                peak[1] = max([peak[1], *client.run(_held).values()])
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    start = time.perf_counter()
    with distributed.get_task_stream(client) as ts:
        gd.write_findings(gd.check_gigs([path], config, partition_rows=10_000), out)
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    return seconds, peak[0], peak[1], _cross_share(ts.data)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="20000,200000")
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--scheduler", help="an existing cluster's address instead of LocalClusters")
    ap.add_argument("--select", help="only these rules (as --select), e.g. GC1,GC9 for the shuffles at scale")
    args = ap.parse_args()
    import distributed

    os.environ.setdefault("GIGCHECK_CACHE_DIR", tempfile.mkdtemp(prefix="gigcheck-bench-cache-"))
    config = load_config(discover=False, select=args.select.split(",") if args.select else None)
    tmp = Path(tempfile.mkdtemp(prefix="gigcheck-bench-dask-"))
    sizes = [int(s) for s in args.sizes.split(",")]
    corpora = {}
    for n in [2000, *sizes]:
        t = time.perf_counter()
        corpora[n] = str(tmp / f"gigs-{n}.parquet")
        write_parquet(gig_rows(n), corpora[n], row_group_size=10_000)
        print(f"generated {n:,} gigs in {time.perf_counter() - t:.1f} s", flush=True)
    rates: dict[tuple[int, int], float] = {}
    for workers in [int(w) for w in args.workers.split(",")]:
        t = time.perf_counter()
        if args.scheduler:
            client, cluster = distributed.Client(args.scheduler), None
        else:
            cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                               dashboard_address=None, silence_logs=logging.CRITICAL)
            client = distributed.Client(cluster)
        print(f"\n{workers} worker(s): cluster up in {time.perf_counter() - t:.1f} s", flush=True)
        try:
            run(client, corpora[2000], config, str(tmp / f"warm-{workers}"))  # workers build their Linter once
            for n in sizes:
                seconds, peak, held, share = run(client, corpora[n], config, str(tmp / f"out-{workers}-{n}"))
                rates[workers, n] = n / seconds
                print(f"  {n:>7,} gigs: {seconds:7.1f} s, {n / seconds:6.0f} gigs/s; worker peak RSS "
                      f"{peak / 2**20:.0f} MiB (results held {held / 2**20:.0f} MiB); "
                      f"cross-gig pass {share:.1%} of the workers' time", flush=True)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
    for (workers, n), rate in sorted(rates.items()):
        if workers > 1 and (1, n) in rates:
            print(f"{n:,} gigs, {workers} workers: scaling efficiency {rate / (workers * rates[1, n]):.2f}")


if __name__ == "__main__":
    main()
