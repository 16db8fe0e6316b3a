"""The editor's batch the HTML report tests share (tests/reporters/triage): four drafts
with titles and sellers, two of them sharing an email (GC901) and a description (GC902),
one with extras, one titled by its `# ...` heading, a clean one without a seller, and a
fifth copied at test time under a very long path. Written with a fixed date."""
from __future__ import annotations

import shutil
from pathlib import Path

from conftest import run_cli

TRIAGE = Path(__file__).resolve().parent / "reporters" / "triage"
EPOCH = "1700000000"  # SOURCE_DATE_EPOCH of the shared report
STAMP = "2023-11-14T22:13:20Z"
LONG = "drafts/" + "/".join(["a-folder-with-a-rather-long-name-for-nesting"] * 5) + "/a-gig-with-a-long-file-name.md"
ANNA, BEN, CARA, DAN = (f"drafts/{n}" for n in ("anna/voice.md", "ben/voice.md", "cara/logo.md", "dan/clean.md"))


def triage_report(root: Path, *args: str, name: str = "report.html") -> Path:
    """The batch copied into `root`, checked from there (`check --format html -o NAME
    [ARGS] drafts`); the report's path."""
    if not (root / "drafts").exists():
        shutil.copytree(TRIAGE / "drafts", root / "drafts")
        long = root / LONG
        long.parent.mkdir(parents=True)
        long.write_text("---\ntitle: I will tune your guitar tracks\n---\nPitch and timing fixed by hand.\n")
    proc = run_cli(["check", "--format", "html", "-o", name, *args, "drafts"], cwd=root,
                   env={"SOURCE_DATE_EPOCH": EPOCH})
    assert proc.returncode == 1, proc.stderr
    return root / name
