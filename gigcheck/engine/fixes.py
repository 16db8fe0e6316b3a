"""Fixes applied: which of the findings' fixes go together, and the one function that
applies their edits to a text, for `--fix`, `--diff` and the server's "fix all" alike.

Edits are placed by line and column (as findings are), so they apply to the file as it
is on disk, whatever its newlines: lines end at LF, CRLF or CR, as in the parser and
in the Language Server Protocol, and inserted newlines take the file's own style.
Fixes whose edits overlap are resolved deterministically: in the order of their first
edit (then rule code), a fix that overlaps one taken before waits for the next pass,
when the text has been checked again (ruff's fix loop).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from gigcheck.engine.linter import Linter
from gigcheck.engine.tasks import check_text
from gigcheck.records import SAFE, Finding, PlacedFix, TextEdit
from gigcheck.regex_cache import cached_regex

MAX_PASSES = 10  # fixes that reveal others converge in two or three passes (ruff stops at 100)
_BREAK = cached_regex(r"\r\n|\r|\n")

Span = tuple[int, int]


def wanted(f: Finding, unsafe: bool) -> bool:
    """Whether `--fix` (with `--unsafe-fixes` if `unsafe`) applies the finding's fix."""
    return f.fix is not None and bool(f.fix.edits) and (unsafe or f.fix.applicability == SAFE)


def resolve(findings: Iterable[Finding], unsafe: bool = False) -> list[Finding]:
    """The findings whose fixes apply together: wanted ones, by their first edit's place
    (then rule), skipping any fix that overlaps (or inserts at the same place as) one
    already taken."""
    chosen: list[Finding] = []
    taken: list[tuple[tuple[int, int], tuple[int, int]]] = []
    candidates = [f for f in findings if wanted(f, unsafe)]
    candidates.sort(key=lambda f: (*_first(f.fix), f.rule, f.line, f.column))  # type: ignore[arg-type]
    for f in candidates:
        assert f.fix is not None
        spans = [((e.line, e.column), (e.end_line, e.end_column)) for e in f.fix.edits]
        if any(_clash(a, b) for a in spans for b in taken):
            continue
        chosen.append(f)
        taken.extend(spans)
    return chosen


def _first(fix: PlacedFix) -> tuple[int, int, int, int]:
    e = min(fix.edits, key=lambda e: (e.line, e.column))
    return e.line, e.column, e.end_line, e.end_column


def _clash(a: tuple[tuple[int, int], tuple[int, int]], b: tuple[tuple[int, int], tuple[int, int]]) -> bool:
    if a[0] == a[1] and b[0] == b[1]:
        return a[0] == b[0]  # two insertions at one place: which first is not ours to guess
    return not (a[1] <= b[0] or b[1] <= a[0])


def newline_of(text: str) -> str:
    """The text's newline: that of its first line break (LF when it has none)."""
    m = _BREAK.search(text)
    return m.group() if m else "\n"


def apply_edits(text: str, edits: Iterable[TextEdit]) -> str:
    """`text` with non-overlapping `edits` applied (ValueError if two overlap or one lies
    outside the text). Columns past a line's end stop at it."""
    starts = [0] + [m.end() for m in _BREAK.finditer(text)]
    ends = [m.start() for m in _BREAK.finditer(text)] + [len(text)]
    newline = newline_of(text)

    def offset(line: int, column: int) -> int:
        if not 1 <= line <= len(starts):
            raise ValueError(f"edit at line {line}, past the text's {len(starts)} lines")
        return min(starts[line - 1] + max(column, 1) - 1, ends[line - 1])

    placed = sorted(
        ((offset(e.line, e.column), offset(e.end_line, e.end_column), e.content) for e in edits),
        key=lambda t: (t[0], t[1]),
    )
    out: list[str] = []
    pos = 0
    for start, end, content in placed:
        if start < pos or end < start:
            raise ValueError(f"overlapping edits at offset {start}")
        out.append(text[pos:start])
        out.append(content.replace("\n", newline) if newline != "\n" else content)
        pos = end
    out.append(text[pos:])
    return "".join(out)


def apply_fixes(text: str, findings: Iterable[Finding]) -> str:
    """`text` with the fixes of `findings` (resolved: none overlap) applied."""
    return apply_edits(text, [e for f in findings if f.fix is not None for e in f.fix.edits])


@dataclass(frozen=True, slots=True)
class Fixed:
    """A text after `--fix`: the new text, and how many problems its fixes fixed."""

    text: str
    fixed: int


def fix_text(
    linter: Linter,
    text: str,
    path: str,
    unsafe: bool = False,
    skip: frozenset[str] = frozenset(),
    known: frozenset[str] | None = None,
) -> Fixed:
    """Check `text`, apply the fixes that go together, and again on the result until
    nothing fixable is left (at most MAX_PASSES passes). What is not reported is not
    fixed either: `skip` holds the codes of rules ignored for `path` (per-file ignores),
    `known` the fingerprints of a baseline's findings."""
    from gigcheck.engine.baseline import filter_result

    fixed = 0
    for _ in range(MAX_PASSES):
        result, _keys = check_text(linter, text, path)  # within the time budget, as any check
        if result.error is not None:
            break  # the check that follows reports it
        if known is not None:
            result = filter_result(result, known)
        chosen = resolve((f for f in result.findings if f.rule not in skip), unsafe)
        if not chosen:
            break
        new = apply_fixes(text, chosen)
        if new == text:
            break
        text, fixed = new, fixed + len(chosen)
    return Fixed(text, fixed)
