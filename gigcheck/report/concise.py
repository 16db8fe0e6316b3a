"""`--format concise`: one line per finding, for grep and editors' quickfix lists.

    gigs/a.md:12:37: error GC201 [contact-email] This is an email address; ...

`path:line:col: severity CODE [name] message`, as compilers, ruff's concise and
flake8 print (Vim's and Emacs' default error formats read it). A row of an export is at
the export's line, without a column (columns count in a field's value, not in the
file): `export.jsonl:12: error GC201 [contact-email] ... (row a1, /extras/1/description
col 7)`. No source view; colour only when asked (`--color always`); the summary line
of the text report at the end unless `-q`.
"""
from __future__ import annotations

from gigcheck.records import FileResult, Finding
from gigcheck.report.base import (
    SEVERITY_STYLE,
    Reporter,
    Summary,
    plain_statistics,
    terminal_safe,
    unreadable_line,
    verdict,
)

_ANSI = {"bold red": "1;31", "yellow": "33", "cyan": "36", "green": "32", "bold": "1", "dim": "2"}


def concise_line(result: FileResult, f: Finding) -> tuple[str, str, str]:
    """(location, `CODE [name]`, message) of a finding, terminal-safe."""
    row = result.row
    message = terminal_safe(f.message)
    if row is None:
        return f"{terminal_safe(result.path)}:{f.line}:{f.column}", f"{f.rule} [{f.name}]", message
    where = f"row {terminal_safe(row.id)}"
    if f.field:  # None or "": the row as a whole
        where += f", {terminal_safe(f.field)}" + (f" col {f.column}" if f.field in result.values else "")
    return f"{terminal_safe(row.file)}:{f.line}", f"{f.rule} [{f.name}]", f"{message} ({where})"


class ConciseReporter(Reporter):
    def _paint(self, text: str, style: str) -> str:
        return f"\x1b[{_ANSI[style]}m{text}\x1b[0m" if self.color else text

    def file(self, result: FileResult) -> None:
        if result.error is not None:
            return  # unreadable inputs go to stderr from the CLI, one line each
        for f in result.findings:
            where, code, message = concise_line(result, f)
            sev = self._paint(str(f.severity), SEVERITY_STYLE[f.severity])
            self.out.write(f"{self._paint(where, 'bold')}: {sev} {code} {message}\n")

    def end(self, summary: Summary) -> None:
        if self.statistics:
            self.out.write(plain_statistics(summary))
        if self.quiet:
            return
        said = verdict(summary, self.fail_on)
        if said is not None:
            self.out.write(f"{self._paint(said.mark, said.style)} {said.text}\n")
        unreadable = unreadable_line(summary)
        if unreadable is not None:
            self.out.write(f"{self._paint('!', 'bold red')} {unreadable}\n")
