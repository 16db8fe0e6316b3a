"""A time budget per input: an input whose check runs over it is reported as that
input's error (one line, naming it), and every other input is still checked, in the
parent (--jobs 1) and in worker processes alike."""
from __future__ import annotations

from dataclasses import replace

import pytest
from ci_support import gigcheck, write

from gigcheck.engine import parallel
from gigcheck.engine.linter import Linter
from gigcheck.engine.runner import POOL_MIN_TASKS
from gigcheck.io.tasks import Task
from gigcheck.policy.config import load_config

SLOW = "SLOW-GIG-MARKER"


@pytest.fixture
def slow_rule(monkeypatch):
    """Checking a gig that holds SLOW never ends (a rule stuck on hostile input)."""
    real = Linter.examine  # what the engine calls for every input (findings and secrets)

    def examine(self, gig):
        while SLOW in gig.source:
            sum(range(1000))
        return real(self, gig)

    monkeypatch.setattr(Linter, "examine", examine)


def _over(result) -> bool:
    return result.error is not None and "CPU time" in result.error and "--time-budget" in result.error


def _warm(seconds: float):
    """A config with a budget of `seconds`, its vocabulary built (the first check in a
    process builds the patterns every later one uses: not what a budget is for)."""
    config = load_config(discover=False, time_budget=seconds)
    Linter(replace(config, time_budget=0)).check_text("warm up: skype: bob_1, bob.smith@gmail.com")
    return config


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_input_over_budget_is_its_error_and_the_rest_is_checked(slow_rule, jobs):
    texts = ["Mail bob.smith@gmail.com today.\n"] * 6
    texts[2] = f"Hello {SLOW}.\n"
    tasks = [Task(Task.TEXT, f"t{i}", t) for i, t in enumerate(texts)]
    got = [r for r, _ in parallel.run_tasks(tasks, Linter(_warm(0.2)), jobs=jobs)]
    assert [r.path for r in got] == [f"t{i}" for i in range(6)]
    assert [r.path for r in got if r.error] == ["t2"]
    assert _over(got[2])
    assert all(any(f.rule == "GC201" for f in r.findings) for i, r in enumerate(got) if i != 2)


def test_rows_of_an_export_are_budgeted_one_by_one(slow_rule):
    rows = [{"title": "I will design a logo", "description": d} for d in ("Mail bob.smith@gmail.com", SLOW, "Hi")]
    tasks = [Task(Task.ROW, "gigs.jsonl", row) for row in rows]
    got = [r for r, _ in parallel.run_tasks(tasks, Linter(_warm(0.2)), jobs=1)]
    assert [bool(r.error) for r in got] == [False, True, False]
    assert _over(got[1])
    assert any(f.rule == "GC201" for f in got[0].findings)


def test_cli_reports_the_file_on_one_line_and_goes_on(tmp_path, slow_rule):
    for i in range(3):
        write(tmp_path, f"gigs/g{i}.md", "Mail bob.smith@gmail.com today.\n")
    write(tmp_path, "gigs/g1.md", f"Hello {SLOW}.\n")
    # The first gig of a run also builds the policy's patterns: a budget above that.
    run = gigcheck("check", str(tmp_path / "gigs"), "--time-budget", "1.5", "--jobs", "1")
    lines = (run.out + run.err).splitlines()
    over = [ln for ln in lines if "g1.md" in ln]
    assert len(over) == 1 and "CPU time" in over[0] and "--time-budget" in over[0]
    assert sum("GC201" in ln for ln in lines) == 2  # the other two gigs
    assert run.code == 2  # like an unreadable file


def test_cli_with_workers(tmp_path, slow_rule):
    n = POOL_MIN_TASKS + 2  # a pool needs this many inputs; its workers start warm
    for i in range(n):
        write(tmp_path, f"gigs/g{i:02d}.md", "Mail bob.smith@gmail.com today.\n")
    write(tmp_path, "gigs/g07.md", f"Hello {SLOW}.\n")
    run = gigcheck("check", str(tmp_path / "gigs"), "--time-budget", "1", "--jobs", "2", "--format", "json")
    files = {f["path"].rsplit("/", 1)[-1]: f for f in run.json()["files"]}
    assert len(files) == n
    assert "CPU time" in files["g07.md"]["error"]
    assert all(any(x["rule"] == "GC201" for x in f["findings"]) for name, f in files.items() if name != "g07.md")
    assert run.code == 2


def test_no_budget_with_zero(tmp_path):
    assert load_config(discover=False, time_budget=0).time_budget == 0
    assert load_config(discover=False).time_budget == 10


def test_budget_from_the_project_config(tmp_path):
    cfg = write(tmp_path, ".gigcheck.toml", "time-budget = 2.5\n")
    assert load_config(config_file=str(cfg)).time_budget == 2.5
    cfg.write_text("time-budget = 3\n")
    assert load_config(config_file=str(cfg)).time_budget == 3
    cfg.write_text("time-budget = -1\n")
    with pytest.raises(Exception, match="time-budget"):
        load_config(config_file=str(cfg))
