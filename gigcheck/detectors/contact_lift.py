"""When an invitation to talk elsewhere is about the time after an order or a contract
starts, for marketplaces whose contact rules lift then (the pack's
`contact_allowed_after`: "order" or "contract"; "never" lifts nothing).

A gig is read before any order or contract, so what it *gives* (an email, a number, a
handle, a link to a form, details pointed to elsewhere) is readable too early whatever
the sentence says. What may lift is an invitation to talk on another channel *once the
order or contract has started*: "once the contract starts, message me on WhatsApp for
daily updates", "after you hire me I'll give you my Skype". Leaving the marketplace
itself (dealing or paying outside it) never lifts.

The words are data (`[vocab.invitation]`): `after_order_start` and
`after_contract_start` put a sentence after the start ("once the contract starts",
"después de contratarme", "合同开始后"), `before_start` keeps it before ("before we
start", "prior to", "antes de"): a sentence holding one of those is never lifted.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from gigcheck.detectors.triggers import ASK, CHANNEL_VERB, CONTACT, SHARE
from gigcheck.regex_cache import cached_regex
from gigcheck.text.fold import fold
from gigcheck.text.letters import word_bounded
from gigcheck.text.trie import alternation, glued

__all__ = ["LIFTABLE", "START_KEYS", "StartWords"]

# What an invitation found by invitations.py asks that may wait for the start: to be
# contacted on a channel ("message me on WhatsApp"), to be told the seller's channel or
# to give the buyer's ("I'll share my Skype", "send me your Slack email").
LIFTABLE = frozenset({CONTACT, CHANNEL_VERB, SHARE, ASK})
# The values of `contact_allowed_after` that lift, and the word list of each.
START_KEYS = {"order": "after_order_start", "contract": "after_contract_start"}


def _pattern(words: Iterable[str]) -> re.Pattern[str] | None:
    """Folded phrases as one regex, matched on word boundaries (entries of scripts written
    without spaces anywhere): None when there are none."""
    folded = [fold(w).text for w in words if isinstance(w, str) and w.strip()]
    spaced = alternation([w for w in folded if not glued(w, spaces=True)], space=r"\s+")
    wide = alternation([w for w in folded if glued(w, spaces=True)])
    parts = ([word_bounded(spaced)] if spaced else []) + ([wide] if wide else [])
    return cached_regex("|".join(parts)) if parts else None


class StartWords:
    """The `[vocab.invitation]` words that place a sentence after (or before) the start of
    an order or a contract, compiled."""

    def __init__(self, inv: Mapping[str, Any]) -> None:
        self.after = {when: _pattern(inv.get(key, ())) for when, key in START_KEYS.items()}
        self.before = _pattern(inv.get("before_start", ()))

    def lifted(self, text: str, sentence: tuple[int, int], kind: str, when: str) -> bool:
        """Whether an invitation of `kind` in `sentence` (offsets into the folded `text`)
        speaks of the time after the `when` ("order" or "contract") starts, and of nothing
        before it."""
        after = self.after.get(when)
        if kind not in LIFTABLE or after is None:
            return False
        s0, s1 = sentence
        if after.search(text, s0, s1) is None:
            return False
        return self.before is None or self.before.search(text, s0, s1) is None
