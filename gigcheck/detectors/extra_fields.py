"""An extra's title or description as the extras judge reads it, and the problems it
reports: shared by the vagueness, live-session and form checks. Plain data.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from gigcheck.detectors.tokens import Tok

__all__ = ["CODES", "ExtraField", "Problem"]

CODES = (
    "vague",
    "one-word",
    "repeats-title",
    "live-session-unclear",
    "shouting",
    "punctuation-run",
    "emoji-wall",
)


@dataclass(frozen=True, slots=True)
class Problem:
    """One reason an extra is unclear. `start`/`end` index `title` or `description`
    (as named by `where`), covering the offending words, or the whole field."""

    code: str
    message: str
    suggestion: str
    where: str  # "title" | "description"
    start: int
    end: int


@dataclass(slots=True)
class ExtraField:
    """One field analysed: its tokens, and (from the vagueness check) what in it is
    filler, content, or a signal of a deliverable."""

    name: str
    text: str
    toks: list[Tok]
    norms: list[str]
    filler: list[tuple[int, int]] = field(default_factory=list)  # token spans
    covered: set[int] = field(default_factory=set)
    content: list[int] = field(default_factory=list)  # token indices
    suspects: list[int] = field(default_factory=list)  # hype / vague words outside filler
    vague_verb: bool = False  # "I make it ...", "I do ..."
    signals: list[tuple[str, int, int]] = field(default_factory=list)

    @property
    def only_filler(self) -> bool:
        return bool(self.toks) and not self.content

    @property
    def explicit_evidence(self) -> bool:
        return bool(self.filler or self.suspects or self.only_filler)

    @property
    def evidence(self) -> bool:
        return self.explicit_evidence or self.vague_verb

    def span(self, i: int, j: int) -> tuple[int, int]:
        return self.toks[i].start, self.toks[j - 1].end
