from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import pytest

# The build cache (see gigcheck/build_cache.py) of this test session, also for the CLI
# processes the tests start: never the user's. One for the whole session: the xdist
# workers inherit the controller's environment and reuse its folder, so a pack built by
# one worker (a cold build of the default pack costs seconds of CPU) is read by the
# other. Entries are written atomically and keyed by their input: sharing is safe.
_SESSION = "GIGCHECK_TEST_SESSION_CACHE"
# The process that made the folder (the controller, or the only process without xdist)
# removes it when the session ends: a full build cache is tens of megabytes. A worker may
# still write its code cache there as it exits, after that; so a session also removes the
# folders of sessions that ended long ago.
_PREFIX = "gigcheck-test-cache-"
_STALE_SECONDS = 12 * 3600
_OWNED = os.environ.get(_SESSION) is None or os.environ.get("PYTEST_XDIST_WORKER") is None
if _OWNED:
    for old in Path(tempfile.gettempdir()).glob(_PREFIX + "*"):
        try:
            if time.time() - old.stat().st_mtime > _STALE_SECONDS:
                shutil.rmtree(old, ignore_errors=True)
        except OSError:
            pass
    os.environ[_SESSION] = tempfile.mkdtemp(prefix=_PREFIX)
os.environ["GIGCHECK_CACHE_DIR"] = os.environ[_SESSION]
# The CLI processes the tests start read gigcheck's bytecode, as an installed package's
# do, instead of compiling its source every time (PYTHONDONTWRITEBYTECODE in a CI or
# container environment would make each start a third slower). Kept outside the tree.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
os.environ.setdefault("PYTHONPYCACHEPREFIX", os.path.join(tempfile.gettempdir(), "gigcheck-test-pycache"))
# So does this process and each xdist worker: without it every worker compiles gigcheck's
# source and pytest rewrites the asserts of ~200 test modules again at each session (a
# few seconds of CPU per worker before the first test; pytest keeps a rewritten module
# under the same prefix). Imports from here on read and write the bytecode there.
sys.dont_write_bytecode = False
sys.pycache_prefix = os.environ["PYTHONPYCACHEPREFIX"]

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def pytest_configure(config: pytest.Config) -> None:
    """With xdist workers, the controller builds the default pack into the session's build
    cache once, in a process of its own (which writes its regex and code stores as it
    exits), before the workers start: otherwise each worker's first tests, started at the
    same moment, build it cold side by side (~5 s of CPU each) and read nothing from the
    other. Tests that check a cold build use cache folders of their own; it is built into
    one (tests/cold_build_support.py, kept for the regex store's test) and copied into the
    session's."""
    import subprocess

    from cold_build_support import WARM_UP_SEED, build_cold, warm_up_folder

    workers = getattr(config.option, "numprocesses", None)
    if not workers or os.environ.get("PYTEST_XDIST_WORKER") or config.option.collectonly:
        return
    cold = warm_up_folder()
    # only a warm-up: a failure or a hang here is the tests' to report, not this hook's
    with contextlib.suppress(OSError, subprocess.TimeoutExpired):
        build_cold(cold, WARM_UP_SEED, timeout=120)
        shutil.copytree(cold, os.environ[_SESSION], dirs_exist_ok=True)


def pytest_unconfigure(config: pytest.Config) -> None:
    if _OWNED and os.environ.get("PYTEST_XDIST_WORKER") is None:
        shutil.rmtree(os.environ[_SESSION], ignore_errors=True)


def _first_shares(total: int, workers: int) -> list[int]:
    """How many tests of the collection xdist's worksteal scheduler hands each worker at the
    start: the pending tests cut into one contiguous run a worker, in order
    (`WorkStealingScheduling.check_schedule`); later a worker with nothing left takes the
    second half of the longest queue."""
    shares = []
    for left in range(workers, 0, -1):
        shares.append((total - sum(shares)) // left)
    return shares


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The tests marked `slow` (seconds each: a venv, a cluster, a browser) run first, dealt
    in turn to the workers' first runs of tests (xdist's worksteal, pyproject.toml; the
    count is PYTEST_XDIST_WORKER_COUNT): all at the head of the collection, they were the
    first worker's alone, a minute or more of that worker before its share (a stolen half
    is taken from the end of a queue, never its head), while the others finished early.
    The workers share the rest and finish together instead of one waiting for a long test
    that came up last. Stable: each module's tests stay together and in order, and every
    worker collects the same order."""
    workers = max(1, int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1") or 1))
    # dealt a module at a time: a module's slow tests share what its fixtures start once (a
    # browser, a Dask cluster)
    modules: dict[str, list[pytest.Item]] = {}
    rest: list[pytest.Item] = []
    for item in items:
        if item.get_closest_marker("slow") is not None:
            modules.setdefault(item.nodeid.split("::")[0], []).append(item)
        else:
            rest.append(item)
    ordered: list[pytest.Item] = []
    for worker, share in enumerate(_first_shares(len(items), workers)):
        dealt = [item for group in list(modules.values())[worker::workers] for item in group]
        taken = max(0, share - len(dealt))
        ordered += dealt + rest[:taken]
        del rest[:taken]
    items[:] = ordered + rest


# Configurations share one compiled vocabulary per pack (tests/vocabulary_support.py), from
# here on: also those a test module makes when it is imported (`CONFIG = load_config(...)`
# at module level), which a session fixture would install too late for: each of them
# compiled or read back a whole vocabulary of its own in every test process.
import vocabulary_support  # noqa: E402

vocabulary_support.install()


@pytest.fixture
def fresh_vocabulary(monkeypatch):
    """Every configuration this test makes compiles its own vocabulary (tests/vocabulary_support.py)."""
    import vocabulary_support

    monkeypatch.setattr(vocabulary_support, "enabled", False)


@pytest.fixture(scope="session")
def default_config():
    from gigcheck.policy.config import load_config

    return load_config(discover=False)


@pytest.fixture(scope="session")
def grammar(default_config):
    """How the default pack reads a gig's headings and field lines."""
    return default_config.vocabulary.grammar


# Configurations that only choose among the default pack's rules (`lint(text, select=...)`),
# made once per session: they read nothing but the pack, which `default_config` read once
# too, and the contact tests ask for the same selection thousands of times.
_SELECTIONS = frozenset({"select", "ignore", "extend_select"})
_selected: dict[tuple[tuple[str, tuple[str, ...]], ...], object] = {}


def _selection_config(kw: dict):
    import vocabulary_support

    from gigcheck.policy.config import load_config

    plain = kw.keys() <= _SELECTIONS and all(isinstance(v, (list, tuple)) for v in kw.values())
    if not plain or not vocabulary_support.enabled:  # (fresh_vocabulary: a configuration of its own)
        return load_config(discover=False, **kw)
    key = tuple(sorted((k, tuple(v)) for k, v in kw.items()))
    found = _selected.get(key)
    if found is None:
        found = _selected[key] = load_config(discover=False, **kw)
    return found


@pytest.fixture
def lint(default_config):
    """Lint Markdown text with the default pack (no project config); keywords are
    `load_config`'s (`select=[...]` runs only those rules)."""
    from gigcheck import lint_text

    def run(text: str, **kw):
        return lint_text(text, config=_selection_config(kw) if kw else default_config)

    return run


def run_cli(args, input=None, cwd=None, env=None):
    """Run the CLI in-process (click's CliRunner): exit code, stdout and stderr as a user
    sees them, without a process start-up (~0.4 s of CPU) per run. For what only a real
    process shows (the entry point, signals, pipes, ttys, forked workers' streams) use
    `run_process`. `cwd` is entered for the run; `env` is set over os.environ for it."""
    import subprocess

    from click.testing import CliRunner

    from gigcheck.cli import main

    # The subprocess runner drops NO_COLOR for its children; so does this one, unless asked.
    run_env = {"NO_COLOR": None, **(env or {})}
    previous = os.getcwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        result = CliRunner(env=run_env).invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)
    finally:
        os.chdir(previous)
    return subprocess.CompletedProcess(list(args), result.exit_code, result.stdout, result.stderr)


def run_process(args, input=None, cwd=None, env=None):
    """Run the real CLI in a subprocess (exit codes, stdin and streams as a user sees them)."""
    import subprocess

    full_env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "gigcheck", *args],
        input=input,
        capture_output=True,
        text=True,
        cwd=cwd,
        env=full_env,
        timeout=120,
    )
