"""Reporters: one module per format, looked up by name and imported only when used."""
from __future__ import annotations

from importlib import import_module
from typing import Any

# format name -> "module:Class"; modules import lazily so `--format json` never loads rich.
REPORTERS: dict[str, str] = {
    "text": "gigcheck.reporters.text:TextReporter",
    "json": "gigcheck.reporters.json:JsonReporter",
    "html": "gigcheck.reporters.html:HtmlReporter",
    "sarif": "gigcheck.reporters.sarif:SarifReporter",
    "github": "gigcheck.reporters.github:GithubReporter",
    "junit": "gigcheck.reporters.junit:JunitReporter",
    "jsonl": "gigcheck.reporters.jsonl:JsonlReporter",
}


def get_reporter(name: str) -> Any:
    module, _, cls = REPORTERS[name].partition(":")
    return getattr(import_module(module), cls)
