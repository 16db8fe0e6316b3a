"""What the disguise tests lint: a text under a gig's front matter, with every rule of the
default pack (no project config), and the findings they look at."""
from __future__ import annotations

from typing import Any

from gigcheck import lint_text, load_config

CONFIG = load_config(discover=False)
GIG = "---\ntitle: I will edit your video\n---\n"


def findings_of(text: str, rule: str) -> list[Any]:
    """The findings of `rule` on `text` put under the gig's front matter (its lines count)."""
    return [f for f in lint_text(GIG + text, config=CONFIG) if f.rule == rule]


def reported_contact(text: str) -> list[Any]:
    """The contact and payment warnings and errors on `text` under the gig's front matter."""
    return [
        f for f in lint_text(GIG + text, config=CONFIG)
        if f.category in ("contact", "payment") and str(f.severity) in ("error", "warning")
    ]
