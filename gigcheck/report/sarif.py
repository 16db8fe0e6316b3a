"""`--format sarif`: SARIF 2.1.0 for GitHub code scanning and other CI viewers.

One run; the driver lists the rules that ran (code, name, docs with examples, configured
level). Results point at the file relative to `%SRCROOT%` (the working directory) with
1-based line/column regions; `columnKind` says columns count code points, as ours do
(SARIF's default is UTF-16 units). A row of an export points at the export and the row's
line, without columns; its field is a logical location and `properties.field`. Unreadable inputs become tool execution
notifications and make `executionSuccessful` false. Streamed: the driver is written at
`start`, results as files arrive, the invocation at `end`.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any
from urllib.parse import quote

from gigcheck.engine.fingerprint import fingerprints, stable_path
from gigcheck.records import FileResult, Finding, PlacedFix, Severity
from gigcheck.report.base import Reporter, Summary, json_text, plain_statistics
from gigcheck.rules.base import Rule
from gigcheck.version import __version__

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
SRCROOT = "%SRCROOT%"
FINGERPRINT_KEY = "gigcheck/v1"


def _information_uri() -> str | None:
    """The project's home page from the installed metadata, when it declares one (never made up)."""
    try:
        from importlib.metadata import metadata

        meta = metadata("gigcheck")
    except Exception:  # not installed (running from a source tree)
        return None
    for entry in meta.get_all("Project-URL") or []:
        _, _, url = str(entry).partition(", ")
        if url.startswith("https://"):
            return url
    home = str(meta["Home-page"] or "") if "Home-page" in meta else ""
    return home if home.startswith("https://") else None


def artifact_location(path: str) -> dict[str, str]:
    """A relative URI under %SRCROOT% when the file is inside the working directory."""
    rel = stable_path(path)
    if os.path.isabs(rel):
        return {"uri": Path(rel).as_uri()}
    return {"uri": quote(rel), "uriBaseId": SRCROOT}


def rule_descriptor(rule: type[Rule], severity: Severity) -> dict[str, Any]:
    from gigcheck.rules.docs import examples_markdown, examples_text, explanation

    doc = explanation(rule)
    out: dict[str, Any] = {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": doc},
        "help": {
            "text": f"{doc}\n\n{examples_text(rule)}",
            "markdown": f"{doc}\n\n{examples_markdown(rule)}",
        },
        "defaultConfiguration": {"level": LEVEL[severity]},
        "properties": {"category": rule.category, "tags": [rule.category]},
    }
    url = rule.docs_url()
    if url.startswith("https://"):  # SARIF wants an absolute URI (uploads are validated)
        out["helpUri"] = url
    return out


def _driver_rules(config: Any) -> list[tuple[type[Rule], Severity]]:
    if config is not None:
        return [(rc.rule, rc.severity) for rc in config.rules]
    from gigcheck.rules.registry import ALL_RULES

    return [(r, r.severity) for r in ALL_RULES]


def sarif_fix(fix: PlacedFix, location: dict[str, str]) -> dict[str, Any]:
    """A finding's fix as SARIF's `fix`: its edits as replacements of regions of the
    file (the same line and column convention as the result's region); whether `--fix`
    applies it unasked is `properties.applicability`."""
    replacements = [
        {
            "deletedRegion": {"startLine": e.line, "startColumn": e.column,
                              "endLine": e.end_line, "endColumn": e.end_column},
            "insertedContent": {"text": e.content},
        }
        for e in fix.edits
    ]
    return {
        "description": {"text": fix.message},
        "artifactChanges": [{"artifactLocation": location, "replacements": replacements}],
        "properties": {"applicability": fix.applicability},
    }


def _kind(field: str, result: FileResult) -> str:
    """SARIF's kind for a place in a JSON document: the text value a finding is in, an
    extra (`/extras/1`) or a list (`/tags`: several of its tags)."""
    if field in result.values:
        return "value"
    return "object" if field.rsplit("/", 1)[-1].isdigit() else "array"


class SarifReporter(Reporter):
    def start(self) -> None:
        rules = _driver_rules(self.config)
        self.index = {rule.code: i for i, (rule, _) in enumerate(rules)}
        driver: dict[str, Any] = {
            "name": "gigcheck",
            "version": __version__,
            "semanticVersion": __version__,
            "rules": [rule_descriptor(r, sev) for r, sev in rules],
        }
        uri = _information_uri()
        if uri:
            driver["informationUri"] = uri
        head = {
            "$schema": SCHEMA_URI,
            "version": "2.1.0",
        }
        run_head = {
            "tool": {"driver": driver},
            "columnKind": "unicodeCodePoints",
            "originalUriBaseIds": {SRCROOT: {"uri": Path.cwd().as_uri().rstrip("/") + "/"}},
        }
        self.out.write(json_text(head)[:-1] + ', "runs": [')
        self.out.write(json_text(run_head)[:-1] + ', "results": [')
        self.first = True
        self.notifications: list[dict[str, Any]] = []

    def file(self, result: FileResult) -> None:
        if result.error is not None:
            physical: dict[str, Any] = {"artifactLocation": artifact_location(result.path)}
            if result.row is not None:  # a row that is no gig: the export, at the row's line
                physical = {
                    "artifactLocation": artifact_location(result.row.file),
                    "region": {"startLine": result.row.line},
                }
            self.notifications.append(
                {
                    "level": "error",
                    "message": {"text": f"{result.path}: {result.error}"},
                    "locations": [{"physicalLocation": physical}],
                }
            )
            return
        # A row of an export is located in the export file itself (the path `<file>#<id>`
        # names no file); fingerprints keep the row's id.
        location = artifact_location(result.path if result.row is None else result.row.file)
        prints = result.fingerprints or fingerprints(result.path, result.findings)  # --redact took them first
        for f, fp in zip(result.findings, prints, strict=True):
            out = self._result(f, fp, location, result)
            self.out.write(("\n" if self.first else ",\n") + json_text(out))
            self.first = False

    def _result(self, f: Finding, fp: str, location: dict[str, str], result: FileResult) -> dict[str, Any]:
        text = f.message if not f.suggestion else f"{f.message} {f.suggestion}"
        row = result.row
        region: dict[str, Any] = {"startLine": f.line}
        if row is None:
            region.update(startColumn=f.column, endLine=f.end_line, endColumn=f.end_column)
        else:
            # Columns count in the field's value; the file's columns are unknown once the
            # row is decoded (JSON escapes, CSV quoting), so the region is the row's line.
            region["endLine"] = f.end_line
        if f.excerpt:
            region["snippet"] = {"text": f.excerpt}
        physical: dict[str, Any] = {"artifactLocation": location, "region": region}
        out: dict[str, Any] = {
            "ruleId": f.rule,
            "level": LEVEL[f.severity],
            "message": {"text": text},
            "locations": [{"physicalLocation": physical}],
            "partialFingerprints": {FINGERPRINT_KEY: fp},
            "properties": {"name": f.name, "category": f.category, "section": f.section},
        }
        if row is not None and f.field is not None:
            props = out["properties"]
            props.update(row=row.id, field=f.field)
            if f.field in result.values:  # columns in the field's value
                props.update(fieldColumn=f.column, fieldEndColumn=f.end_column)
            if row.format == "csv":
                props["record"] = row.record
            if f.field:  # "" is the row as a whole: the physical location says it
                logical = {"fullyQualifiedName": f.field, "kind": _kind(f.field, result)}
                out["locations"][0]["logicalLocations"] = [logical]
        if f.fix is not None and row is None:  # an export row's fix is not placed in its file
            out["fixes"] = [sarif_fix(f.fix, location)]
        if f.rule in self.index:
            out["ruleIndex"] = self.index[f.rule]
        return out

    def end(self, summary: Summary) -> None:
        invocation = {
            "executionSuccessful": not self.notifications,
            "toolExecutionNotifications": self.notifications,
        }
        self.out.write('\n], "invocations": [' + json_text(invocation) + "]}]}\n")
        if self.statistics:
            sys.stderr.write(plain_statistics(summary))
