"""`--format jsonl`: one JSON object per line, for pipelines (`jq`, `grep`, log shippers).

A finding is the JSON format's finding object with `path` added; an unreadable input is
`{"path": ..., "error": ...}`. Clean files print nothing. Each line is complete on its
own, so a consumer can process a batch while it is still running.
"""
from __future__ import annotations

import sys

from gigcheck.records import FileResult
from gigcheck.report.base import Reporter, Summary, json_text, plain_statistics


class JsonlReporter(Reporter):
    def file(self, result: FileResult) -> None:
        if result.error is not None:
            self.out.write(json_text({"path": result.path, "error": result.error}) + "\n")
            return
        for f in result.findings:
            self.out.write(json_text({"path": result.path, **f.to_dict()}) + "\n")

    def end(self, summary: Summary) -> None:
        if self.statistics:
            sys.stderr.write(plain_statistics(summary))
