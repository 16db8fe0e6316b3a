"""Reporters: one module per format, looked up by name and imported only when used."""
from __future__ import annotations

from importlib import import_module
from typing import Any

# format name -> "module:Class"; modules import lazily so `--format json` never loads rich.
REPORTERS: dict[str, str] = {
    "text": "gigcheck.report.text:TextReporter",
    "concise": "gigcheck.report.concise:ConciseReporter",
    "json": "gigcheck.report.json:JsonReporter",
    "html": "gigcheck.report.html:HtmlReporter",
    "sarif": "gigcheck.report.sarif:SarifReporter",
    "github": "gigcheck.report.github:GithubReporter",
    "junit": "gigcheck.report.junit:JunitReporter",
    "jsonl": "gigcheck.report.jsonl:JsonlReporter",
    "parquet": "gigcheck.report.parquet:ParquetReporter",
}

# A report file's extension -> its format, for `-o FILE` without `--format`.
EXTENSIONS: dict[str, str] = {
    ".txt": "text",
    ".json": "json",
    ".jsonl": "jsonl",
    ".sarif": "sarif",
    ".sarif.json": "sarif",
    ".html": "html",
    ".htm": "html",
    ".xml": "junit",
    ".parquet": "parquet",
}


def format_for(path: str) -> str | None:
    """The format a report file's name asks for (`report.sarif.json` → sarif), or None."""
    name = path.lower()
    matches = [ext for ext in EXTENSIONS if name.endswith(ext)]
    return EXTENSIONS[max(matches, key=len)] if matches else None


def get_reporter(name: str) -> Any:
    module, _, cls = REPORTERS[name].partition(":")
    return getattr(import_module(module), cls)
