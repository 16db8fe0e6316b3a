"""Batch scanning: gigcheck against its peers and its floor, on the same gig files.

    python benchmarks/bench_batch.py [--runs 3] [--install-peers] [--profile] [--skip-20k]

Builds the corpora with ../shared/bench/make_gigs.py (real seller text) into
benchmarks/out/gigs-2000 and gigs-20000 (once; they are deterministic), then prints one
table of whole-process wall time and peak memory, medians of --runs runs:

- gigcheck, everything enabled (`--select ALL`, JSON report), with `--jobs 1` and with
  every core, on 2,000 and 20,000 gigs;
- markdownlint-cli2 and proselint over the same 2,000 files, when installed
  (`--install-peers` installs them: npm into benchmarks/out/node_modules, pip into the
  venv benchmarks/out/peers-venv);
- bare markdown-it-py parsing of the same files, in one process: the floor for a
  markdown-it-py based linter;
- a single gig, `gigcheck check one.md`: the seller's case.

Peak memory is the largest resident set of the command's processes (the parent or one
worker; getrusage of a wrapper process, as `/usr/bin/time -v` reports it). `--profile`
adds where gigcheck's time goes on the 2,000 gigs (cProfile, `--jobs 1`).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
MAKE_GIGS = ROOT.parent / "shared" / "bench" / "make_gigs.py"
PEERS_VENV = OUT / "peers-venv"
MARKDOWNLINT = OUT / "node_modules" / ".bin" / "markdownlint-cli2"

# Runs a command and reports its wall time and the peak RSS of its process tree's largest
# process (RUSAGE_CHILDREN covers the command and every descendant it waited for).
MEASURE = """
import json, resource, subprocess, sys, time
t = time.perf_counter()
rc = subprocess.call(sys.argv[2:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=sys.argv[1])
wall = time.perf_counter() - t
print(json.dumps({"wall": wall, "rss_kib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, "rc": rc}))
"""

PARSE_ONLY = """
import sys, time
from pathlib import Path
from markdown_it import MarkdownIt
files = sorted(Path(sys.argv[1]).glob("*.md"))
md = MarkdownIt("commonmark")
t = time.perf_counter()
for f in files:
    md.parse(f.read_text(encoding="utf-8"))
print(len(files) / (time.perf_counter() - t))
"""


@dataclass
class Row:
    name: str
    gigs: int
    wall: float
    rss_mib: float
    jobs: int = 1
    note: str = ""

    @property
    def rate(self) -> float:
        return self.gigs / self.wall


def corpus(count: int) -> Path:
    folder = OUT / f"gigs-{count}"
    if not folder.is_dir() or len(list(folder.glob("*.md"))) != count:
        print(f"building {folder} ...", file=sys.stderr)
        subprocess.run([sys.executable, str(MAKE_GIGS), str(folder), "--count", str(count)], check=True)
    return folder


def measure(cmd: list[str], cwd: Path, runs: int) -> tuple[float, float, int]:
    """Median wall seconds and median peak RSS (MiB) over `runs` runs; the exit code."""
    walls, rss, rc = [], [], 0
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", MEASURE, str(cwd), *cmd], capture_output=True, text=True, check=True
        )
        data = json.loads(out.stdout)
        walls.append(data["wall"])
        rss.append(data["rss_kib"] / 1024)
        rc = data["rc"]
    return statistics.median(walls), statistics.median(rss), rc


def gigcheck_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "gigcheck", "check", *args]


def install_peers() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    if not MARKDOWNLINT.exists():
        subprocess.run(
            ["npm", "install", "--no-audit", "--no-fund", "--prefix", str(OUT), "markdownlint-cli2"], check=True
        )
    if not (PEERS_VENV / "bin" / "proselint").exists():
        # resolve(): the folder may be a symlink to where the venv lives
        subprocess.run([sys.executable, "-m", "venv", str(PEERS_VENV.resolve())], check=True)
        subprocess.run([str(PEERS_VENV / "bin" / "pip"), "install", "-q", "proselint"], check=True)


def proselint_cmd(files: list[str]) -> list[str] | None:
    exe = PEERS_VENV / "bin" / "proselint"
    exe_path = str(exe) if exe.exists() else shutil.which("proselint")
    if exe_path is None:
        return None
    # proselint 0.14+ has subcommands (`proselint check FILES`); older ones take FILES.
    help_text = subprocess.run([exe_path, "--help"], capture_output=True, text=True).stdout
    return [exe_path, *(["check"] if "check" in help_text.split() else []), *files]


def markdownlint_cmd() -> list[str] | None:
    exe = str(MARKDOWNLINT) if MARKDOWNLINT.exists() else shutil.which("markdownlint-cli2")
    return None if exe is None else [exe, "*.md"]


def cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def print_table(rows: list[Row], base: Row) -> None:
    print(f"{'':34}{'wall s':>8}{'peak MiB':>10}{'gigs/s':>9}{'/core':>8}{'gigcheck is':>14}")
    for r in rows:
        speedup = f"{r.wall / base.wall:.1f}x faster" if r is not base and r.wall else ""
        wall = f"{r.wall:8.2f}" if r.wall else f"{'':>8}"
        rss = f"{r.rss_mib:10.0f}" if r.rss_mib else f"{'':>10}"
        print(f"{r.name:34}{wall}{rss}{r.rate:9,.0f}{r.rate / r.jobs:8,.0f}{speedup:>14}  {r.note}")


def profile(folder: Path) -> None:
    """Where the time goes, one process: cumulative time of the main stages and rules."""
    import pstats

    prof = OUT / "gigcheck.prof"
    subprocess.run(
        [sys.executable, "-m", "cProfile", "-o", str(prof), "-m", "gigcheck", "check", str(folder),
         "--select", "ALL", "--jobs", "1", "--format", "json"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    stats = pstats.Stats(str(prof))
    total = stats.total_tt  # type: ignore[attr-defined]
    sys.path.insert(0, str(ROOT))
    from gigcheck.rules.registry import ALL_RULES

    # cProfile keys functions by file and line: name each rule's `check` by its code.
    codes = {(r.check.__code__.co_filename, r.check.__code__.co_firstlineno): r.code for r in ALL_RULES}
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
    ap.add_argument("--runs", type=int, default=3, help="runs per measurement; medians are reported (default 3)")
    ap.add_argument("--install-peers", action="store_true", help="install markdownlint-cli2 (npm) and proselint (pip)")
    ap.add_argument("--profile", action="store_true", help="also profile gigcheck on the 2,000 gigs")
    ap.add_argument("--skip-20k", action="store_true", help="leave out the 20,000-gig corpus")
    args = ap.parse_args()
    if args.install_peers:
        install_peers()
    n_cpu = cpus()
    small = corpus(2000)
    files = sorted(p.name for p in small.glob("*.md"))
    common = ["--select", "ALL", "--format", "json"]

    rows: list[Row] = []
    for jobs in sorted({1, n_cpu}):
        wall, rss, _ = measure(gigcheck_cmd(".", *common, "--jobs", str(jobs)), small, args.runs)
        rows.append(Row(f"gigcheck --jobs {jobs}", 2000, wall, rss, jobs))
    base = rows[-1]
    cmd = markdownlint_cmd()
    if cmd:
        wall, rss, _ = measure(cmd, small, args.runs)
        rows.append(Row("markdownlint-cli2", 2000, wall, rss, note="(one process, Node)"))
    else:
        print("markdownlint-cli2 not installed (--install-peers): skipped", file=sys.stderr)
    cmd = proselint_cmd(files)
    if cmd:
        wall, rss, _ = measure(cmd, small, args.runs)
        rows.append(Row("proselint", 2000, wall, rss, note="(one process)"))
    else:
        print("proselint not installed (--install-peers): skipped", file=sys.stderr)
    parse_only = [sys.executable, "-c", PARSE_ONLY, str(small)]
    floor = statistics.median(
        float(subprocess.run(parse_only, capture_output=True, text=True, check=True).stdout) for _ in range(args.runs)
    )
    rows.append(Row("markdown-it-py parse only", 2000, 2000 / floor, 0, note="(in-process loop, no startup)"))

    print(f"\n2,000 gigs ({small}), {n_cpu} CPU(s), medians of {args.runs} runs, whole process")
    print_table(rows, base)

    one = small / files[0]
    wall, rss, _ = measure(gigcheck_cmd(str(one)), ROOT, max(5, args.runs))
    print(f"\nsingle gig: gigcheck check {one.name}: {wall * 1000:.0f} ms wall, {rss:.0f} MiB peak")

    if not args.skip_20k:
        big = corpus(20000)
        print(f"\n20,000 gigs ({big})")
        big_rows = []
        for jobs in sorted({1, n_cpu}):
            wall, rss, _ = measure(gigcheck_cmd(".", *common, "--jobs", str(jobs)), big, args.runs)
            small_rss = next(r.rss_mib for r in rows if r.name == f"gigcheck --jobs {jobs}")
            big_rows.append(Row(f"gigcheck --jobs {jobs}", 20000, wall, rss, jobs,
                                note=f"peak memory {rss / small_rss:.2f}x that of 2,000 gigs"))
        print_table(big_rows, big_rows[-1])
    if args.profile:
        profile(small)


if __name__ == "__main__":
    main()
