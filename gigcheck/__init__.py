"""gigcheck: checks freelance-marketplace gig listings before a human editor sees them.

The library API: `lint_text`, `lint_file`, `Linter` (one configuration, many gigs),
`load_config`, and the records `Finding` and `Severity`. Loaded lazily, so that
`gigcheck --version` and the CLI start without the engine.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from gigcheck import code_cache
from gigcheck.version import __version__

# Before any gigcheck dataclass is defined: their generated methods come compiled from disk.
code_cache.install()

if TYPE_CHECKING:
    from gigcheck.engine.api import Linter, lint_file, lint_text
    from gigcheck.policy.config import load_config
    from gigcheck.records import Finding, Severity

_LAZY = {
    "lint_text": "gigcheck.engine.api",
    "lint_file": "gigcheck.engine.api",
    "Linter": "gigcheck.engine.api",
    "load_config": "gigcheck.policy.config",
    "Finding": "gigcheck.records",
    "Severity": "gigcheck.records",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(name)
    from importlib import import_module

    return getattr(import_module(module), name)


__all__ = ["__version__", "lint_text", "lint_file", "Linter", "Finding", "Severity", "load_config"]
