"""`--format text`: the seller's report, grouped per file, with the span underlined."""
from __future__ import annotations

from typing import IO, Any

from gigcheck.records import FileResult, Finding, Severity
from gigcheck.report.base import Reporter, Summary, terminal_safe, worst_files_line
from gigcheck.report.width import console_width

STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


class TextReporter(Reporter):
    def __init__(self, out: IO[str], **kw: Any) -> None:
        super().__init__(out, **kw)
        from rich.console import Console

        self.console = Console(
            file=out,
            force_terminal=self.color,
            no_color=not self.color,
            color_system="auto" if self.color else None,
            highlight=False,
            markup=False,
            emoji=False,
            soft_wrap=True,
            width=10_000 if not self.color else console_width(),
        )

    def _print(self, *parts: Any) -> None:
        from rich.text import Text

        self.console.print(Text.assemble(*parts))

    def file(self, result: FileResult) -> None:
        if result.error is not None or not result.findings:
            return  # unreadable inputs go to stderr from the CLI, one line each
        row = result.row
        if row is None:
            self._print((terminal_safe(result.path), "bold underline"))
        else:  # a row of an export: where it is in the file
            where = f"line {row.line}" if row.format != "csv" else f"record {row.record}, line {row.line}"
            self._print((terminal_safe(result.path), "bold underline"), (f" ({where})", "dim"))
        quotes = [self._quote(result, f) for f in result.findings]
        if row is None:
            width = max(len(str(f.line)) for f in result.findings)
        else:
            width = max((len(q[0]) for q in quotes if q is not None), default=0)
        for f, quote in zip(result.findings, quotes, strict=True):
            self._finding(result, f, quote, width)
        self.console.print()

    def _quote(self, result: FileResult, f: Finding) -> tuple[str, str, int, int] | None:
        """(gutter, line, start and end column in it) of the text the finding is in: a
        line of the gig file, or of the row's field value."""
        if result.row is None:
            line = result.lines.get(f.line)
            if line is None:
                return None
            return str(f.line), line, f.column, f.end_column if f.end_line == f.line else len(line) + 1
        at = result.value_line(f)
        if at is None:
            return None
        n, start, end, line = at
        multiline = f.field is not None and any(c in result.values[f.field] for c in "\n\r")
        gutter = terminal_safe(f"{f.field} line {n}" if multiline else str(f.field))
        return gutter, line, start, end

    def _where(self, result: FileResult, f: Finding) -> str:
        """`a.md:3:7`; for a row `export.jsonl:12 [/extras/1/description] col 7`."""
        row = result.row
        if row is None or f.field is None:
            return f"{terminal_safe(result.path)}:{f.line}:{f.column}"
        where = f"{terminal_safe(row.file)}:{f.line} "
        if f.field == "":
            return where + "[row]"
        where += f"[{terminal_safe(f.field)}]"
        return where + f" col {f.column}" if f.field in result.values else where

    def _finding(self, result: FileResult, f: Finding, quote: tuple[str, str, int, int] | None, width: int) -> None:
        sev = str(f.severity)
        self._print(
            (self._where(result, f), "bold"),
            ": ",
            (sev, STYLE[f.severity]),
            " ",
            (f.rule, "bold"),
            (f" [{f.name}] ", "dim"),
            terminal_safe(f.message),
        )
        if quote is not None:
            gutter_text, line, column, end_column = quote
            safe = terminal_safe(line.expandtabs(1))
            start = len(terminal_safe(line[: column - 1].expandtabs(1)))
            stop = len(terminal_safe(line[: end_column - 1].expandtabs(1)))
            gutter = " " * width
            gutter_text = f"{gutter_text:<{width}}" if result.row is not None else f"{gutter_text:>{width}}"
            self._print((f"  {gutter_text} │ ", "dim"), safe)
            self._print((f"  {gutter} │ ", "dim"), " " * start, ("^" * max(1, stop - start), STYLE[f.severity]))
        if f.suggestion:
            self._print(("  suggestion: ", "green"), terminal_safe(f.suggestion))

    def end(self, summary: Summary) -> None:
        if self.statistics:
            self._statistics(summary)
        if self.quiet:
            return
        checked = _plural(summary.files - summary.unreadable, "file")
        if summary.files == summary.unreadable:
            pass  # nothing was checked: the unreadable line below says it all
        elif summary.errors + summary.warnings + summary.infos == 0:
            self._print(("✔ ", "green"), f"No problems found in {checked}.")
        else:
            parts = [
                _plural(summary.errors, "error"),
                _plural(summary.warnings, "warning"),
                _plural(summary.infos, "info"),
            ]
            self._print(
                ("✖ ", "bold red" if summary.errors else "yellow"),
                f"{', '.join(parts)} in {_plural(summary.flagged, 'file')} ({checked} checked).",
            )
        if summary.unreadable:
            self._print(("! ", "bold red"), f"{_plural(summary.unreadable, 'file')} could not be read (see above).")

    def _statistics(self, summary: Summary) -> None:
        from rich.table import Table

        if summary.by_rule:
            table = Table(title="Findings per rule", show_edge=False, header_style="bold")
            table.add_column("count", justify="right")
            table.add_column("files", justify="right")
            table.add_column("rule")
            table.add_column("name")
            for code, n in summary.ranked_rules():
                table.add_row(str(n), str(summary.rule_files[code]), code, summary.names[code])
            self.console.print(table)
        cats = ", ".join(f"{c}: {n}" for c, n in sorted(summary.by_category.items(), key=lambda kv: (-kv[1], kv[0])))
        self._print(("By category: ", "bold"), cats or "-")
        self._print(
            ("Files: ", "bold"),
            f"{summary.clean} clean, {summary.flagged} flagged, {summary.unreadable} unreadable",
        )
        if summary.worst_files:
            self._print(("Worst files: ", "bold"), worst_files_line(summary))
        self.console.print()
