"""Parallel checking: the same results in the same order whatever --jobs is."""
from __future__ import annotations

import os

import pytest
from ci_support import gigcheck, write

from gigcheck.engine import parallel
from gigcheck.engine.linter import Linter
from gigcheck.engine.runner import POOL_MIN_TASKS, iter_results
from gigcheck.io.tasks import Task

N = POOL_MIN_TASKS + 8  # enough inputs for a pool


def _gigs(tmp_path, n=N):
    """Varied gigs: some clean, some with contacts shared between them, one unreadable."""
    for i in range(n):
        body = f"Logo number {i}, vector files and revisions.\n"
        if i % 3 == 0:
            body += f"Mail shop{i % 2}@gmail.com first.\n"
        if i % 4 == 0:
            body += " ".join(f"copy{k}" for k in range(40)) + "\n"
        write(tmp_path, f"gigs/g{i:03d}.md", f"---\ntitle: I will design logo {i} & more\n---\n{body}")
    (tmp_path / "gigs" / "g005.md").write_bytes(b"bad \xff byte")
    return tmp_path / "gigs"


def _records(results):
    return [(r.path, r.error, [f.to_dict() for f in r.findings], r.lines) for r in results]


@pytest.fixture
def pooled(monkeypatch):
    """Counts the pools started, so a test knows the work really ran in workers."""
    calls = []
    real = parallel._pooled

    def spy(*args):
        calls.append(args[3])
        yield from real(*args)

    monkeypatch.setattr(parallel, "_pooled", spy)
    return calls


def test_same_results_for_one_and_two_jobs(tmp_path, default_config, pooled):
    paths = sorted(str(p) for p in _gigs(tmp_path).iterdir())
    one = _records(iter_results(paths, default_config, jobs=1))
    assert not pooled
    two = _records(iter_results(paths, default_config, jobs=2))
    assert pooled, "expected a worker pool"
    assert one == two
    assert [r[0] for r in two] == paths  # input order
    assert any(f["rule"] == "GC901" for r in two for f in r[2])  # cross-gig findings too


def test_cli_output_is_byte_identical(tmp_path):
    gigs = _gigs(tmp_path)
    outs = {j: gigcheck("check", str(gigs), "--jobs", j, "--format", "json", "--statistics") for j in ("1", "2", "3")}
    assert outs["1"].out == outs["2"].out == outs["3"].out
    assert outs["1"].code == outs["2"].code == 2  # the unreadable file


def test_small_batches_stay_in_process(tmp_path, default_config, pooled):
    paths = [str(write(tmp_path, f"g{i}.md", "Hello there.\n")) for i in range(3)]
    assert len(list(iter_results(paths, default_config, jobs=4))) == 3
    assert not pooled


def test_spawned_workers_get_a_working_config(tmp_path, default_config):
    """Where fork is not used, the Config travels pickled (mapping proxies and all)."""
    tasks = [Task(Task.TEXT, f"t{i}", "Mail bob.smith@gmail.com today.\n") for i in range(3)]
    linter = Linter(default_config)
    serial = list(parallel.run_tasks(tasks, linter, jobs=1))
    spawned = list(parallel.run_tasks(tasks, linter, jobs=2, start_method="spawn"))
    assert [r.findings for r, _ in spawned] == [r.findings for r, _ in serial]
    assert serial[0][0].findings


def test_a_worker_that_dies_costs_one_input(tmp_path, default_config, monkeypatch):
    real = parallel.run_task

    def fragile(linter, task, **kw):
        if task.name == "killer":
            os._exit(3)  # what an out-of-memory kill looks like from the parent
        return real(linter, task, **kw)

    monkeypatch.setattr(parallel, "run_task", fragile)
    names = [f"t{i}" for i in range(20)]
    names[11] = "killer"
    tasks = [Task(Task.TEXT, n, "Hello there.\n") for n in names]
    got = list(parallel.run_tasks(tasks, Linter(default_config), jobs=2))
    assert [r.path for r, _ in got] == names
    assert [r.path for r, _ in got if r.error] == ["killer"]
    assert parallel.DIED in got[11][0].error
