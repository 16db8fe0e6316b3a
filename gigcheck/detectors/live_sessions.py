"""Is an extra that sells a live session clear about it? The extras judge's
`live-session-unclear` check: a call, meeting or lesson must say that it takes place
after the order and how long it lasts (or what one session covers). Pure functions over
strings.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from gigcheck.detectors.extra_fields import ExtraField, Problem
from gigcheck.detectors.tokens import Phrases, norms, word_set

__all__ = ["LiveSessions"]


class LiveSessions:
    """The `[vocab.extras]` words about live sessions, compiled."""

    def __init__(self, v: Mapping[str, Any]) -> None:
        self.stop = word_set(v.get("stopwords", ()))
        self.noun = str(v.get("noun", "extra"))  # what messages call an extra ("add-on")
        self.live = Phrases(v.get("live_session_words", ()))
        self.live_non_followers = word_set(v.get("live_session_non_followers", ()))
        self.live_non_preceders = word_set(v.get("live_session_non_preceders", ()))
        self.live_of_nouns = word_set(v.get("live_session_of_nouns", ()))
        self.live_of_links = word_set(v.get("live_session_of_links", ()))
        self.live_ambiguous = frozenset(norms(w) for w in v.get("live_session_ambiguous", ()))
        self.prerecorded = Phrases(v.get("prerecorded_markers", ()))
        self.after_leads = word_set(v.get("after_order_leads", ()))
        self.after_targets = word_set(v.get("after_order_targets", ()))
        self.after_window = int(v.get("after_order_window", 5))
        self.after_phrases = Phrases(v.get("after_order_phrases", ()))
        self.time_units = Phrases(v.get("session_time_units", ()))
        self.duration_articles = word_set(v.get("duration_articles", ()))
        self.count_nouns = Phrases(v.get("session_count_nouns", ()))
        self.duration_skip = word_set(v.get("duration_skip", ()))

    def check(self, t: ExtraField, d: ExtraField) -> Problem | None:
        triggers = [(d, s) for s in self._triggers(d)] + [(t, s) for s in self._triggers(t)]
        if triggers and (self.prerecorded.find(t.norms) or self.prerecorded.find(d.norms)):
            triggers = [(f, (i, j)) for f, (i, j) in triggers
                        if tuple(f.norms[i:j]) not in self.live_ambiguous]
        if not triggers:
            return None
        timing = self._after_order(t) or self._after_order(d)
        length = self._length(t) or self._length(d)
        if timing and length:
            return None
        missing = []
        if not timing:
            missing.append("that it takes place after the order")
        if not length:
            missing.append("how long it lasts or what one session covers")
        f, (i, j) = triggers[0]
        start, end = f.span(i, j)
        return Problem(
            "live-session-unclear",
            f"This {self.noun} is a live session ({f.text[start:end]!r}) but does not say "
            + " or ".join(missing) + ".",
            "Say when and how long, e.g. 'After your order we schedule one 30-minute Zoom "
            "session where I ...'.",
            f.name, start, end,
        )

    def _triggers(self, f: ExtraField) -> list[tuple[int, int]]:
        out = []
        n = len(f.toks)
        for i, j in self.live.find(f.norms):
            if j < n and f.norms[j] in self.live_non_followers and f.norms[j - 1] not in self.stop:
                continue  # "call to action", "session files" (not "direct the recording")
            if any(f.norms[k] in self.live_non_preceders for k in range(max(0, i - 3), i)):
                continue
            if any(f.norms[k] in self.live_of_nouns
                   and any(f.norms[m] in self.live_of_links for m in range(k + 1, i))
                   for k in range(max(0, i - 5), i)):
                continue
            out.append((i, j))
        return out

    def _after_order(self, f: ExtraField) -> bool:
        if self.after_phrases.find(f.norms):
            return True
        n = len(f.norms)
        for i, norm in enumerate(f.norms):
            if norm in self.after_leads and any(
                f.norms[k] in self.after_targets for k in range(i + 1, min(n, i + 1 + self.after_window))
            ):
                return True
        return False

    def _length(self, f: ExtraField) -> bool:
        toks, norms, n = f.toks, f.norms, len(f.toks)
        for i, tk in enumerate(toks):
            article = tk.norm in self.duration_articles
            if not (tk.num or article):
                continue
            if i >= 2 and norms[i - 1] == "on" and toks[i - 2].num:  # "1-on-1"
                continue
            k, steps = i + 1, 0
            while k < n and steps < 2 and norms[k] in self.duration_skip:
                k, steps = k + 1, steps + 1
            if k >= n:
                continue
            if self.time_units.match_at(norms, k):
                return True
            if tk.num and not article and self.count_nouns.match_at(norms, k):
                return True
        return False
