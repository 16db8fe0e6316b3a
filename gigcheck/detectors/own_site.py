"""Booking or ordering through the seller's own website: "Séance sur Zoom : réservez votre
créneau sur mon site", "Order the full pack on my website", "Agenda tu sesión en mi web".

The marketplace is where orders and bookings are made; a booking verb that sends the buyer
to the seller's own site (an `other_channel_words` entry with the seller's possessive) is
an invitation to leave it, whatever the sentence says of live sessions. Pure function over
a run's trigger scan (run_scan.py).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from gigcheck.detectors.handles import is_subject
from gigcheck.detectors.invitation_match import InvitationMatch
from gigcheck.detectors.lexicon import Match
from gigcheck.detectors.run_scan import RunScan, kinds, words_between
from gigcheck.detectors.sentence_channels import Channel, negated
from gigcheck.detectors.triggers import CUE, CUE_BEFORE, DIRECT, LEAVE, MARK, MARKET, OFF, OTHER_CHANNEL, ChannelVocab
from gigcheck.regex_cache import cached_regex

__all__ = ["booked_on_own_site"]

# How many words may stand between the booking verb and the seller's site ("réservez
# votre créneau sur mon site": four).
_SITE_REACH = 6
# How far before the booking verb the buyer's possessive is read ("your WhatsApp order").
_BUYERS_BACK = 3
# A link's host ("wa.me/..."): the links rules judge the link.
_LINK_HOST = cached_regex(r"\.[^\W\d_]{2,}")
# How far before the site its possessive is read ("my own website").
_MINE_BACK = 30


def booked_on_own_site(
    scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match], channels: Sequence[Channel] = (),
    discreet: Callable[[Match], bool] = lambda o: False,
) -> InvitationMatch | None:
    """Booking verb `t` with the seller's own site, or a chat messenger, after it in its
    clause. `discreet` tells an off-platform phrase that only keeps the work private."""
    if negated(scan, cv, t.start):
        return None  # "don't book on my site, order here"
    _, c1 = scan.clause(t.end)
    text = scan.text
    for m in ctx:
        if OTHER_CHANNEL not in kinds(m) or not t.end <= m.start < c1:
            continue
        if words_between(text, t.end, m.start) > _SITE_REACH or _another_act(cv, text[t.end:m.start]):
            continue  # "order samples and see them on my website": the site is for looking
        if cv.sellers.search(text, max(0, m.start - _MINE_BACK), m.start) or _claims(cv, m.text):
            return InvitationMatch(t.start, m.end, LEAVE, None)
    s0, s1 = scan.sentence(t.start)
    inside = scan.triggers_in(s0, s1)
    for o in inside:
        if o.start < t.end or OFF not in kinds(o) or DIRECT in kinds(o) or negated(scan, cv, o.start) or discreet(o):
            continue
        # why ("sessions are booked straight with me, no platform needed"): a booking
        # said to go past the marketplace is made outside it; not with the marketplace as
        # its way elsewhere in the sentence ("directly with me through the Fiverr order page")
        here = any(MARKET in kinds(m) and not o.start <= m.start < o.end for m in inside)
        if not here and cv.marketplace_means.search(text, s0, s1) is None:
            return InvitationMatch(t.start, o.end, LEAVE, None)
    return _booked_by_messenger(scan, cv, t, ctx, channels, c1)


def _booked_by_messenger(
    scan: RunScan, cv: ChannelVocab, t: Match, ctx: list[Match], channels: Sequence[Channel], c1: int
) -> InvitationMatch | None:
    """why (rt14/rt15 on-platform "Mentoria ao vivo pelo Google Meet — agendamos pelo
    WhatsApp", "jadwal diatur lewat WA"): booking done over a chat messenger is talking
    outside, whatever platform the session itself is held on; a meeting room
    (`session_hosts`) is where a session happens, not where it is booked."""
    text = scan.text
    c0 = scan.clause(t.start)[0]
    # (the work's words in the booking's clause: "Live-Session – Termin per Mail" has its own)
    if any(CUE in kinds(m) and c0 <= m.start < c1 for m in ctx) or any(
        CUE_BEFORE in kinds(m) and m.end <= t.start and words_between(text, m.end, t.start) <= _BUYERS_BACK for m in ctx
    ):
        return None  # "a WhatsApp booking bot: clients book through WhatsApp", "your WhatsApp order button": the work
    rooms = {p.label for pid, p in cv.platforms.items() if pid in cv.session_hosts}
    for c in channels:
        if not (c.private and not c.ordinary) or c.label in rooms or not t.end <= c.start < c1:
            continue
        if not c.platform and not _tied(text, ctx, c):
            # why (rt16 on-platform "Termin bitte per Mail vereinbaren"): email or phone,
            # named by a word, books outside when the booking goes by it ("by email", "per Mail")
            continue
        if words_between(text, t.end, c.start) > _SITE_REACH or _another_act(cv, text[t.end:c.start]):
            continue
        if _LINK_HOST.match(text, c.end) or is_subject(scan, cv, c.start, c.end):
            continue  # "book appointments through your WhatsApp bot": the work
        return InvitationMatch(t.start, c.end, LEAVE, c.label)
    return None


def _tied(text: str, ctx: list[Match], c: Channel) -> bool:
    """A tying word ("by", "per", "via", "por") right before channel `c`."""
    return any(MARK in kinds(m) and m.end <= c.start and words_between(text, m.end, c.start) == 0 for m in ctx)


def _another_act(cv: ChannelVocab, between: str) -> bool:
    """A conjunction between the verb and the site: the site goes with another verb."""
    return any(w in cv.booking_breaks for w in between.split())


def _claims(cv: ChannelVocab, phrase: str) -> bool:
    """The site phrase carries the possessive itself ("my website", "mon site")."""
    first = phrase.split()[0] if phrase.split() else ""
    return first in cv.possessives or first in cv.mine_before
