"""gigcheck on a real Dask cluster (gigcheck/dask): a LocalCluster of 2 worker processes,
started once for the module. The cluster's findings equal the single-machine run's,
finding for finding, cross-gig rules included across partitions; a worker killed in the
middle of a run loses and duplicates nothing."""
from __future__ import annotations

import os
import signal
import threading
import time

import pytest
from conftest import run_cli
from dask_support import gig_rows, write_parquet
from lazy_support import lazy_module

distributed = lazy_module("distributed")
pd = lazy_module("pandas")
pytestmark = pytest.mark.slow

from gigcheck.engine.finding_rows import NAMES, result_rows  # noqa: E402
from gigcheck.engine.runner import iter_results  # noqa: E402

# The planted cases (dask_support.gig_rows) every 600 rows rather than 1,000: the same
# cases, as many (16 mails to 7 addresses, 37 copies, a row without an id in partitions 2, 4
# and 5, an id of partition 2 used again in 4), in 900 gigs instead of 1,500 (each of the
# four runs of them a module makes costs in proportion).
SPACING = 600
GIGS = 900
PART = 180  # rows per row group and partition: 5 partitions
# The listing rules, emails (what GC901 compares here) and the cross-gig rules: the other
# rules run through the same per-gig code and are slow on this generated text.
SELECT = ["GC1", "GC201", "GC9"]


@pytest.fixture(scope="module", name="client")
def _client():
    from gigcheck.dask.cluster import local_cluster

    with local_cluster(2) as cluster, distributed.Client(cluster) as client:  # as `--scheduler local:2`
        yield client


@pytest.fixture(scope="module", name="config")
def _config():
    from gigcheck.policy.config import load_config

    return load_config(discover=False, select=SELECT)


@pytest.fixture(scope="module", name="corpus")
def _corpus(tmp_path_factory, config):
    """The exports, and the single-machine run's findings table (`--jobs 1`)."""
    folder = tmp_path_factory.mktemp("exports")
    write_parquet(gig_rows(GIGS, spacing=SPACING), folder / "gigs.parquet", row_group_size=PART)
    path = str(folder / "gigs.parquet")
    rows = [r for result in iter_results([path], config, input_format="parquet") for r in result_rows(result)]
    return path, pd.DataFrame(rows, columns=list(NAMES))


def _table(df):
    return [tuple(None if pd.isna(v) else v for v in row) for row in df[list(NAMES)].itertuples(index=False)]


CROSS = ["GC901", "GC902"]


def _split(local):
    """The local run's table as the cluster writes it: every partition's findings but the
    cross-gig ones, in input order, then the cross-gig findings, in input order."""
    return _table(local[~local["rule"].isin(CROSS)]) + _table(local[local["rule"].isin(CROSS)])


def test_cluster_findings_equal_the_local_run(client, corpus, config):
    import gigcheck.dask as gd

    path, local = corpus
    found = gd.check_gigs([path], config, partition_rows=PART)
    assert found.npartitions == 2 * (GIGS // PART)  # then the cross-gig findings, by input partition
    got = found.compute()
    assert _table(got) == _split(local)
    # What the corpus plants is there: shared contacts and copies across partitions, bad rows.
    cross = local[local["rule"].isin(CROSS)]
    assert (cross["rule"] == "GC901").sum() >= 10 and (cross["rule"] == "GC902").sum() >= 50
    far = [m for p, m in zip(cross["path"], cross["message"], strict=True)
           if abs(int(p.rsplit("-", 1)[1]) - int(m.split("#g-")[1].split(",")[0].split(" ")[0].rstrip("."))) > PART]
    assert far
    errors = local["error"].dropna()
    assert errors.str.contains("is already the id of the row on line").any()
    assert errors.str.contains("has no 'id'").any()


def _profiling(dask_worker) -> bool:
    return "profile-cycle" in dask_worker.periodic_callbacks


def test_local_workers_run_without_dask_s_profiler(client):
    """Issue 17: worker memory flat in the corpus size. Dask's profiler keeps a profile a
    second for 1,000 seconds: its memory grew with the run's length (peak RSS 306 MiB
    at 200,000 gigs with it, 264 without, 243 and 235 at 20,000)."""
    assert client.run(_profiling) and not any(client.run(_profiling).values())


def test_cli_on_the_cluster_writes_the_local_table(client, corpus, tmp_path):
    path, local = corpus
    out = tmp_path / "findings.parquet"
    run = run_cli(["check", path, "--input-format", "parquet", "--scheduler", client.scheduler.address,
                   "--format", "parquet", "-o", str(out), "--select", ",".join(SELECT)])
    assert run.returncode == 2, run.stderr  # rows without an id are errors
    assert f"gigs.parquet#L{SPACING // 2}: the row has no 'id'" in run.stderr
    assert "Traceback" not in run.stderr
    assert _table(pd.read_parquet(out)) == _table(local)


def test_a_killed_worker_loses_and_duplicates_nothing(client, corpus, config, tmp_path):
    import gigcheck.dask as gd

    path, local = corpus
    found = gd.check_gigs([path], config, partition_rows=PART)
    out = tmp_path / "findings"
    # A daemon: a run that never ends fails the test below, never holds the session open.
    thread = threading.Thread(target=gd.write_findings, args=(found, str(out)), daemon=True)
    pids = client.run(os.getpid)  # worker address -> pid
    address, victim = sorted(pids.items())[0]
    thread.start()
    # Kill the worker while it runs a task (checking a partition takes most of the run):
    # the run is under way, that task half done.
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and thread.is_alive():
        if client.processing().get(address):
            time.sleep(0.5)  # into the task
            break
        time.sleep(0.02)
    assert thread.is_alive(), "the run ended before a worker could be killed"
    os.kill(victim, signal.SIGKILL)
    thread.join(300)
    assert not thread.is_alive()
    assert victim not in client.run(os.getpid).values()  # it was killed (the nanny started another)
    parts = sorted(out.iterdir())
    assert [p.name for p in parts] == [f"part-{n:05d}.parquet" for n in range(2 * (GIGS // PART))]
    got = pd.concat([pd.read_parquet(p) for p in parts], ignore_index=True)
    assert _table(got) == _split(local)


def test_jsonl_exports_on_the_cluster_report_as_locally(client, tmp_path):
    """Each JSONL file is a partition; copies and shared details across the two files."""
    import json

    from ci_support import gigcheck

    rows = gig_rows(200)
    for name, part in (("a.jsonl", rows[:100]), ("b.jsonl", rows[100:])):
        (tmp_path / name).write_text("".join(json.dumps(r) + "\n" for r in part), encoding="utf-8")
    args = [str(tmp_path), "--input-format", "jsonl", "--format", "jsonl", "--select", ",".join(SELECT)]
    local = gigcheck("check", *args)
    run = run_cli(["check", *args, "--scheduler", client.scheduler.address])
    assert run.returncode == local.code == 1, run.stderr
    assert run.stdout == local.out
    assert '"rule": "GC902"' in run.stdout and "a.jsonl" in run.stdout and "b.jsonl" in run.stdout


def _task_names(part) -> set[str]:
    """The names of the tasks `part` needs (its graph holds the whole run's)."""
    from dask.core import get_dependencies

    graph = dict(part.__dask_graph__())
    needed, todo = set(), [part.key]
    while todo:
        key = todo.pop()
        if key not in needed:
            needed.add(key)
            todo += get_dependencies(graph, key)
    return {str(k[0] if isinstance(k, tuple) else k) for k in needed}


def test_a_partition_s_findings_do_not_wait_for_the_cross_gig_pass(corpus, config):
    """Issue 17: a worker holds its partition, not the corpus: a partition's findings are
    written as soon as it is checked; only the cross-gig partitions need the shuffles."""
    import gigcheck.dask as gd

    path, _ = corpus
    parts = gd.check_gigs([path], config, partition_rows=PART).to_delayed()
    cross = ("_bare", "shared_keys", "recheck_source", "cross_findings")  # the cross-gig pass's tasks
    for part in parts[: len(parts) // 2]:
        names = _task_names(part)
        assert any(n.startswith("check_source") for n in names)
        assert not [n for n in names if n.startswith(cross)]
    assert all(any(n.startswith(c) for n in _task_names(parts[-1])) for c in cross)  # the cross-gig ones
