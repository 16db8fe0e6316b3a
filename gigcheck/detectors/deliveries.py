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
from gigcheck.detectors.run_scan import RunScan, kinds, words_between
from gigcheck.detectors.sentence_channels import Channel, negated, tied_channel
from gigcheck.detectors.triggers import ASK, CHANNEL, CUE_BEFORE, LEAVE, OUTREACH, PLATFORM, ChannelVocab

__all__ = ["sent_outside"]

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
