"""Which invitation triggers can never be read: the needs of each trigger kind, as data.

Most triggers of a clean gig are ordinary words that the pack lists for one narrow reading:
"video", "source files" (a media place a contact detail may be said to be in), "order",
"book" (a booking sent to the seller's own site), "revisions", "support" (the order's
service given through a messenger), "direct", "personal" (a private line). Judging one
costs the sentence's channels and a dozen readings that find nothing. Each row below
says, for a trigger whose verb kinds all lie in `kinds`, what its sentence must hold for
any reading of `invitations._read` to give a finding; a trigger whose sentence holds none
of them is dropped before the judges run.

The rows are derived from the judges' own code, and must stay so: a change to a judge of
these kinds changes its row (tests/contact/test_invitation_kind_gate.py checks, over the
dev cases, that a dropped trigger reads nothing). A row may name more needs than a judge
uses (that only drops less); it must never name fewer. What each row covers, judge by judge
(the judges of `_JUDGES` not named return None at once for these kinds):

* MEDIA, MEDIA_IN: `media_pointer` reads the sentence's channels (PLATFORM triggers;
  CHANNEL and OTHER_CHANNEL context words), a CHANNEL word right before the place, or
  `route_place`, a way word then a verb of reaching (CONTACT, CHANNEL_VERB, HANDLE_VERB)
  after the place; `identifier_pointer` (their fallback) reads IDENT context words and the
  channels (its rule-made address and its pointer after a channel need POINTER kinds).
* BOOK: `booked_on_own_site` reads, after the verb, an OTHER_CHANNEL context word, an OFF
  trigger or a channel (`_booked_by_messenger`); `_ordered_there` a THERE context word
  after it.
* AFTERCARE: `served_outside` reads only platform channels after it (PLATFORM triggers).
* PRIVATE: `private_line` reads a private channel right by the word (a messenger's PLATFORM
  trigger or a CHANNEL context word), `private_talk_before_order` a CONV context word by it.
* PURPOSE: `detail_for_reaching` reads a private detail before it (a messenger's PLATFORM
  trigger or a CHANNEL context word).
* SEARCH_ID, SEARCH_NAME: `_search` reads a search asked as an imperative (`asked`, the
  text before the verb; see `invitations._search_asked`), `searched_identity` a DETAIL
  context word.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from gigcheck.detectors.lexicon import Match
from gigcheck.detectors.run_scan import RunScan, kinds
from gigcheck.detectors.triggers import (
    AFTERCARE,
    BOOK,
    CHANNEL,
    CHANNEL_VERB,
    CONTACT,
    CONV,
    DETAIL,
    HANDLE_VERB,
    IDENT,
    MEDIA,
    MEDIA_IN,
    OFF,
    OTHER_CHANNEL,
    PLATFORM,
    PRIVATE,
    PURPOSE,
    SEARCH_ID,
    SEARCH_NAME,
    THERE,
)

__all__ = ["Needs", "NEEDS", "gated", "may_read"]


@dataclass(frozen=True, slots=True)
class Needs:
    """What the sentence of a trigger whose verb kinds all lie in `kinds` must hold: a trigger
    of `triggers` anywhere in it or of `triggers_after` starting at or after the trigger's end;
    a context word of `context` anywhere in it or of `context_after` starting at or after its
    end; or, with `asked`, a request said as an imperative (the caller's test)."""

    kinds: frozenset[str]
    triggers: frozenset[str] = frozenset()
    triggers_after: frozenset[str] = frozenset()
    context: frozenset[str] = frozenset()
    context_after: frozenset[str] = frozenset()
    asked: bool = False

    @property
    def reads_context(self) -> bool:
        return bool(self.context or self.context_after)


_CHANNELS = frozenset({CHANNEL, OTHER_CHANNEL})

NEEDS: tuple[Needs, ...] = (
    Needs(
        frozenset({MEDIA, MEDIA_IN}),
        triggers=frozenset({PLATFORM}),
        triggers_after=frozenset({CONTACT, CHANNEL_VERB, HANDLE_VERB}),
        context=_CHANNELS | {IDENT},
    ),
    Needs(
        frozenset({BOOK}),
        triggers_after=frozenset({PLATFORM, OFF}),
        context_after=_CHANNELS | {THERE},
    ),
    Needs(frozenset({AFTERCARE}), triggers=frozenset({PLATFORM})),
    Needs(frozenset({PRIVATE}), triggers=frozenset({PLATFORM}), context=frozenset({CHANNEL, CONV})),
    Needs(frozenset({SEARCH_ID, SEARCH_NAME}), context=frozenset({DETAIL}), asked=True),
    Needs(frozenset({PURPOSE}), triggers=frozenset({PLATFORM}), context=frozenset({CHANNEL})),
)


def gated(ks: frozenset[str]) -> Needs | None:
    """The row covering verb kinds `ks`, or None (the trigger is always judged)."""
    return next((n for n in NEEDS if ks <= n.kinds), None)


def may_read(
    scan: RunScan, t: Match, needs: Needs, s0: int, s1: int, context: Callable[[], list[Match]],
    asked: Callable[[], bool],
) -> bool:
    """Whether trigger `t` in sentence [s0, s1) holds one of `needs`. `context()` gives the
    sentence's context words (asked only when the triggers decide nothing), `asked()` the
    imperative test."""
    for m in scan.triggers_in(s0, s1):
        ks = kinds(m)
        if (needs.triggers and not ks.isdisjoint(needs.triggers)) or (
            needs.triggers_after and m.start >= t.end and not ks.isdisjoint(needs.triggers_after)
        ):
            return True
    if needs.asked and asked():
        return True
    if not needs.reads_context:
        return False
    return any(
        not (ks := kinds(m)).isdisjoint(needs.context)
        or (m.start >= t.end and not ks.isdisjoint(needs.context_after))
        for m in context()
    )
