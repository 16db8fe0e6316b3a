"""What the invitation detectors (invitations.py, leaving.py) report."""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["InvitationMatch"]


@dataclass(frozen=True, slots=True)
class InvitationMatch:
    start: int  # view offsets
    end: int
    kind: str  # the trigger kind that made it
    channel: str | None  # the platform's label, or the channel word, when named
    # No channel, no identifier and no request to leave: "you can find me elsewhere",
    # "google my name" (a warning; the others are errors).
    vague: bool = False
