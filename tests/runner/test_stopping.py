"""Stopping a scan: SIGTERM, SIGINT and SIGKILL of `gigcheck check -j2` leave no worker
process and no temporary file behind (cli/signals.py, engine/parallel.py, io/output.py).

These start the real CLI on gigs slow enough to be stopped in the middle, and poll with
generous deadlines (never a fixed sleep before an assertion)."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from gigcheck.engine.parallel import default_jobs

pytestmark = [pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc"), pytest.mark.slow]

WORDS = ["logo", "brand", "vector", "files", "revisions", "email", "whatsapp", "paypal", "skype", "delivery", "extra", "premium", "source"]


@pytest.fixture(scope="module")
def slow_gigs(tmp_path_factory):
    """100 long gigs (~0.3 s each): a scan of them lasts far longer than stopping it."""
    folder = tmp_path_factory.mktemp("slow")
    rng = random.Random(7)
    for i in range(100):
        body = "".join(" ".join(rng.choice(WORDS) for _ in range(120)) + ".\n\n" for _ in range(40))
        (folder / f"g{i:03}.md").write_text(f"---\ntitle: I will design logo {i}\n---\n## Description\n{body}")
    return folder


def _children(pid):
    """The live child processes of `pid` (zombies are dead: only not yet reaped)."""
    out = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            out.append(int(entry))
    return out


def _alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _poll(condition, timeout=60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    return condition()


def _start(folder, out_dir, *extra):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.Popen(
        [sys.executable, "-m", "gigcheck", "check", "--format", "json", "-o", str(out_dir / "report.json"),
         *extra, str(folder)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=out_dir,
    )


def _workers_of(proc):
    workers = _poll(lambda: _children(proc.pid))
    assert workers, "the scan did not start its workers"
    return workers


def _leftovers(folder):
    return [n for n in os.listdir(folder) if n.startswith(".gigcheck-")]


@pytest.mark.parametrize("sig,code", [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_stopped_scan_exits_with_the_signal_leaving_nothing(slow_gigs, tmp_path, sig, code):
    proc = _start(slow_gigs, tmp_path, "-j2")
    try:
        workers = _workers_of(proc)
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == code
        assert "Traceback" not in err and "Aborted" not in err
        assert _poll(lambda: not any(_alive(w) for w in workers)), "a worker outlived the scan"
        assert not _leftovers(tmp_path) and not (tmp_path / "report.json").exists()
    finally:
        proc.kill()
        proc.wait()


def test_workers_die_with_a_killed_parent(slow_gigs, tmp_path):
    proc = _start(slow_gigs, tmp_path, "-j2")
    try:
        workers = _workers_of(proc)
        proc.kill()  # SIGKILL: the parent runs no code at all
        proc.wait(timeout=60)
        assert _poll(lambda: not any(_alive(w) for w in workers)), "a worker outlived its killed parent"
        assert not _leftovers(tmp_path)
    finally:
        for w in _children(proc.pid) if proc.poll() is None else []:
            os.kill(w, signal.SIGKILL)
        proc.kill()
        proc.wait()


def test_jobs_are_capped_at_the_cpus(slow_gigs, tmp_path):
    proc = _start(slow_gigs, tmp_path, "--jobs", "1000")
    try:
        _workers_of(proc)
        seen = max(len(_children(proc.pid)) for _ in range(20) if not time.sleep(0.05))
        assert 1 <= seen <= default_jobs()
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=60)
