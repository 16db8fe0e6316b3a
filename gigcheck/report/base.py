"""What every reporter shares: the lifecycle, the running summary, safe text."""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any, ClassVar

from gigcheck.records import SAFE, FileResult, Finding, Severity
from gigcheck.regex_cache import cached_regex
from gigcheck.text.english import plural

if TYPE_CHECKING:
    from gigcheck.policy.config import Config


@dataclass
class Summary:
    """Counts built as results stream in, so nothing needs all findings at once."""

    files: int = 0
    errors: int = 0
    warnings: int = 0
    infos: int = 0
    unreadable: int = 0
    flagged: int = 0
    by_rule: Counter[str] = field(default_factory=Counter)
    rule_files: Counter[str] = field(default_factory=Counter)  # how many files each rule flags
    names: dict[str, str] = field(default_factory=dict)
    by_category: Counter[str] = field(default_factory=Counter)
    worst_files: list[tuple[int, int, int, str]] = field(default_factory=list)  # (errors, warnings, infos, path)
    fixable: int = 0  # findings `--fix` would fix
    unsafe_fixable: int = 0  # findings only `--unsafe-fixes` would fix

    def add(self, result: FileResult) -> None:
        self.files += 1
        if result.error is not None:
            self.unreadable += 1
            return
        counts = Counter(f.severity for f in result.findings)
        self.errors += counts[Severity.ERROR]
        self.warnings += counts[Severity.WARNING]
        self.infos += counts[Severity.INFO]
        if result.findings:
            self.flagged += 1
            self.worst_files.append(
                (counts[Severity.ERROR], counts[Severity.WARNING], counts[Severity.INFO], result.path)
            )
            self.worst_files.sort(key=lambda t: (-t[0], -t[1], -t[2], t[3]))
            del self.worst_files[10:]
        for f in result.findings:
            if fixable(f):
                self.fixable += 1
            elif f.fix is not None:
                self.unsafe_fixable += 1
            self.by_rule[f.rule] += 1
            self.names[f.rule] = f.name
            self.by_category[f.category] += 1
        self.rule_files.update({f.rule for f in result.findings})

    @property
    def clean(self) -> int:
        return self.files - self.flagged - self.unreadable

    def failing(self, fail_on: Severity) -> int:
        """How many findings are at or above `fail_on` (what makes the exit code 1)."""
        counts = {Severity.ERROR: self.errors, Severity.WARNING: self.warnings, Severity.INFO: self.infos}
        return sum(n for sev, n in counts.items() if sev >= fail_on)

    def to_dict(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "errors": self.errors,
            "warnings": self.warnings,
            "infos": self.infos,
            "unreadable": self.unreadable,
            "flagged_files": self.flagged,
            "clean_files": self.clean,
            "fixable": self.fixable,
            "unsafe_fixable": self.unsafe_fixable,
            "rules": {code: self.by_rule[code] for code in sorted(self.by_rule)},
            "rule_files": {code: self.rule_files[code] for code in sorted(self.rule_files)},
            "categories": {c: self.by_category[c] for c in sorted(self.by_category)},
            "worst_files": [
                {"path": p, "errors": e, "warnings": w, "infos": i} for e, w, i, p in self.worst_files
            ],
        }


    def ranked_rules(self) -> list[tuple[str, int]]:
        """(code, findings) of every rule that found something, most findings first."""
        return sorted(self.by_rule.items(), key=lambda kv: (-kv[1], kv[0]))

    def statistics(self) -> dict[str, Any]:
        """`--statistics` as data (JSON's `statistics`, the HTML report's table)."""
        return {
            "rules": [
                {"rule": code, "name": self.names[code], "findings": n, "files": self.rule_files[code]}
                for code, n in self.ranked_rules()
            ],
            "categories": dict(sorted(self.by_category.items(), key=lambda kv: (-kv[1], kv[0]))),
            "files": {"clean": self.clean, "flagged": self.flagged, "unreadable": self.unreadable},
            "worst_files": [
                {"path": p, "errors": e, "warnings": w, "infos": i} for e, w, i, p in self.worst_files
            ],
        }


@dataclass(frozen=True)
class Inputs:
    """What a run was given to check, for a report that says so (the HTML header): the
    arguments as typed (masked with `--redact`) and how many input files they named."""

    arguments: tuple[str, ...]
    files: int


class Reporter:
    """start → file (per input, in order) → end. Subclasses override what they need."""

    # True when `file()` needs each gig's whole text (FileResult.source); the CLI then asks
    # the runner to keep it, which other formats don't pay for.
    needs_source: ClassVar[bool] = False
    # True when the report says which inputs it covers (`inputs`); masking them for
    # `--redact` costs a check of each argument, which other formats don't pay for.
    shows_inputs: ClassVar[bool] = False
    # True when the report is bytes (Parquet): `out` is then a binary stream.
    binary: ClassVar[bool] = False

    def __init__(
        self,
        out: IO[str],
        *,
        color: bool = False,
        statistics: bool = False,
        quiet: bool = False,
        config: Config | None = None,
        inputs: Inputs | None = None,
    ) -> None:
        self.out = out
        self.color = color
        self.statistics = statistics
        self.quiet = quiet
        self.config = config  # the effective config: SARIF describes the rules that ran
        self.inputs = inputs

    @property
    def fail_on(self) -> Severity:
        """The lowest severity that fails the run (a library caller may give no config)."""
        return self.config.fail_on if self.config is not None else Severity.ERROR

    def start(self) -> None:
        pass

    def file(self, result: FileResult) -> None:
        pass

    def end(self, summary: Summary) -> None:
        pass


def plain_statistics(summary: Summary) -> str:
    """`--statistics` as plain lines, for formats that cannot hold a rich table (machine
    formats print it on stderr so their output stays parseable)."""
    lines = ["Findings per rule:"]
    lines += [
        f"{n:>6}  {code}  {summary.names[code]} (in {_files(summary.rule_files[code])})"
        for code, n in summary.ranked_rules()
    ]
    cats = ", ".join(f"{c}: {n}" for c, n in sorted(summary.by_category.items(), key=lambda kv: (-kv[1], kv[0])))
    lines.append(f"By category: {cats or '-'}")
    lines.append(f"Files: {summary.clean} clean, {summary.flagged} flagged, {summary.unreadable} unreadable")
    if summary.worst_files:
        lines.append(f"Worst files: {worst_files_line(summary)}")
    return "\n".join(lines) + "\n"


def _files(n: int) -> str:
    return plural(n, "file")


def severity_counts(errors: int, warnings: int, infos: int) -> str:
    """ "1 error, 2 warnings, 0 infos": every report and summary says counts alike."""
    return f"{plural(errors, 'error')}, {plural(warnings, 'warning')}, {plural(infos, 'info')}"


def worst_files_line(summary: Summary, limit: int = 5) -> str:
    """The files with the most errors, then warnings: where an editor starts."""
    worst = summary.worst_files[:limit]
    return terminal_safe("; ".join(f"{p} ({severity_counts(e, w, i)})" for e, w, i, p in worst))


# How the text formats colour a severity (rich style names).
SEVERITY_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


@dataclass(frozen=True)
class Verdict:
    """The last line of a text report: a mark, its style (a rich style name) and the words."""

    mark: str
    style: str
    text: str


def verdict(summary: Summary, fail_on: Severity = Severity.ERROR) -> Verdict | None:
    """What the run comes to, as the text formats end: `✔` nothing found, `✖` only when a
    finding is at or above `fail_on` (the run fails), else `⚠` "Passed" with the
    counts. None when no input could be read (the unreadable line says it all)."""
    checked = _files(summary.files - summary.unreadable)
    if summary.files == summary.unreadable:
        return None
    if summary.errors + summary.warnings + summary.infos == 0:
        return Verdict("✔", "green", f"No problems found in {checked}.")
    counts = severity_counts(summary.errors, summary.warnings, summary.infos)
    where = f"in {_files(summary.flagged)} ({checked} checked)"
    worst = Severity.ERROR if summary.errors else Severity.WARNING if summary.warnings else Severity.INFO
    if summary.failing(fail_on):
        return Verdict("✖", SEVERITY_STYLE[worst], f"{counts} {where}.")
    return Verdict("⚠", SEVERITY_STYLE[worst], f"Passed (--fail-on {fail_on}): {counts} {where}.")


FIXABLE_MARK = "[*]"  # beside a finding `--fix` fixes, as ruff marks them


def fixable(f: Finding) -> bool:
    """Whether `--fix` fixes `f` (a safe fix; unsafe ones need `--unsafe-fixes`)."""
    return f.fix is not None and f.fix.applicability == SAFE


def fixable_line(summary: Summary) -> str | None:
    """What `--fix` would do for the findings shown, as ruff ends its report; None when
    no finding has a fix."""
    if not summary.fixable and not summary.unsafe_fixable:
        return None
    if not summary.fixable:
        return f"No safe fixes ({plural(summary.unsafe_fixable, 'fix')} with `--unsafe-fixes`)."
    hidden = f"{plural(summary.unsafe_fixable, 'more fix')} with `--unsafe-fixes`" if summary.unsafe_fixable else ""
    said = f"{FIXABLE_MARK} {summary.fixable} fixable with `gigcheck check --fix`"
    return f"{said} ({hidden})." if hidden else f"{said}."


def unreadable_line(summary: Summary) -> str | None:
    n = summary.unreadable
    return f"{plural(n, 'file')} could not be read (see above)." if n else None


# What a printed gig text, path, row id or field name must not carry raw: C0 controls but
# tab, DEL, C1 controls, line and paragraph separators, bidi embeddings, overrides and
# isolates. Through them a gig (or a file's name) could repaint a terminal (CSI), plant a
# hidden link or write the clipboard (OSC 8, OSC 52), ring the bell, fake a line of a log
# (a newline that starts another error line or workflow command) or reorder what an editor
# reads. Escaping the control that starts a sequence (ESC, or its C1 form) leaves the rest
# of the sequence plain text.
_RAW_IN_JSON = r"\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069"  # json.dumps escapes C0 itself
_UNSAFE = cached_regex(rf"[\x00-\x08\x0a-\x1f{_RAW_IN_JSON}]")
_UNSAFE_IN_JSON = cached_regex(f"[{_RAW_IN_JSON}]")


def _escaped(m: re.Match[str]) -> str:
    code = ord(m.group())
    return f"\\u{code:04x}" if code > 0xFF else f"\\x{code:02x}"


def terminal_safe(text: str) -> str:
    """`text` fit for one line of a terminal or a log: every character above shown as
    its escape (`\\x1b`, `\\x0a`, `\\u202e`), so nothing is interpreted and nothing is
    hidden. Every reporter and error line prints paths, ids and gig text through it."""
    return _UNSAFE.sub(_escaped, text)


def json_text(value: Any) -> str:
    """`value` as JSON that keeps the exact text (decoding gives it back) yet shows no raw
    control or bidi character to a terminal or an editor: json.dumps escapes the C0
    controls, this the rest, as `\\uXXXX`."""
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(value, ensure_ascii=False))
