"""Is it clear what the buyer gets from an extra? Pure functions over its title and
description.

Marketplace editors approve an extra when a buyer can tell what they get for its price
and delivery time. This module judges the words; the rule classes map the problems back
to the gig. Every word list and threshold comes from the `vocab` mapping (the pack's
`[vocab.extras]` table, see `policies/vocab/extras.toml`); the code holds none.

How vagueness is judged: an extra is concrete when its text carries a *signal* of a
deliverable: a number with something counted ("2 revisions", "100 words", "30 seconds"),
a file format (PSD, WAV), a deliverable or kind of work ("source file", "commercial
rights", "subtitles", "mastering"), a concrete verb with a real object ("I record a
second take", "song mixed"), or a delivery-speed collocation ("faster delivery"). Filler
("extra stuff", "premium quality", "anything you need") and hype words are evidence of
vagueness; an extra with no signal and such evidence is `vague`, and so is a title that
is nothing but filler.

The checks live in their own modules: words and phrases in tokens.py, concreteness in
vagueness.py, live sessions in live_sessions.py, shouting, punctuation and emoji in
form_checks.py. `Judge` runs them in a fixed order.

Use `prepare(vocab)` once (scan/extras.py keeps one per pack) and call
`Judge.judge_extra(title, description)`.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from gigcheck.detectors.extra_fields import CODES, Problem
from gigcheck.detectors.form_checks import FormChecks
from gigcheck.detectors.live_sessions import LiveSessions
from gigcheck.detectors.tokens import Tok, blank_addresses, tokens
from gigcheck.detectors.vagueness import Vagueness

__all__ = ["CODES", "Problem", "Judge", "Tok", "prepare", "blank_addresses"]


class Judge:
    """A vocab compiled for judging. Build with `prepare(vocab)`."""

    def __init__(self, vocab: Mapping[str, Any]):
        self.vocab = vocab
        self.vagueness = Vagueness(vocab)
        self.atomic = self.vagueness.atomic
        self.live_sessions = LiveSessions(vocab)
        self.form = FormChecks(vocab, self.atomic)
        self.one_word_max = int(vocab.get("one_word_max", 1))

    def judge_extra(self, title: str, description: str) -> list[Problem]:
        title = title or ""
        description = description or ""
        t = self.vagueness.analyze("title", title)
        d = self.vagueness.analyze("description", description)
        problems: list[Problem] = []
        one_word = len(d.toks) <= self.one_word_max
        if one_word:
            problems.append(self.vagueness.one_word(d))
        problems += self.vagueness.vague(t, d, one_word)
        if not one_word:
            rep = self.vagueness.repeats(t, d)
            if rep:
                problems.append(rep)
        live = self.live_sessions.check(t, d)
        if live:
            problems.append(live)
        for f in (t, d):
            problems += self.form.check(f)
        return problems

    def judge_form(self, text: str, where: str = "description") -> list[Problem]:
        """Only the form problems (shouting, punctuation-run, emoji-wall) of any text, such
        as a gig's own title (`where="title"`: capitals judged over the whole text) or
        description (per sentence)."""
        return self.form.check_text(text, where)

    def tokens(self, text: str) -> list[Tok]:
        """`text` as the judge reads it: words with offsets and normalized forms."""
        return tokens(text, self.atomic)

    def stems(self, text: str, toks: list[Tok] | None = None) -> frozenset[str]:
        """The content-word stems of `text` (as compared by repeats-title), for comparing
        extras with each other. `toks`: `self.tokens(text)`, when already at hand."""
        return self.vagueness.stems(self.tokens(text) if toks is None else toks)


def prepare(vocab: Mapping[str, Any]) -> Judge:
    """Compile `vocab` (the pack's `vocab.extras` table) once for many calls."""
    return Judge(vocab)
