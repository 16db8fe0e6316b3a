"""Batch scanning: gigcheck against its peers and its floor, on the same gig files.

    python benchmarks/bench_batch.py [--runs 5] [--profile] [--skip-20k] [--inproc-gigs 400]
                                     [--only batch,single,inprocess,20k]

Builds the corpora with ../shared/bench/make_gigs.py (real seller text) into
benchmarks/out/gigs-2000 and gigs-20000 (once; they are deterministic), then prints, all
measured in this one run (medians of --runs runs; the machine's load average at the start
and end is printed, since ratios between rows of one run are what to compare):

- gigcheck, everything enabled (`--select ALL`, JSON report), with `--jobs 1` and with
  every core, on 2,000 and 20,000 gigs: wall time, CPU seconds (gigs per CPU-second),
  peak memory;
- markdownlint-cli2 and proselint over the same 2,000 files. Missing ones are installed
  first, and the benchmark says so: npm into benchmarks/out/node_modules, pip into the
  venv benchmarks/out/peers-venv (`--no-install` skips them instead);
- in one process on one core, over the first --inproc-gigs gigs: bare markdown-it-py
  parsing (the floor for a markdown-it-py based linter), building the `Gig`, checking
  with a shared `Linter`, and `lint_text(text)` without a config;
- a single gig, whole process, `gigcheck check one.md` against `markdownlint-cli2 one.md`,
  and the CPU time of the parts of its start (imports, default configuration, channel
  vocabulary from the build cache), then the same parts with an empty build cache (the
  cold build of a fresh CI machine or of an edited pack).

gigcheck runs with its bytecode cached (PYTHONPYCACHEPREFIX=benchmarks/out/pycache), as an
installed package is: PYTHONDONTWRITEBYTECODE in the environment would otherwise make every
process compile gigcheck's source again. Peak memory is the largest resident set of the
command's processes (the parent or one worker; getrusage of a wrapper process, as
`/usr/bin/time -v` reports it). `--profile` adds where gigcheck's time goes on the 2,000
gigs (cProfile, `--jobs 1`).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
MAKE_GIGS = ROOT.parent / "shared" / "bench" / "make_gigs.py"
PEERS_VENV = OUT / "peers-venv"
MARKDOWNLINT = OUT / "node_modules" / ".bin" / "markdownlint-cli2"
PARTS = ("batch", "single", "inprocess", "20k")
COMMON = ["--select", "ALL", "--format", "json"]

# Runs a command and reports its wall time, its CPU time (the command and every
# descendant it waited for: RUSAGE_CHILDREN) and the peak RSS of the largest of them.
MEASURE = """
import json, resource, subprocess, sys, time
t = time.perf_counter()
rc = subprocess.call(sys.argv[2:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=sys.argv[1])
wall = time.perf_counter() - t
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"wall": wall, "cpu": ru.ru_utime + ru.ru_stime, "rss_kib": ru.ru_maxrss, "rc": rc}))
"""

# In one process on one core: gigs per second of each stage, every round timing each
# stage in turn (so load changes hit them alike); medians over the rounds.
IN_PROCESS = """
import json, statistics, sys, time
from pathlib import Path
from markdown_it import MarkdownIt
import gigcheck
from gigcheck import Linter, lint_text, load_config

files = sorted(Path(sys.argv[1]).glob("*.md"))[: int(sys.argv[2])]
texts = [f.read_text(encoding="utf-8") for f in files]
md = MarkdownIt("commonmark")
linter = Linter(load_config(discover=False, select=["ALL"]))
shared = Linter(load_config(discover=False))
lint_text(texts[0])
for t in texts:  # warm: the lexicons' pieces compiled, as in any long batch
    linter.check_text(t)
from gigcheck.document.markdown import _markdown
stages = {
    "parse": lambda t: md.parse(t),
    "gig_md": lambda t: _markdown().parse(t),  # as parse_gig configures it
    "gig": lambda t: linter.parse(t),
    "check": lambda t: linter.check_text(t),
    "shared": lambda t: shared.check_text(t),
    "lint_text": lambda t: lint_text(t),
}
rates = {k: [] for k in stages}
for _ in range(int(sys.argv[3])):
    for name, run in stages.items():
        t0 = time.process_time()
        for t in texts:
            run(t)
        rates[name].append(len(texts) / (time.process_time() - t0))
print(json.dumps({k: statistics.median(v) for k, v in rates.items()}))
"""


# The parts of a single gig's start, in a fresh process (CPU seconds): importing what
# `gigcheck check` imports before its first gig, loading the default configuration (the
# packs from the build cache), and its channel vocabulary (the largest build cache entry).
STARTUP = """
import json, time
t0 = time.process_time()
import gigcheck.cli, gigcheck.engine.baseline, gigcheck.engine.linters
t1 = time.process_time()
from gigcheck import load_config
config = load_config(discover=False)
t2 = time.process_time()
config.vocabulary.channels
t3 = time.process_time()
print(json.dumps({"imports": t1 - t0, "config": t2 - t1, "channels": t3 - t2}))
"""


@dataclass
class Row:
    name: str
    gigs: int
    wall: float
    rss_mib: float
    cpu: float = 0.0
    note: str = ""

    @property
    def rate(self) -> float:
        return self.gigs / self.wall

    @property
    def cpu_rate(self) -> float:
        return self.gigs / self.cpu if self.cpu else 0.0


def corpus(count: int) -> Path:
    folder = OUT / f"gigs-{count}"
    if not folder.is_dir() or len(list(folder.glob("*.md"))) != count:
        print(f"building {folder} ...", file=sys.stderr)
        subprocess.run([sys.executable, str(MAKE_GIGS), str(folder), "--count", str(count)], check=True)
    return folder


def gigcheck_env() -> dict[str, str]:
    env = dict(os.environ, PYTHONPYCACHEPREFIX=str(OUT / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), *filter(None, [env.get("PYTHONPATH")])])
    return env


def measure(cmd: list[str], cwd: Path, runs: int) -> tuple[float, float, float]:
    """Median wall seconds, median CPU seconds and median peak RSS (MiB) over `runs` runs."""
    walls, cpus, rss = [], [], []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", MEASURE, str(cwd), *cmd], capture_output=True, text=True, check=True,
            env=gigcheck_env(),
        )
        data = json.loads(out.stdout)
        walls.append(data["wall"])
        cpus.append(data["cpu"])
        rss.append(data["rss_kib"] / 1024)
    return statistics.median(walls), statistics.median(cpus), statistics.median(rss)


def gigcheck_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "gigcheck", "check", *args]


def install_peers() -> None:
    """Installs the anchors that are missing, saying so; one that cannot be installed
    (no network, no npm) is reported and left out."""
    OUT.mkdir(parents=True, exist_ok=True)
    if not MARKDOWNLINT.exists() and shutil.which("markdownlint-cli2") is None:
        print(f"installing markdownlint-cli2 (npm) into {OUT / 'node_modules'} ...", file=sys.stderr)
        _install(["npm", "install", "--no-audit", "--no-fund", "--prefix", str(OUT), "markdownlint-cli2"])
    if not (PEERS_VENV / "bin" / "proselint").exists() and shutil.which("proselint") is None:
        print(f"installing proselint (pip) into the venv {PEERS_VENV} ...", file=sys.stderr)
        # resolve(): the folder may be a symlink to where the venv lives
        if _install([sys.executable, "-m", "venv", str(PEERS_VENV.resolve())]):
            _install([str(PEERS_VENV / "bin" / "pip"), "install", "-q", "proselint"])


def _install(cmd: list[str]) -> bool:
    try:
        done = subprocess.run(cmd, capture_output=True, text=True)
    except OSError as exc:
        print(f"  could not run {cmd[0]}: {exc}", file=sys.stderr)
        return False
    if done.returncode:
        print(f"  failed ({done.returncode}): {done.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
    return done.returncode == 0


def proselint_cmd(files: list[str]) -> list[str] | None:
    exe = PEERS_VENV / "bin" / "proselint"
    exe_path = str(exe) if exe.exists() else shutil.which("proselint")
    if exe_path is None:
        return None
    # proselint 0.14+ has subcommands (`proselint check FILES`); older ones take FILES.
    help_text = subprocess.run([exe_path, "--help"], capture_output=True, text=True).stdout
    return [exe_path, *(["check"] if "check" in help_text.split() else []), *files]


def markdownlint_cmd(*files: str) -> list[str] | None:
    exe = str(MARKDOWNLINT) if MARKDOWNLINT.exists() else shutil.which("markdownlint-cli2")
    return None if exe is None else [exe, *(files or ["*.md"])]


def cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def load() -> str:
    return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())


def print_table(rows: list[Row], base: Row) -> None:
    print(f"{'':28}{'wall s':>8}{'CPU s':>8}{'peak MiB':>10}{'gigs/s':>9}{'gigs/CPU-s':>12}{'gigcheck is':>14}")
    for r in rows:
        speedup = f"{r.wall / base.wall:.2f}x faster" if r is not base else ""
        cpu = f"{r.cpu:8.2f}" if r.cpu else f"{'':>8}"
        cpu_rate = f"{r.cpu_rate:12,.0f}" if r.cpu else f"{'':>12}"
        print(f"{r.name:28}{r.wall:8.2f}{cpu}{r.rss_mib:10.0f}{r.rate:9,.0f}{cpu_rate}{speedup:>14}  {r.note}")


def in_process(folder: Path, gigs: int, runs: int) -> None:
    out = subprocess.run(
        [sys.executable, "-c", IN_PROCESS, str(folder), str(gigs), str(runs)],
        capture_output=True, text=True, check=True, env=gigcheck_env(),
    )
    r = json.loads(out.stdout)
    print(f"\nin process, one core, first {gigs} gigs, CPU time, medians of {runs} rounds ({load()})")
    print(f"  markdown-it-py parse only      {r['parse']:8,.0f} gigs/s  {1000 / r['parse']:.2f} ms/gig")
    print(f"  the same, as gigcheck parses   {r['gig_md']:8,.0f} gigs/s  {1000 / r['gig_md']:.2f} ms/gig"
          "  (tables, strikethrough, front matter)")
    own = 1 / r['gig'] - 1 / r['gig_md']  # the Gig's own work: runs, segments, sections, front matter
    print(f"  building the Gig (parse_gig)   {r['gig']:8,.0f} gigs/s  {1000 / r['gig']:.2f} ms/gig"
          f"  (over the bare parse: {r['parse'] / r['gig'] - 1:.2f}x of its time; its own work"
          f" over gigcheck's parse: {own * r['gig_md']:.2f}x)")
    print(f"  Linter, every rule             {r['check']:8,.0f} gigs/s  {1000 / r['check']:.2f} ms/gig"
          f"  ({r['parse'] / r['check']:.1f}x the bare parse's time)")
    print(f"  Linter, default rules          {r['shared']:8,.0f} gigs/s")
    print(f"  lint_text(text), no config     {r['lint_text']:8,.0f} gigs/s"
          f"  ({r['lint_text'] / r['shared']:.2f}x the shared Linter's rate)")


def profile(folder: Path) -> None:
    """Where the time goes, one process: cumulative time of the main stages and rules."""
    import pstats

    prof = OUT / "gigcheck.prof"
    subprocess.run(
        [sys.executable, "-m", "cProfile", "-o", str(prof), "-m", "gigcheck", "check", str(folder),
         "--select", "ALL", "--jobs", "1", "--format", "json"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=gigcheck_env(),
    )
    stats = pstats.Stats(str(prof))
    total = stats.total_tt  # type: ignore[attr-defined]
    sys.path.insert(0, str(ROOT))
    from gigcheck.rules.registry import ALL_RULES

    # cProfile keys functions by file and line: name each rule's `check` by its code, or
    # by every code that shares it (GC204/GC207 run one `check`, as do the wording rules).
    sharing: dict[tuple[str, int], list[str]] = {}
    for r in ALL_RULES:
        sharing.setdefault((r.check.__code__.co_filename, r.check.__code__.co_firstlineno), []).append(r.code)
    codes = {where: "/".join(sorted(names)) for where, names in sharing.items()}
    print(f"\nprofile, --jobs 1, {folder.name} (cProfile adds overhead; shares are what count); total {total:.2f} s")
    rows = []
    for (path, line, func), (_cc, _nc, _tt, ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        where = path.replace(str(ROOT) + "/", "").replace(".py", "")
        if (path, line) in codes:
            rows.append((ct, f"{where.split('gigcheck/', 1)[1]}:{codes[path, line]}.check"))
        elif "gigcheck/" in where and func in ("parse_gig", "lint_gig", "collect_keys", "read_text",
                                             "apply_suppressions", "file", "results", "signature"):
            rows.append((ct, f"{where.split('gigcheck/', 1)[1]}:{func}"))
        elif where.endswith("markdown_it/main") and func == "parse":
            rows.append((ct, "markdown_it.parse (inside parse_gig)"))
    for ct, name in sorted(rows, reverse=True)[:25]:
        print(f"  {ct:7.2f} s {100 * ct / total:5.1f}%  {name}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5, help="runs per measurement; medians are reported (default 5)")
    ap.add_argument("--no-install", action="store_true", help="do not install missing peers (npm, pip)")
    ap.add_argument("--profile", action="store_true", help="also profile gigcheck on the 2,000 gigs")
    ap.add_argument("--skip-20k", action="store_true", help="leave out the 20,000-gig corpus")
    ap.add_argument("--inproc-gigs", type=int, default=400, help="gigs of the in-process rates (default 400)")
    ap.add_argument("--only", default=",".join(PARTS), help="the parts to measure, comma-separated: "
                    f"{', '.join(PARTS)} (default: all)")
    args = ap.parse_args()
    parts = set(args.only.split(","))
    if parts - set(PARTS):
        ap.error(f"--only: unknown part(s) {', '.join(sorted(parts - set(PARTS)))}")
    if not args.no_install and parts & {"batch", "single"}:
        install_peers()
    n_cpu = cpus()
    small = corpus(2000)
    files = sorted(p.name for p in small.glob("*.md"))
    print(f"start: {load()}, {n_cpu} CPU(s), medians of {args.runs} runs")
    subprocess.run(gigcheck_cmd(str(small / files[0])), capture_output=True, env=gigcheck_env())  # bytecode

    rows: list[Row] = []
    if "batch" in parts:
        batch(small, files, n_cpu, args.runs, rows)
    if "single" in parts:
        single(small / files[0], args.runs)
    if "inprocess" in parts:
        in_process(small, args.inproc_gigs, args.runs)
    if "20k" in parts and not args.skip_20k:
        big = corpus(20000)
        big_rows = []
        for jobs in sorted({1, n_cpu}):
            wall, cpu, rss = measure(gigcheck_cmd(".", *COMMON, "--jobs", str(jobs)), big, args.runs)
            small_rss = next((r.rss_mib for r in rows if r.name == f"gigcheck --jobs {jobs}"), 0.0)
            note = f"peak memory {rss / small_rss:.2f}x that of 2,000 gigs" if small_rss else ""
            big_rows.append(Row(f"gigcheck --jobs {jobs}", 20000, wall, rss, cpu, note=note))
        print(f"\n20,000 gigs ({big}) ({load()})")
        print_table(big_rows, big_rows[-1])
    if args.profile:
        profile(small)
    print(f"\nend: {load()}")


def batch(small: Path, files: list[str], n_cpu: int, runs: int, rows: list[Row]) -> None:
    """The 2,000 gigs, whole process: gigcheck with one job and every core, and the peers."""
    for jobs in sorted({1, n_cpu}):
        wall, cpu, rss = measure(gigcheck_cmd(".", *COMMON, "--jobs", str(jobs)), small, runs)
        rows.append(Row(f"gigcheck --jobs {jobs}", 2000, wall, rss, cpu))
    base = rows[-1]
    peers = {"markdownlint-cli2": markdownlint_cmd(), "proselint": proselint_cmd(files)}
    for name, cmd in peers.items():
        if cmd is None:
            print(f"{name} is not installed and could not be installed: left out", file=sys.stderr)
            continue
        wall, cpu, rss = measure(cmd, small, runs)
        rows.append(Row(name, 2000, wall, rss, cpu, note="(one process)"))
    print(f"\n2,000 gigs ({small}), whole process ({load()})")
    print_table(rows, base)


def single(one: Path, runs: int) -> None:
    """One gig, whole process, text and JSON reports, against markdownlint-cli2 on the
    same file: CPU time is what a loaded machine leaves comparable."""
    print(f"\nsingle gig, whole process, {one.name}, medians of {runs} runs ({load()})")
    peer = None
    cmd = markdownlint_cmd(str(one))
    if cmd:
        p_wall, p_cpu, p_rss = measure(cmd, ROOT, runs)
        peer = p_cpu
        print(f"  {'markdownlint-cli2':28}{p_wall * 1000:6.0f} ms wall{p_cpu * 1000:6.0f} ms CPU{p_rss:6.0f} MiB")
    for label, extra in (("gigcheck check", []), ("gigcheck check --format json", ["--format", "json"])):
        wall, cpu, rss = measure(gigcheck_cmd(str(one), *extra), ROOT, runs)
        ratio = f"  ({cpu / peer:.2f}x markdownlint-cli2's CPU time)" if peer else ""
        print(f"  {label:28}{wall * 1000:6.0f} ms wall{cpu * 1000:6.0f} ms CPU{rss:6.0f} MiB{ratio}")
    parts: dict[str, list[float]] = {}
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", STARTUP], capture_output=True, text=True, check=True,
                             env=gigcheck_env(), cwd=ROOT)
        for name, seconds in json.loads(out.stdout).items():
            parts.setdefault(name, []).append(seconds)
    print("  start-up parts, CPU in a fresh process: "
          + ", ".join(f"{name} {statistics.median(v) * 1000:.0f} ms" for name, v in parts.items()))
    # The same with an empty build cache, as on a fresh CI machine or after a pack edit:
    # every vocabulary built, every regex compiled (and stored) again.
    cold: dict[str, list[float]] = {}
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="gigcheck-cold-") as empty:
            out = subprocess.run([sys.executable, "-c", STARTUP], capture_output=True, text=True, check=True,
                                 env=dict(gigcheck_env(), GIGCHECK_CACHE_DIR=empty), cwd=ROOT)
        for name, seconds in json.loads(out.stdout).items():
            cold.setdefault(name, []).append(seconds)
    print("  the same with an empty build cache (a cold build): "
          + ", ".join(f"{name} {statistics.median(v) * 1000:.0f} ms" for name, v in cold.items()))


if __name__ == "__main__":
    main()
