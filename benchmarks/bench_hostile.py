#!/usr/bin/env python3
"""Hostile inputs: every case of issue 13 ("Hostile input, second round"), built in a
temporary folder and run through the real CLI in a subprocess of its own, with a wall
timeout and an address-space limit (so a case that still blows up cannot take the
machine with it). Per case it prints the seconds, the peak resident memory of the run
(the process and its workers), the exit code and a one-line summary of what it said.

A case over the timeout prints TIMEOUT; one that hit the memory limit shows a
MemoryError or a kill in its summary. "Traceback" in a summary is a bug: bad input must
be a one-line error or a finding.

usage: bench_hostile.py [--quick] [--timeout SECONDS] [--memory-limit MIB] [--only WORD]

--quick skips the slowest cases (the 270-byte alias bomb, /dev/zero reads, SIGTERM).
"""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

TITLE = "I will design a minimalist logo"
BODY = "I design minimalist logos for small brands, delivered as SVG and PNG.\n"
EMAIL = "bob.smith@gmail.com"


@dataclass
class Case:
    name: str
    args: list[str]  # after `gigcheck`
    slow: bool = False
    env: dict[str, str] = field(default_factory=dict)
    signal_after: float | None = None  # SIGTERM once workers run, or this many seconds in


@dataclass
class Outcome:
    seconds: float
    peak_mib: float
    code: int | str
    summary: str


# -- building the inputs -------------------------------------------------------------------


def _drain(fifo: Path) -> None:
    with open(fifo, "rb") as stream:
        stream.read()


def gig(front: str = "", body: str = BODY, title: str = TITLE) -> str:
    return f"---\ntitle: {title}\n{front}---\n\n## Description\n\n{body}"


def alias_bomb(levels: int) -> str:
    """Nine aliases of nine aliases ...: 9**levels values for a reader that expands them."""
    lines = ["a: &a [x,x,x,x,x,x,x,x,x]"]
    prev = "a"
    for name in "bcdefghij"[: levels - 1]:
        lines.append(f"{name}: &{name} [" + ",".join(["*" + prev] * 9) + "]")
        prev = name
    return "---\n" + "\n".join(lines) + "\n---\nx\n"


def rows_jsonl(bad: str) -> str:
    good = [json.dumps({"id": f"g{i}", "title": TITLE, "description": f"Mail {EMAIL}."}) for i in range(80)]
    return "\n".join(good[:40] + [bad] + good[40:]) + "\n"


def rows_csv(bad: str) -> str:
    head = "id,title,description,extras\n"
    good = [f"g{i},{TITLE},Mail {EMAIL}.,\n" for i in range(80)]
    return head + "".join(good[:40]) + bad + "".join(good[40:])


def csv_cell(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def write(root: Path, name: str, text: str | bytes) -> str:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return str(path)


def build(root: Path) -> list[Case]:
    w: Callable[[str, str | bytes], str] = lambda name, text: write(root, name, text)  # noqa: E731
    deep = "[" * 100_000 + "]" * 100_000
    digits = "9" * 5000
    cases: list[Case] = []

    def add(name: str, *args: str, **kw: object) -> None:
        cases.append(Case(name, list(args), **kw))  # type: ignore[arg-type]

    # -- trigger budget, suppressions, headings
    pad = "skype " * 450
    add("400+ triggers in an HTML comment, then a Skype handle", "check",
        w("pad-comment.md", gig(body=f"<!-- {pad} -->\n\nAdd me on Skype: live:bob.smith_42\n")))
    add("400+ triggers in front matter, then a Skype handle", "check",
        w("pad-front.md", gig(front=f"notes: {pad}\n", body="Add me on Skype: live:bob.smith_42\n")))
    n = (1024 * 1024 - 200) // len("<!-- gigcheck-disable -->\n")
    add("1 MiB of <!-- gigcheck-disable -->", "check",
        w("disable.md", gig(body="<!-- gigcheck-disable -->\n" * n + f"Mail {EMAIL}.\n")))
    extras = "".join(f"### Extra {i}\nPrice: $5\nDelivery: +1 day\n\n" for i in range(10_000))
    heads = extras[: 341 * 1024]
    add(f"{len(heads) // 1024} KB of extra headings (GC511)", "check",
        w("headings.md", gig(body=BODY + "\n## Extras\n\n" + heads)))

    # -- output targets and walked files
    fifo_out = root / "out.fifo"
    os.mkfifo(fifo_out)
    # A FIFO is written as a shell's `>` writes it: opening waits for a reader, so the
    # case gives it one (the point is that the FIFO stays a FIFO and the report arrives).
    threading.Thread(target=_drain, args=(fifo_out,), daemon=True).start()
    add("-o to a FIFO a reader drains", "check", "-o", str(fifo_out), w("plain.md", gig()))
    outside = w("outside/secret.md", gig(body=f"Mail {EMAIL}.\n"))
    tree = root / "tree"
    w("tree/ok.md", gig())
    os.symlink(outside, tree / "link.md")
    add("a symlink out of the walked tree", "check", str(tree))
    fifo_tree = root / "fifo-tree"
    w("fifo-tree/ok.md", gig())
    os.mkfifo(fifo_tree / "x.md")
    add("a FIFO named x.md in a walked folder", "check", str(fifo_tree))
    redacted = gig(body=BODY + f"\n## Extras\n\n### Call {EMAIL}\nPrice: $5\nDelivery: +1 day\n\nA call.\n")
    add("--redact with an email in an extra's title", "check", "--redact", "--format", "json",
        w("redact.md", redacted))
    add("control characters in a title and row id, --format github", "check", "--format", "github",
        "--input-format", "jsonl",
        w("control.jsonl", json.dumps({"id": "a\x1b[31m\r\n::error::x", "title": "I will\x1b]0;x\x07 draw\x08\x08",
                                       "description": f"Mail {EMAIL}."}) + "\n"))
    add("U+202E reversed email", "check", w("rlo.md", gig(body="Write to \u202emoc.liamg@htims.bob\u202c today.\n")))

    # -- front matter
    for levels in (7, 8):
        bomb = alias_bomb(levels)
        add(f"YAML alias bomb ({len(bomb)} bytes, 9**{levels} values)", "check", w(f"bomb{levels}.md", bomb),
            slow=levels > 7)
    add("duplicate front-matter keys", "check",
        w("dup.md", "---\ntitle: I will design a logo & card\ntitle: I will design a logo\n---\n\n" + BODY))
    add("Delivery: +<5,000 digits> days", "check",
        w("delivery.md", gig(body=BODY + f"\n## Extras\n\n### Rush\nPrice: $5\nDelivery: +{digits} days\n\nSooner.\n")))
    add("a package price of 5,000 digits", "check",
        w("package.md", gig(front=f"packages:\n  basic:\n    price: {digits}\n    delivery: {digits} days\n")))

    # -- export rows (80 good rows around the bad one), one process and two
    bad_rows = {
        "a 4,300+ digit integer": ("jsonl", '{"id": "big", "title": "x", "views": ' + digits + "}"),
        "100k-deep nesting": ("jsonl", '{"id": "deep", "title": "x", "meta": ' + deep + "}"),
        "a 400-digit price": ("jsonl", '{"id": "p", "title": "x", "extras": [{"title": "Rush", "price": 1'
                              + "0" * 400 + ', "delivery": 1}]}'),
        "deeply nested JSON in a CSV cell": ("csv", f"deep,{TITLE},d,{csv_cell(deep)}\n"),
        "an unterminated CSV quote": ("csv", f'open,{TITLE},"never closed\n'),
    }
    for label, (fmt, bad) in bad_rows.items():
        text = rows_jsonl(bad) if fmt == "jsonl" else rows_csv(bad)
        path = w(f"rows-{len(cases)}.{fmt}", text)
        for jobs in ("1", "2"):
            add(f"export row: {label} (-j{jobs})", "check", "--input-format", fmt, "--jobs", jobs, path)

    # -- options and config
    many = [w(f"batch/g{i}.md", gig(body=f"Gig {i}. Mail {EMAIL}.\n")) for i in range(400)]
    add("-j2 killed by SIGTERM once its workers run", "check", "--jobs", "2", str(root / "batch"), slow=True,
        signal_after=10.0)
    add("--jobs 1000", "check", "--jobs", "1000", *many[:40])
    add("--max-file-size 99999999999999999999999", "check", "--max-file-size", "99999999999999999999999",
        many[0])
    add("select = [1, 2] in the config", "check", "--config", w("select.toml", "select = [1, 2]\n"), many[0])
    add("max-file-size = -5 in the config", "check", "--config", w("size.toml", "max-file-size = -5\n"), many[0])
    add("a 100k-deep baseline", "check", "--baseline",
        w("deep-baseline.json", '{"version": 1, "findings": ' + deep + "}"), many[0])
    add("--baseline /dev/zero", "check", "--baseline", "/dev/zero", many[0], slow=True)
    add("--policy /dev/zero", "check", "--policy", "/dev/zero", many[0], slow=True)
    add("COLUMNS=0", "check", many[0], env={"COLUMNS": "0"})
    return cases


# -- running -------------------------------------------------------------------------------


def _limit(memory_mib: int) -> Callable[[], None]:
    def apply() -> None:
        limit = memory_mib * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    return apply


def run(case: Case, root: Path, timeout: float, memory_mib: int) -> Outcome:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]), **case.env}
    out_path, err_path = root / "stdout.txt", root / "stderr.txt"
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "gigcheck", *case.args], stdin=subprocess.DEVNULL, stdout=out, stderr=err,
            cwd=root, env=env, start_new_session=True, preexec_fn=_limit(memory_mib),
        )
        code: int | str = "?"
        usage = None
        signalled = False
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            elapsed = time.perf_counter() - start
            if pid:
                code = os.waitstatus_to_exitcode(status)
                break
            workers = case.signal_after is not None and not signalled and _group_size(proc.pid) >= 3
            if case.signal_after is not None and not signalled and (workers or elapsed >= case.signal_after):
                os.kill(proc.pid, signal.SIGTERM)
                signalled = True
            if elapsed > timeout:
                os.killpg(proc.pid, signal.SIGKILL)
                _, status, usage = os.wait4(proc.pid, 0)
                code = "TIMEOUT"
                break
            time.sleep(0.01)
        seconds = time.perf_counter() - start
        proc.returncode = 0  # reaped above
    left = _leftovers(proc.pid)
    summary = _summary(out_path.read_text(errors="replace"), err_path.read_text(errors="replace"))
    summary = summary.replace(f"{root}{os.sep}", "")
    if left:
        summary = f"{left} process(es) left running; " + summary
    peak = usage.ru_maxrss / 1024 if usage is not None else 0.0
    return Outcome(seconds, peak, code, summary)


def _group_size(pgid: int) -> int:
    return sum(1 for p in Path("/proc").iterdir() if p.name.isdigit() and _pgid(p) == pgid)


def _leftovers(pgid: int) -> int:
    """Processes still in the case's session (workers orphaned by a signal): killed, counted."""
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return 0
    count = _group_size(pgid)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pgid, signal.SIGKILL)
    return count


def _pgid(proc: Path) -> int | None:
    try:
        return int((proc / "stat").read_text().rsplit(")", 1)[1].split()[2])
    except (OSError, IndexError, ValueError):
        return None


def _summary(out: str, err: str) -> str:
    """One line: a traceback's last line, else the first error line and the last line out."""
    err_lines = [line for line in err.splitlines() if line.strip()]
    out_lines = [line for line in out.splitlines() if line.strip()]
    parts = []
    if "Traceback" in err:
        parts.append("Traceback: " + err_lines[-1])
    elif err_lines:
        parts.append(err_lines[0] + (f" (+{len(err_lines) - 1} lines)" if len(err_lines) > 1 else ""))
    if out_lines:
        parts.append(out_lines[-1] if not out.lstrip().startswith("{") else f"{len(out):,} bytes of JSON")
    text = " | ".join(parts) or "(no output)"
    text = "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
    return text if len(text) <= 150 else text[:149] + "…"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="skip the slowest cases")
    ap.add_argument("--timeout", type=float, default=60.0, help="wall seconds per case (default 60)")
    ap.add_argument("--memory-limit", type=int, default=4096, help="address space per case, MiB (default 4096)")
    ap.add_argument("--only", default="", help="run the cases whose name contains this")
    ns = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="gigcheck-hostile-") as tmp:
        root = Path(tmp)
        cases = [c for c in build(root) if not (ns.quick and c.slow) and ns.only.lower() in c.name.lower()]
        print(f"{'case':<58} {'seconds':>8} {'peak MiB':>9} {'exit':>7}  summary")
        bad = 0
        for case in cases:
            o = run(case, root, ns.timeout, ns.memory_limit)
            bad += o.code == "TIMEOUT" or "Traceback" in o.summary
            print(f"{case.name[:58]:<58} {o.seconds:8.2f} {o.peak_mib:9.0f} {o.code!s:>7}  {o.summary}", flush=True)
        print(f"\n{len(cases)} cases, {bad} unbounded (timeout) or with a traceback.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
