"""`--format json`: one document, version 1, streamed file by file (schema in the README)."""
from __future__ import annotations

from gigcheck.records import FileResult
from gigcheck.report.base import Reporter, Summary, json_text

SCHEMA_VERSION = 1


class JsonReporter(Reporter):
    def start(self) -> None:
        self.out.write(f'{{"version": {SCHEMA_VERSION}, "files": [')
        self.first = True

    def file(self, result: FileResult) -> None:
        entry = {
            "path": result.path,
            "error": result.error,
            "findings": [f.to_dict() for f in result.findings],
        }
        self.out.write(("\n" if self.first else ",\n") + json_text(entry))
        self.first = False

    def end(self, summary: Summary) -> None:
        self.out.write('\n], "summary": ' + json_text(summary.to_dict()))
        if self.statistics:
            self.out.write(', "statistics": ' + json_text(summary.statistics()))
        self.out.write("}\n")
