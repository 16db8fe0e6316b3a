"""The seller sending the work, files or links through a private channel: "I send the
files via WhatsApp", "все материалы отправляю в Telegram-чат группы", "te mando el enlace a
tu correo personal", "ich schicke dir den Link per Mail".

Delivery goes through the marketplace; a first-person verb of sending tied to a messenger
takes the exchange outside it, and one that sends to the buyer's own address
("a tu correo") asks for that address. A meeting room (`session_hosts`: "I send the Zoom
link") may host a session held through the marketplace. Pure function over a run's
trigger scan (run_scan.py). (why: rt11/rt12 on-platform: the session exemption softens a
channel named for the session, never the material sent elsewhere.)
"""
from __future__ import annotations

from gigcheck.detectors.invitation_match import InvitationMatch
from gigcheck.detectors.lexicon import Match
from gigcheck.detectors.market_way import market_placed_after
from gigcheck.detectors.run_scan import RunScan, kinds, words_between
from gigcheck.detectors.sentence_channels import Channel, negated, tied_channel
from gigcheck.detectors.triggers import (
    ASK,
    AWAY,
    CHANNEL,
    CUE_BEFORE,
    LEAVE,
    OUTREACH,
    PLATFORM,
    THIRD,
    ChannelVocab,
)

__all__ = ["sent_outside", "served_outside"]

# How many words may stand between the verb and the buyer's address ("te lo mando a tu
# correo": three).
_TO_REACH = 5


def sent_outside(
    scan: RunScan, cv: ChannelVocab, t: Match, channels: list[Channel], ctx: list[Match]
) -> InvitationMatch | None:
    """Sending verb `t` with a private channel tied after it, or the buyer's address."""
    if negated(scan, cv, t.start) or _outreach(scan, t, ctx):
        return None
    hosts = cv.session_host_labels
    # A messenger, not email: "I send the files by email" is how many deliver a preview.
    private = [c for c in channels if c.private and c.platform and c.start >= t.end and c.label not in hosts]
    ch = tied_channel(scan, cv, t, private, ctx)
    if ch is not None and _own_clause(scan, t, ch.start):
        return InvitationMatch(t.start, ch.end, LEAVE, ch.label)
    text = scan.text
    for m in ctx:
        if CHANNEL not in kinds(m) or m.start < t.end or words_between(text, t.end, m.start) > _TO_REACH:
            continue
        if _buyers(ctx, text, m) and _own_clause(scan, t, m.start):
            return InvitationMatch(t.start, m.end, ASK, m.text)
    return None


def served_outside(
    scan: RunScan, cv: ChannelVocab, t: Match, channels: list[Channel], ctx: list[Match]
) -> InvitationMatch | None:
    """why (rt14 wording "Гарантия: правки бесплатно в ЛС ВК после сдачи"): the order's
    own service (revisions, support, questions: `aftercare_nouns`, `t`) given through a
    private messenger tied after it ("free revisions via WhatsApp after delivery", "soporte
    por Telegram"): the exchange goes on outside (an error). Not with the buyer's business or
    customers in the clause ("customer support via WhatsApp for your shop": the work), nor
    a meeting room, nor negated ("revisions only here, not on WhatsApp")."""
    if negated(scan, cv, t.start) or _outreach(scan, t, ctx):
        return None
    c0, c1 = scan.clause(t.start)
    if any(kinds(m) & {CUE_BEFORE, THIRD} and c0 <= m.start < c1 for m in ctx):
        return None
    hosts = cv.session_host_labels
    private = [
        c for c in channels if c.private and c.platform and c.start >= t.end and c.label not in hosts and c.start < c1
    ]
    ch = tied_channel(scan, cv, t, private, ctx) or _in_dms(scan, cv, t, channels, ctx, c1)
    if ch is None or negated(scan, cv, ch.start, window=2, strict=True):
        return None
    if market_placed_after(scan, cv, ctx, ch.end):
        return None  # "a dedicated revision line in the Fiverr inbox": the marketplace's own inbox
    return InvitationMatch(t.start, ch.end, LEAVE, ch.label)


def _in_dms(
    scan: RunScan, cv: ChannelVocab, t: Match, channels: list[Channel], ctx: list[Match], c1: int
) -> Channel | None:
    """A platform's private messages after the service ("in my Instagram DMs", "в ЛС ВК",
    "por DM de Instagram"): a word of private messages (`dm_words`, or a place of privacy
    such as "в лс") right before or after the channel makes even a social network a private line."""
    text = scan.text
    away_ends = {m.end for m in ctx if AWAY in kinds(m) and m.start >= t.end}
    for c in channels:
        if not c.platform or c.start < t.end or c.start >= c1 or c.label in cv.session_host_labels:
            continue
        before = text[max(t.end, c.start - 24):c.start].split()
        after = text[c.end:c.end + 24].split()[:1]
        glued_before = any(e <= c.start and not text[e:c.start].strip() for e in away_ends)
        # "DM de Instagram", "DMs on Insta": the word of private messages, maybe with its "of"; why (last
        # session's leftover "Revisions by DM on Instagram"): or with a place word ("on", "en", "auf")
        ties = cv.count_of | cv.app_markers | cv.other_ties
        near = before[-2:] if len(before) > 1 and before[-1] in ties else before[-1:]
        named = (bool(near) and near[0].strip(".,;:") in cv.dm_words) or (
            bool(after) and after[0].strip(".,;:!?") in cv.dm_words
        )
        if glued_before or named:
            return c
    return None


def _buyers(ctx: list[Match], text: str, m: Match) -> bool:
    """A second-person possessive right before channel word `m` ("a tu correo", "to your email")."""
    return any(
        CUE_BEFORE in kinds(x) and PLATFORM not in kinds(x)
        and x.end <= m.start and words_between(text, x.end, m.start) == 0
        for x in ctx
    )


def _own_clause(scan: RunScan, t: Match, at: int) -> bool:
    return scan.clause(t.start)[1] > at


def _outreach(scan: RunScan, t: Match, ctx: list[Match]) -> bool:
    """"I send your leads a WhatsApp message": others contacted as the work."""
    _, c1 = scan.clause(t.end)
    return any(OUTREACH in kinds(m) and t.end <= m.start < c1 for m in ctx)
