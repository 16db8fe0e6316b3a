"""Messengers named as the channel of a live session ("a directed session over Skype
after your order"): allowed, but worth an editor's look (the contact-channel-mention
rule). Pure functions over a run's trigger scan (run_scan.py).
"""
from __future__ import annotations

from dataclasses import dataclass

from gigcheck.detectors.handles import is_subject
from gigcheck.detectors.run_scan import RunScan, kinds, words_between
from gigcheck.detectors.sentence_channels import ordinary
from gigcheck.detectors.triggers import PLATFORM, POST, SESSION, SESSION_MARK, ChannelVocab

__all__ = ["MentionMatch", "find_mentions"]


@dataclass(frozen=True, slots=True)
class MentionMatch:
    start: int
    end: int
    label: str


def find_mentions(
    scan: RunScan, cv: ChannelVocab, taken: list[tuple[int, int]], in_extra: bool
) -> list[MentionMatch]:
    """Messengers named as the channel of a live session ("a directed session over Skype
    after your order"): allowed, but worth an editor's look. Not the subject of the work,
    not already a handle or an invitation, and in an extra or a sentence about a session
    or the time after the order."""
    out: list[MentionMatch] = []
    seen: set[tuple[int, int]] = set()
    text = scan.text
    for m in scan.triggers:
        if PLATFORM not in kinds(m) or any(m.start < b and a < m.end for a, b in taken):
            continue
        payload = next(p for p in m.payloads if isinstance(p, tuple) and p[0] == PLATFORM)
        plat = cv.platforms.get(payload[1])
        if plat is None or plat.kind != "messenger":
            continue
        sent = scan.sentence(m.start)
        if sent in seen or is_subject(scan, cv, m.start, m.end):
            continue
        ctx = scan.context(cv, *sent)
        marked = any(
            SESSION_MARK in kinds(x) and x.end <= m.start and words_between(text, x.end, m.start) <= 1 for x in ctx
        )
        if payload[2] in ("short", "word") and not marked:
            continue
        if payload[2] == "word" and ordinary(scan, cv, m, sent[0]):
            continue  # "3 reads per line", "on line 4"
        if not (in_extra or any(kinds(x) & {SESSION, POST} for x in ctx)):
            continue
        seen.add(sent)
        out.append(MentionMatch(m.start, m.end, plat.label))
    return out
