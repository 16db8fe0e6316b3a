"""Wording rules (category `wording`): how the gig reads, in its title, description and
extras: capitals, punctuation runs, emoji walls, and readability.

The form checks are the extras judge's (`gigcheck.extras.judge`, thresholds in the pack's
`[vocab.extras]`), applied to the gig's own title and description as well as to every
extra. Readability is scored with textstat, loaded only when a text is long enough to
score.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterator, Optional

from gigcheck.detectors.judge import blank_addresses
from gigcheck.detectors.judge import readability as _flesch
from gigcheck.document.gig import Gig
from gigcheck.records import Hit, Severity
from gigcheck.rules.base import Context, Rule
from gigcheck.scan.extras import JoinedRuns, description_runs, extras_vocab, hit, judge_for, judged_extras

_EXAMPLE_HEAD = "## Extras\n\n"


class _FormRule(Rule):
    """One of the judge's form problems, wherever a buyer reads prose: the gig's title,
    its description, and each extra's title and description."""

    problem: str  # the judge's problem code

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        vocab = extras_vocab(ctx)
        if vocab is None:
            return
        judge = judge_for(vocab)
        title = gig.title
        if title is not None and title.run.text.strip():
            found = ctx.gig_cached(("wording", "title-form"), lambda: judge.judge_form(title.run.text, "title"))
            for p in found:
                if p.code == self.problem:
                    yield hit(title.run.src_span(p.start, p.end), title.run.section, p.message, p.suggestion)
        desc = _description(gig, ctx)
        if desc:
            for p in _description_form(desc, ctx, judge):
                if p.code == self.problem:
                    yield hit(desc.src_span(p.start, p.end), desc.runs[desc.run_index(p.start)].section,
                              p.message, p.suggestion)
        for je in judged_extras(gig, ctx):
            for p in je.of(self.problem):
                yield hit(je.span(p), je.section, p.message, p.suggestion)


def _description(gig: Gig, ctx: Context) -> JoinedRuns:
    return ctx.gig_cached(("wording", "description"), lambda: description_runs(gig))


def _description_form(desc: JoinedRuns, ctx: Context, judge: Any) -> list:
    return ctx.gig_cached(("wording", "description-form"), lambda: judge.judge_form(desc.text, "description"))


class Shouting(_FormRule):
    """Titles and sentences written in capitals read as shouting, and editors ask sellers to
    rewrite them (the marketplace's guidelines forbid all-caps text).

    A title is judged as a whole, a description sentence by sentence. Acronyms (PDF, SEO,
    4K, USA; the list is `acronyms` in `[vocab.extras]`) and single words in capitals are
    fine.
    """

    code = "GC508"
    name = "shouting"
    category = "wording"
    severity = Severity.WARNING
    summary = "A title or sentence is written in capitals."
    problem = "shouting"
    bad_example = _EXAMPLE_HEAD + "### EXTRA REVISION\nPrice: $10\nDelivery: +1 day\n\nONE MORE ROUND OF CHANGES.\n"
    good_example = _EXAMPLE_HEAD + "### Extra revision\nPrice: $10\nDelivery: +1 day\n\nOne more round of changes, as a PDF.\n"


class PunctuationRun(_FormRule):
    """Runs of exclamation or question marks ("!!!", "???", "?!?") look like spam and are
    a common reason editors send a gig back. One mark is enough.
    """

    code = "GC509"
    name = "punctuation-run"
    category = "wording"
    severity = Severity.WARNING
    summary = "A run of !!! or ??? in the title, description or an extra."
    problem = "punctuation-run"
    bad_example = _EXAMPLE_HEAD + "### Fast delivery\nPrice: $10\nDelivery: -1 day\n\nYour files one day sooner!!!\n"
    good_example = _EXAMPLE_HEAD + "### Fast delivery\nPrice: $10\nDelivery: -1 day\n\nYour files one day sooner!\n"


class EmojiWall(_FormRule):
    """A row of emoji, or text that is mostly emoji, hides what the buyer gets and looks
    like spam. One or two emoji are fine; say the rest in words.

    Thresholds: `emoji_run` (emoji in a row) and `emoji_max_ratio` in `[vocab.extras]`.
    """

    code = "GC510"
    name = "emoji-wall"
    category = "wording"
    severity = Severity.WARNING
    summary = "A row of emoji, or text that is mostly emoji."
    problem = "emoji-wall"
    bad_example = (_EXAMPLE_HEAD + "### Fast delivery\nPrice: $10\nDelivery: -1 day\n\n"
                   "Your files one day sooner \U0001F525\U0001F525\U0001F525\U0001F680\n")
    good_example = _EXAMPLE_HEAD + "### Fast delivery\nPrice: $10\nDelivery: -1 day\n\nYour files one day sooner \U0001F680\n"


# ------------------------------------------------------------------ readability -------

# Not read as words: addresses, and "words" too long to be words, would count as long
# words of many syllables (and cost pyphen time in proportion to their length).
_NOT_A_WORD = 40  # characters: longer "words" are not words
# Enough text for a stable score; a description is 1,200 characters at most anyway.
_MAX_SCORED = 20_000
_SENTENCE = re.compile(r"[^.!?\u2026\n]+[.!?\u2026]*")
_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
_HAS_WORD = re.compile(r"[^\W_]")


def _scoring_text(runs: JoinedRuns) -> str:
    """The text as sentences: each line (list item, heading, paragraph line) that does
    not end a sentence is one, so a bulleted list does not score as one endless sentence."""
    text = runs.text[:_MAX_SCORED]
    if "@" in text or "://" in text or "www." in text.lower() or max(map(len, text.split()), default=0) >= _NOT_A_WORD:
        text = blank_addresses(text, _NOT_A_WORD)
    out = []
    for line in text.replace("\u2026", ".").split("\n"):
        line = line.strip()
        if line and _HAS_WORD.search(line):
            out.append(line if line[-1] in ".!?" else line + ".")
    return " ".join(out)


# A cheap estimate of the Flesch score (syllables as vowel groups, sentences as textstat
# counts them), to skip textstat (~160 us a text) where the score cannot be low. Measured
# on 2,546 real gig descriptions, forum posts and job posts (../shared/corpus): where
# textstat scored under 30, the estimate was at most 0.8 points higher (it errs low: vowel
# groups overcount syllables); with this margin 83% of texts skip textstat, none under 30
# was missed. The score reported is always textstat's.
_ESTIMATE_MARGIN = 15.0
_VOWELS = re.compile(r"[aeiouy]+")
_TS_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")  # textstat's own sentence pattern


def _estimate(text: str, words: int) -> float:
    sentences = sum(1 for m in _TS_SENTENCE.finditer(text) if len(m.group().split()) > 2)
    syllables = max(words, len(_VOWELS.findall(text.lower())))
    return 206.835 - 1.015 * words / max(1, sentences) - 84.6 * syllables / words


@lru_cache(maxsize=4096)
def _score(text: str, min_words: int) -> Optional[float]:
    """Flesch reading ease, cached: batches repeat template descriptions and extras."""
    return _flesch(text, min_words)


def _longest_sentence(runs: JoinedRuns) -> tuple[int, int, int]:
    best = (0, 0, 0)
    for m in _SENTENCE.finditer(runs.text):
        n = len(_WORD.findall(m.group()))
        if n > best[0]:
            text = m.group()
            lead = len(text) - len(text.lstrip())
            best = (n, m.start() + lead, m.start() + len(text.rstrip()))
    return best


def _band(score: float) -> str:
    if score < 0:
        return "extremely hard to read"
    if score < 30:
        return "very difficult, like an academic paper"
    if score < 50:
        return "difficult"
    if score < 60:
        return "fairly difficult"
    return "plain English"


class Readability(Rule):
    """Buyers skim: a description or extra written in long sentences and long words is
    hard to read, and editors ask for plain language.

    Scored with the Flesch reading ease (textstat; 0-100, higher is easier, plain English
    is 60-70) on texts of at least `min_words` words, each line counted as a sentence.
    Reported as info below `info_below`, as a warning only below `warn_below` (far off).
    The finding points at the longest sentence, usually the place to start.
    """

    code = "GC513"
    name = "readability"
    category = "wording"
    severity = Severity.INFO
    summary = "The description or an extra is hard to read (Flesch reading ease)."
    options = {"min_words": int, "info_below": float, "warn_below": float}
    bad_example = (
        "## Description\nComprehensive multidimensional optimization methodologies facilitate unprecedented "
        "organizational transformation, accelerating stakeholder-centric deliverables across heterogeneous "
        "international infrastructures, notwithstanding considerable implementation complexity.\n"
    )
    good_example = (
        "## Description\nI record one more take of your script. You pick the one you like best. "
        "I send it as a WAV file the same day. It is quick and it is easy.\n"
    )

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        desc = _description(gig, ctx)
        if desc:
            found = self._judge(desc, "description", ctx)
            if found:
                yield found
        for je in judged_extras(gig, ctx) if extras_vocab(ctx) else ():
            if je.description:
                found = self._judge(je.description, "extra", ctx)
                if found:
                    yield found

    def _judge(self, runs: JoinedRuns, what: str, ctx: Context) -> Optional[Hit]:
        opts = ctx.options
        min_words = opts["min_words"]
        text = _scoring_text(runs)
        words = len(text.split())  # cheap; the exact count only for short texts
        if words < min_words and len(_WORD.findall(text)) < min_words:  # most extras stop here
            return None
        if _estimate(text, words) >= opts["info_below"] + _ESTIMATE_MARGIN:
            return None  # most descriptions stop here
        score = _score(text, min_words)
        if score is None or score >= opts["info_below"]:
            return None
        n, a, b = _longest_sentence(runs)
        far = score < opts["warn_below"]
        return hit(
            runs.src_span(a, b), runs.runs[runs.run_index(a)].section,
            f"The {what} is hard to read: Flesch reading ease {score:.0f} ({_band(score)}; "
            f"plain English scores 60-70). Its longest sentence, here, has {n} words.",
            f"Use shorter sentences (15-20 words) and everyday words; aim for {opts['info_below']:g} or more.",
            Severity.WARNING if far else None,
        )
