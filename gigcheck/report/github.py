"""`--format github`: GitHub Actions workflow commands, shown as annotations on the diff.

    ::error file=gigs/a.md,line=11,col=26,endLine=11,endColumn=47,title=GC201 contact-email::message

A row of an export is annotated on the export's line, its field in the title:
`file=export.jsonl,line=3,endLine=3,title=GC201 contact-email [/extras/1/description]`.

Escaping follows the runner's rules: in messages `%`, CR and LF; in properties also `:`
and `,` (a raw `,` in a file name would start a new property). Without it a gig could
end the annotation early or inject a workflow command of its own on the next line.
Before that, every property and message line goes through `terminal_safe`: the log is
shown in a terminal-like viewer, where ESC, BEL or an OSC 8 link from a gig would act.
"""
from __future__ import annotations

from gigcheck.engine.fingerprint import stable_path
from gigcheck.records import FileResult, Finding, Severity
from gigcheck.report.base import Reporter, Summary, plain_statistics, terminal_safe

COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(kind: str, properties: dict[str, object], *message: str) -> str:
    """One workflow command; each of `message` is a line of the annotation."""
    props = ",".join(f"{k}={escape_property(terminal_safe(str(v)))}" for k, v in properties.items())
    text = "\n".join(terminal_safe(m) for m in message)
    return f"::{kind} {props}::{escape_data(text)}"


def annotation(path: str, f: Finding) -> str:
    props: dict[str, object] = {"file": path, "line": f.line}
    if f.field is None:
        props.update(col=f.column, endLine=f.end_line, endColumn=f.end_column, title=f"{f.rule} {f.name}")
    else:  # a row of an export: its line, the field in the title (columns count in the field)
        props.update(endLine=f.end_line, title=f"{f.rule} {f.name} [{f.field or 'row'}]")
    message = (f.message,) if not f.suggestion else (f.message, f.suggestion)
    return command(COMMAND[f.severity], props, *message)


class GithubReporter(Reporter):
    def file(self, result: FileResult) -> None:
        # GitHub matches `file` against repository paths: `./gigs/a.md` or an absolute
        # path inside the checkout would annotate nothing.
        path = stable_path(result.path if result.row is None else result.row.file)
        if result.error is not None:
            if result.row is not None:
                props: dict[str, object] = {"file": path, "line": result.row.line, "title": "gigcheck"}
                self.out.write(command("error", props, f"cannot read row {result.row.id}: {result.error}") + "\n")
                return
            self.out.write(command("error", {"file": path, "title": "gigcheck"}, f"cannot read: {result.error}") + "\n")
            return
        for f in result.findings:
            self.out.write(annotation(path, f) + "\n")

    def end(self, summary: Summary) -> None:
        # Plain lines are fine in a workflow log, so statistics stay on stdout here.
        if self.statistics:
            self.out.write(plain_statistics(summary))
