"""What a link is, as `LinkPolicy.judge` (detectors/hosts.py) says it."""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["KINDS", "Verdict"]

KINDS = (
    "allowed",
    "marketplace",
    "shortener",
    "file-host",
    "messenger",
    "social",
    "contact-scheme",
    "script",
    "lookalike",
    "reference",
    "disallowed",
    "invalid",
)


@dataclass(frozen=True, slots=True)
class Verdict:
    kind: str  # one of KINDS
    host: str | None  # lowercase, Unicode (punycode decoded); None for contact schemes
    registrable: str | None  # e.g. "youtube.com" for "m.youtube.com"; None when unknown
    reason: str  # one sentence for a finding's message
    lookalike_of: str | None = None  # the vocabulary entry a lookalike imitates
