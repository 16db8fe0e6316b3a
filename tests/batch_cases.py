"""Cases of the cross-gig rules: `rules/cases/<CODE>-<name>/<case>/`, one folder per case.

A case folder holds several gigs (`*.md`, checked together, in name order) and
`expected.txt`: the rule's findings, one per line, `file.md line:col` or
`file.md line:col-end_line:end_col` (in file, then position, order). An empty
`expected.txt` is a clean case.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

CASES = Path(__file__).parent / "rules" / "cases"


@dataclass(frozen=True)
class BatchCase:
    name: str
    folder: Path
    expected: str  # the text of expected.txt

    @property
    def gigs(self) -> list[Path]:
        return sorted(self.folder.glob("*.md"))

    @property
    def wanted(self) -> list[tuple[str, str]]:
        return [tuple(line.split()) for line in self.expected.splitlines() if line.strip()]


def batch_cases(rule: type) -> list[BatchCase]:
    out = []
    for root in sorted(CASES.glob(f"{rule.code}-*")):
        if root.is_dir():
            for folder in sorted(p for p in root.iterdir() if p.is_dir()):
                expected = (folder / "expected.txt").read_text(encoding="utf-8")
                out.append(BatchCase(f"{root.name}/{folder.name}", folder, expected))
    return out
