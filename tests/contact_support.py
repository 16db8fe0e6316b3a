"""What a contact test counts as reported: warnings and errors of the categories that
guard contact details, payment and links."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

FLAGGED = ("contact", "payment", "links")


def reported(lint: Callable[[str], Iterable[Any]], text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.excerpt) for f in lint(text) if f.category in FLAGGED and str(f.severity) in ("error", "warning")]
