"""What the conduct tests share: a gig around one text, and the conduct findings on it."""
from __future__ import annotations

from gigcheck import lint_text
from gigcheck.policy.config import Config, load_config

_CONFIGS: dict[str, Config] = {}


def conduct_findings(text: str, *, rule: str, title: str = "I will help your business", policy: str = "fiverr") -> list:
    """Findings of `rule` on a gig whose description is `text` (the title is text too)."""
    cfg = _CONFIGS.get(policy)
    if cfg is None:
        cfg = _CONFIGS[policy] = load_config(discover=False, policy=policy)
    gig = f"---\ntitle: {title}\n---\n{text}\n"
    return [f for f in lint_text(gig, config=cfg) if f.rule == rule]
