"""gigcheck: checks freelance-marketplace gig listings before a human editor sees them."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from gigcheck.engine.linter import lint_file, lint_text
    from gigcheck.records import Finding


def __getattr__(name: str) -> Any:
    # Lazy so that `gigcheck --version` and the CLI start without loading the engine.
    if name in ("lint_text", "lint_file"):
        from gigcheck.engine import linter as engine

        return getattr(engine, name)
    if name in ("Finding", "Severity"):
        from gigcheck import records as model

        return getattr(model, name)
    if name == "load_config":
        from gigcheck.policy.config import load_config

        return load_config
    raise AttributeError(name)


__all__ = ["__version__", "lint_text", "lint_file", "Finding", "Severity", "load_config"]
