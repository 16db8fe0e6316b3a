"""`--format text`: the seller's report, grouped per file, with the span underlined.

One layout, as ESLint's stylish and ruff's: the file once, then each finding as
`line:col  severity  CODE [name] message`, its source line (a window around the span
when the line is wider than the terminal) and the suggestion. `--format concise` is the
one-line `path:line:col:` form for grep and editors (report/concise.py).
"""
from __future__ import annotations

from typing import IO, Any

from gigcheck.records import FileResult, Finding
from gigcheck.report.base import (
    FIXABLE_MARK,
    SEVERITY_STYLE,
    Reporter,
    Summary,
    fixable,
    fixable_line,
    terminal_safe,
    unreadable_line,
    verdict,
    worst_files_line,
)
from gigcheck.report.width import clip, console_width, report_width

INDENT = "  "  # before a finding's location
QUOTE_INDENT = "    "  # before the source line's gutter, under the finding's message
MIN_WINDOW = 20  # the fewest cells a source line is shown in, however narrow the terminal
# Characters of a source line considered on each side of a span: a window never needs
# more, and a 1 MiB line costs no more than a short one.
REACH = 4


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
        self.width = report_width(out)

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
            origin = f"line {row.line}" if row.format != "csv" else f"record {row.record}, line {row.line}"
            self._print((terminal_safe(result.path), "bold underline"), (f" ({origin})", "dim"))
        quotes = [self._quote(result, f) for f in result.findings]
        gutter = max((len(q[0]) for q in quotes if q is not None), default=0)
        where = [self._where(result, f) for f in result.findings]
        pad = max(map(len, where)), max(len(str(f.severity)) for f in result.findings)
        for f, at, quote in zip(result.findings, where, quotes, strict=True):
            self._finding(result, f, at, pad, quote, gutter)
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

    @staticmethod
    def _where(result: FileResult, f: Finding) -> str:
        """`3:7` in a gig file; in a row of an export `12 [/extras/1/description] col 7`
        (the export's line, the field, the column in the field's value)."""
        if result.row is None or f.field is None:
            return f"{f.line}:{f.column}"
        if f.field == "":
            return f"{f.line} [row]"
        where = f"{f.line} [{terminal_safe(f.field)}]"
        return where + f" col {f.column}" if f.field in result.values else where

    def _finding(
        self,
        result: FileResult,
        f: Finding,
        where: str,
        pad: tuple[int, int],
        quote: tuple[str, str, int, int] | None,
        gutter: int,
    ) -> None:
        self._print(
            INDENT,
            (f"{where:<{pad[0]}}", "bold"),
            "  ",
            (f"{f.severity!s:<{pad[1]}}", SEVERITY_STYLE[f.severity]),
            "  ",
            (f.rule, "bold"),
            *(((f" {FIXABLE_MARK}", "bold green"),) if fixable(f) else ()),
            (f" [{f.name}] ", "dim"),
            terminal_safe(f.message),
        )
        if quote is not None:
            label, line, column, end_column = quote
            label = f"{label:<{gutter}}" if result.row is not None else f"{label:>{gutter}}"
            prefix = f"{QUOTE_INDENT}{label} │ "
            shown, offset, length = self._window(line, column, end_column, len(prefix))
            self._print((prefix, "dim"), shown)
            carets = ("^" * length, SEVERITY_STYLE[f.severity])
            self._print((f"{QUOTE_INDENT}{' ' * gutter} │ ", "dim"), " " * offset, carets)
        if f.suggestion:
            self._print((f"{QUOTE_INDENT}suggestion: ", "green"), terminal_safe(f.suggestion))

    def _window(self, line: str, column: int, end_column: int, used: int) -> tuple[str, int, int]:
        """The source line as printed (controls escaped, tabs as one space), clipped to
        the width left after `used` cells, with the caret's offset and length."""
        room = max(MIN_WINDOW, self.width - used)
        start = max(0, column - 1)
        lo, hi = max(0, start - REACH * room), min(len(line), max(end_column - 1, start) + REACH * room)
        pieces = [terminal_safe(" " if c == "\t" else c) for c in line[lo:hi]]
        return clip(pieces, start - lo, end_column - 1 - lo, room, lo > 0, hi < len(line))

    def end(self, summary: Summary) -> None:
        if self.statistics:
            self._statistics(summary)
        if self.quiet:
            return
        fixes = fixable_line(summary)  # before the verdict, so that it stays the last line
        if fixes is not None:
            self._print(fixes)
        said = verdict(summary, self.fail_on)
        if said is not None:
            self._print((f"{said.mark} ", said.style), said.text)
        unreadable = unreadable_line(summary)
        if unreadable is not None:
            self._print(("! ", "bold red"), unreadable)

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
