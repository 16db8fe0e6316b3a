"""gigcheck on Dask: gigs/s with 1 and 2 worker processes (scaling efficiency), each
worker's peak memory, and the cross-gig shuffles' share of the time.

    python benchmarks/bench_dask.py [--sizes 20000,200000] [--workers 1,2] [--select GC1,GC9]
                                    [--partition-rows 2500] [--scheduler tcp://...]

Generates the catalogue (tests/dask_support.py: random seller text, planted copies and
shared contacts) as Parquet, row groups of `--partition-rows`, then per size and worker
count runs `gigcheck.dask.check_gigs` on a LocalCluster (as `--scheduler local:N`) and
writes the findings per partition. Figures:

- gigs/s: whole run, cluster already started (start-up printed apart);
- efficiency: gigs/s with N workers / (N x gigs/s with 1); on a shared machine also by
  CPU time: the workers' CPU seconds (from /proc) per gig with 1 worker over those with
  N, which leaves out what other people's processes take (beside it each worker's
  share of the run's wall time running (its occupancy) and its threads' time waiting
  for a core (run-queue delay, summed over threads: the machine's load; a worker
  neither running nor waiting has nothing to run, i.e. waits on our graph); the load
  average at start, after each run and at the end);
- profile: the workers' time per kind of task (Dask's task stream), the client's and
  scheduler's CPU time (this process);
- worker peak RSS: the highest resident memory of any worker process during the run
  (sampled every 0.3 s; the workers are restarted and warmed up on 2,000 gigs before
  each size, so a run's peak is its own): it should follow the partition size, not
  the corpus; beside it the tasks that worker ran when it was reached, and the most
  task results (Dask's sizeof) any worker held at once;
- cross-gig share: from Dask's task stream, the workers' time in the tasks of the
  cross-gig pass (band keys, shuffles, matching, ordering its findings) over their time
  in all tasks of the run.
"""
from __future__ import annotations

import argparse
import contextlib
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
from gigcheck.dask.cluster import local_cluster  # noqa: E402
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


def _cpu(pid: int) -> float:
    """A process's CPU seconds (user + system)."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def _waited(pid: int) -> float:
    """Seconds a process's threads were ready to run but waited for a core (the
    scheduler's run-queue delay, /proc/<pid>/task/*/schedstat): what other processes
    on a loaded machine take, where idle time is a worker with nothing to run."""
    total = 0
    with contextlib.suppress(OSError):
        for task in os.listdir(f"/proc/{pid}/task"):
            with contextlib.suppress(OSError, IndexError, ValueError), open(f"/proc/{pid}/task/{task}/schedstat") as fh:
                total += int(fh.read().split()[1])
    return total / 1e9


# Tasks of the per-gig check and of writing its findings; every other task is the
# cross-gig pass's (bare keys, shuffles, candidates, their check again, matching).
PER_GIG = ("check_source", "_rows", "_findings", "_write_part", "fromdelayed", "Job")


def _kind(key: object) -> str:
    """A task's kind: its key's name without the token."""
    return str(key[0] if isinstance(key, tuple) else key).rsplit("-", 1)[0]


def _profile(stream: list[dict]) -> tuple[float, dict[str, float]]:
    """The cross-gig pass's share of the workers' task time, and seconds per task kind."""
    kinds: dict[str, float] = {}
    for task in stream:
        seconds = sum(s["stop"] - s["start"] for s in task["startstops"] if s["action"] == "compute")
        name = _kind(task["key"])
        kinds[name] = kinds.get(name, 0.0) + seconds
    total = sum(kinds.values())
    cross = sum(v for k, v in kinds.items() if not any(k.startswith(p) for p in PER_GIG))
    return (cross / total if total else 0.0), kinds


def _held(dask_worker) -> int:
    return int(dask_worker.state.nbytes)


def run(client, path: str, config, out: str, partition_rows: int) -> dict:
    """One whole run: seconds, the peak RSS of any worker meanwhile, the most task
    results (bytes, Dask's sizeof) any worker held at once, the workers' and this
    process's CPU seconds, the cross-gig share and the time per task kind."""
    import distributed

    by_pid = {p: a for a, p in client.run(os.getpid).items()}
    pids = list(by_pid)
    cpu0, wait0, mine0 = {p: _cpu(p) for p in pids}, {p: _waited(p) for p in pids}, time.process_time()
    peak = [0, 0]
    at_peak: list[str] = []  # the tasks the worker ran when its RSS reached the peak
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            rss = {p: _rss(p) for p in pids}
            top = max(rss, key=rss.__getitem__)
            if rss[top] > peak[0]:
                peak[0] = rss[top]
                with contextlib.suppress(Exception):
                    at_peak[:] = sorted({_kind(k) for k in client.processing().get(by_pid[top], ())})
            with contextlib.suppress(Exception):  # a worker restarting
                peak[1] = max([peak[1], *client.run(_held).values()])
            time.sleep(0.3)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    start = time.perf_counter()
    with distributed.get_task_stream(client) as ts:
        gd.write_findings(gd.check_gigs([path], config, partition_rows=partition_rows), out)
    seconds = time.perf_counter() - start
    each, mine = [_cpu(p) - cpu0[p] for p in pids], time.process_time() - mine0
    waits = [_waited(p) - wait0[p] for p in pids]
    done.set()
    sampler.join()
    share, kinds = _profile(ts.data)
    return {"seconds": seconds, "peak": peak[0], "at_peak": at_peak, "held": peak[1], "cpu": sum(each), "client": mine,
            "share": share, "kinds": kinds, "workers": len(pids), "occupancy": [c / seconds for c in each],
            "waited": [w / seconds for w in waits]}


def _measured(args: argparse.Namespace, workers: int, corpora: dict, n: int, config, tmp: Path) -> dict:
    """One size's run on a new cluster (or the one at --scheduler), after a warm-up on
    2,000 gigs (each worker's Linter built)."""
    import distributed

    t = time.perf_counter()
    cluster = None if args.scheduler else local_cluster(workers)  # as `--scheduler local:N`
    client = distributed.Client(args.scheduler or cluster)
    print(f"\n{workers} worker(s): cluster up in {time.perf_counter() - t:.1f} s", flush=True)
    try:
        run(client, corpora[2000], config, str(tmp / f"warm-{workers}-{n}"), args.partition_rows)
        return run(client, corpora[n], config, str(tmp / f"out-{workers}-{n}"), args.partition_rows)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _shares(r: dict) -> str:
    return ", ".join(f"{o:.2f} / {w:.2f}" for o, w in zip(r["occupancy"], r["waited"], strict=True))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="20000,200000")
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--scheduler", help="an existing cluster's address instead of LocalClusters")
    ap.add_argument("--select", help="only these rules (as --select), e.g. GC1,GC9 for the shuffles at scale")
    ap.add_argument("--partition-rows", type=int, default=2500, help="gigs per partition (and Parquet row group)")
    args = ap.parse_args()
    os.environ.setdefault("GIGCHECK_CACHE_DIR", tempfile.mkdtemp(prefix="gigcheck-bench-cache-"))
    config = load_config(discover=False, select=args.select.split(",") if args.select else None)
    tmp = Path(tempfile.mkdtemp(prefix="gigcheck-bench-dask-"))
    sizes = [int(s) for s in args.sizes.split(",")]
    corpora = {}
    for n in [2000, *sizes]:
        t = time.perf_counter()
        corpora[n] = str(tmp / f"gigs-{n}.parquet")
        write_parquet(gig_rows(n), corpora[n], row_group_size=args.partition_rows)
        print(f"generated {n:,} gigs in {time.perf_counter() - t:.1f} s", flush=True)
    print(f"load average at start: {os.getloadavg()[0]:.1f} ({os.cpu_count()} cores)", flush=True)
    runs: dict[tuple[int, int], dict] = {}
    for workers in [int(w) for w in args.workers.split(",")]:
        for n in sizes:
            # A cluster per size: a run's memory is its own, not what earlier runs left.
            runs[workers, n] = r = _measured(args, workers, corpora, n, config, tmp)
            top = sorted(r["kinds"].items(), key=lambda kv: -kv[1])[:6]
            print(f"  {n:>7,} gigs: {r['seconds']:7.1f} s, {n / r['seconds']:6.0f} gigs/s; worker peak RSS "
                  f"{r['peak'] / 2**20:.0f} MiB (running {', '.join(r['at_peak']) or '-'}; results held "
                  f"{r['held'] / 2**20:.0f} MiB); workers' CPU "
                  f"{r['cpu']:.0f} s ({n / r['cpu']:.0f} gigs per CPU-second; each worker's share of the run "
                  f"running / its threads waiting for a core: {_shares(r)}); client+scheduler CPU {r['client']:.1f} s; "
                  f"cross-gig pass {r['share']:.1%} of the workers' task time; load average "
                  f"{os.getloadavg()[0]:.1f}\n    task time: "
                  + ", ".join(f"{k} {v:.1f} s" for k, v in top), flush=True)
    print(f"load average at end: {os.getloadavg()[0]:.1f}", flush=True)
    for (workers, n), r in sorted(runs.items()):
        one = runs.get((1, n))
        if workers > 1 and one is not None:
            wall = (n / r["seconds"]) / (workers * n / one["seconds"])
            print(f"{n:,} gigs, {workers} workers: scaling efficiency {wall:.2f} by wall time, "
                  f"{one['cpu'] / r['cpu']:.2f} by CPU time")


if __name__ == "__main__":
    main()
