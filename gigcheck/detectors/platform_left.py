"""The marketplace left by a verb of leaving it ("on quittera la plateforme", "saldremos de la
plataforma", "İlk işten sonra buradan çıkıp devam edelim", "हम प्लेटफ़ॉर्म छोड़ देंगे"):
`platform_left_phrases`, a request to leave (an error) when the sentence is about the two of
them dealing: a channel, the orders to come or the time after this one, or a word of dealing,
settling, paying, working, talking, a better price or the fees skipped.

Not leaving: a refusal ("I never ask buyers to leave the platform"), a report of others
("Some sellers ask buyers to leave the platform"), a warning to buyers with nothing of the
dealing ("If you leave the platform, you lose buyer protection"), and the buyer's own platform
named by what follows it ("leave the platform you use now", "the platform that charges you").
Pure function over a run's trigger scan (run_scan.py).
"""
from __future__ import annotations

from gigcheck.detectors.invitation_match import InvitationMatch
from gigcheck.detectors.leaving import negated_after
from gigcheck.detectors.lexicon import Match
from gigcheck.detectors.payment_words import pay_words
from gigcheck.detectors.run_scan import RunScan, kinds
from gigcheck.detectors.sentence_channels import Channel
from gigcheck.detectors.triggers import (
    CHEAPER,
    CONV,
    CUE_BEFORE,
    DEAL,
    FEE_SKIP,
    LATER,
    LEAVE,
    OUTREACH,
    PAY_VERB,
    PERSON,
    POST,
    SETTLING,
    THIRD,
    WORK,
    ChannelVocab,
)
from gigcheck.regex_cache import cached_regex
from gigcheck.text.letters import LETTER_RUN

__all__ = ["platform_left"]

# What makes the leaving the two of them dealing (context words and triggers).
_DEALING = frozenset({POST, LATER, DEAL, SETTLING, PAY_VERB, WORK, CONV, CHEAPER, FEE_SKIP})
_WORD_AFTER = cached_regex(rf"[ \t]*({LETTER_RUN})")


def platform_left(
    scan: RunScan, cv: ChannelVocab, t: Match, channels: list[Channel], ctx: list[Match]
) -> InvitationMatch | None:
    """Phrase `t` leaves the marketplace by a verb, in a sentence of the two of them dealing."""
    if negated_after(scan, cv, t.end, t.start) or _others_before(scan, cv, t) or _theirs_after(scan, cv, t):
        return None
    s0, s1 = scan.sentence(t.start)
    dealing = bool(channels) or any(kinds(m) & _DEALING for m in ctx) or any(
        kinds(o) & (_DEALING | {LEAVE}) for o in scan.triggers_in(s0, s1) if o is not t
    )
    if not dealing:
        return None
    return InvitationMatch(t.start, t.end, LEAVE, channels[0].label if channels else None)


def _others_before(scan: RunScan, cv: ChannelVocab, t: Match) -> bool:
    """Others ("sellers", "buyers", "customers") earlier in the clause: a report of what they
    do or are asked ("Some sellers ask buyers to leave the platform")."""
    c0, _ = scan.clause(t.start)
    return any(kinds(m) & {THIRD, OUTREACH} and m.end <= t.start for m in scan.context(cv, c0, t.start))


def _theirs_after(scan: RunScan, cv: ChannelVocab, t: Match) -> bool:
    """The platform named by what follows it: a relative word or the buyer's own word right
    after the phrase ("leave the platform that charges you", "the platform you use now")."""
    m = _WORD_AFTER.match(scan.text, t.end)
    if m is None:
        return False
    word = m.group(1).casefold()
    if word in pay_words(cv).relatives:
        return True
    return any(kinds(c) & {CUE_BEFORE, PERSON} for c in scan.context(cv, m.start(1), m.end(1)))
