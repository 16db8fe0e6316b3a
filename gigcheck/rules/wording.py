"""Wording rules (category `wording`): how the gig reads, in its title, description and
extras: capitals, punctuation runs, emoji walls, and readability.

The form checks are the extras judge's (`gigcheck.detectors.judge`, thresholds in the
pack's `[vocab.extras]`), applied to the gig's own title and description as well as to
every extra. Readability is scored with textstat (detectors/readability.py), loaded only
when a text is long enough to score.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from gigcheck.detectors import readability as rd
from gigcheck.detectors.form_checks import FormChecks
from gigcheck.document.gig import Gig
from gigcheck.records import Fix, Hit, Severity
from gigcheck.rules import fixes
from gigcheck.rules.base import Context, Option, Rule
from gigcheck.scan.extras import JoinedRuns, description_runs, judge, judged_extras
from gigcheck.scan.gigscan import GigScan

_GIG = "---\ntitle: I will design a minimalist logo\n---\nI design minimalist logos for small brands.\n\n## Extras\n\n"


def _problem_hit(span: tuple[int, int], section: str, p: Any, fix: Fix | None = None) -> Hit:
    """A finding worded by the judge (its messages name the words it judged)."""
    return Hit(span[0], span[1], section, p.message, p.suggestion, fix=fix)


class _FormRule(Rule):
    """One of the judge's form problems, wherever a buyer reads prose: the gig's title,
    its description, and each extra's title and description."""

    category = "wording"
    severity = Severity.WARNING
    problem: ClassVar[str]  # the judge's problem code

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        scan = ctx.scan
        mj = judge(scan)
        if mj is None:
            return
        title = gig.title
        if title is not None and title.run.text.strip():
            found = scan.memo(("wording", "title-form"), lambda: mj.judge.judge_form(title.run.text, "title"))
            for p in found:
                if p.code == self.problem:
                    span = title.run.src_span(p.start, p.end)
                    yield _problem_hit(span, title.run.section, p, self.fix(gig.source, span, mj.judge.form))
        desc = description_runs(scan)
        if desc:
            found = scan.memo(("wording", "description-form"), lambda: mj.judge.judge_form(desc.text, "description"))
            for p in found:
                if p.code == self.problem:
                    span = desc.src_span(p.start, p.end)
                    fix = self.fix(gig.source, span, mj.judge.form)
                    yield _problem_hit(span, desc.runs[desc.run_index(p.start)].section, p, fix)
        for je in judged_extras(scan):
            for p in je.of(self.problem):
                span = je.span(p)
                yield _problem_hit(span, je.section, p, self.fix(gig.source, span, mj.judge.form))

    def fix(self, source: str, span: tuple[int, int], form: FormChecks) -> Fix | None:
        """The fix of a problem at source `span`, if the rule has one."""
        return None


class Shouting(_FormRule):
    """Titles and sentences written in capitals read as shouting, and editors ask sellers to
    rewrite them (the marketplace's guidelines forbid all-caps text).

    A title is judged as a whole, a description sentence by sentence. Acronyms (PDF, SEO,
    4K, USA; the list is `acronyms` in `[vocab.extras]`) and single words in capitals are
    fine.
    """

    code = "GC601"
    fix_summary = ("Rewrites the title or sentence in sentence case, keeping the pack's acronyms, \"I\" and words "
                   "with digits; not where it holds a link, code or an address.")
    name = "shouting"
    aliases = ("GC508",)
    fingerprint_code = "GC508"
    summary = "A title or sentence is written in capitals."
    problem = "shouting"
    bad_example = _GIG + "### EXTRA REVISION\nPrice: $10\nDelivery: +1 day\n\nONE MORE ROUND OF CHANGES.\n"
    good_example = _GIG + "### Extra revision\nPrice: $10\nDelivery: +1 day\n\nOne more round of changes, as a PDF.\n"

    def fix(self, source: str, span: tuple[int, int], form: FormChecks) -> Fix | None:
        return fixes.case_fix(source, *span, form.acronyms, "Write it in sentence case")


class PunctuationRun(_FormRule):
    """Runs of exclamation or question marks ("!!!", "???", "?!?") look like spam and are
    a common reason editors send a gig back. One mark is enough.
    """

    code = "GC602"
    fix_summary = 'Replaces the run with one mark ("?" when it has one, else "!").'
    name = "punctuation-run"
    aliases = ("GC509",)
    fingerprint_code = "GC509"
    summary = "A run of !!! or ??? in the title, description or an extra."
    problem = "punctuation-run"
    bad_example = _GIG + "### Fast delivery\nPrice: $10\nDelivery: -1 day\n\nYour files one day sooner!!!\n"
    good_example = _GIG + "### Fast delivery\nPrice: $10\nDelivery: -1 day\n\nYour files one day sooner!\n"

    def fix(self, source: str, span: tuple[int, int], form: FormChecks) -> Fix | None:
        run = source[span[0] : span[1]]
        if len(run) < 2 or run.strip("!?"):
            return None
        mark = "?" if "?" in run else "!"
        return fixes.replace(*span, mark, f"Replace {run!r} with {mark!r}")


class EmojiWall(_FormRule):
    """A row of emoji, or text that is mostly emoji, hides what the buyer gets and looks
    like spam. One or two emoji are fine; say the rest in words.

    Thresholds: `emoji_run` (emoji in a row) and `emoji_max_ratio` in `[vocab.extras]`.
    """

    code = "GC603"
    name = "emoji-wall"
    aliases = ("GC510",)
    fingerprint_code = "GC510"
    summary = "A row of emoji, or text that is mostly emoji."
    problem = "emoji-wall"
    bad_example = (_GIG + "### Fast delivery\nPrice: $10\nDelivery: -1 day\n\n"
                   "Your files one day sooner \U0001F525\U0001F525\U0001F525\U0001F680\n")
    good_example = _GIG + "### Fast delivery\nPrice: $10\nDelivery: -1 day\n\nYour files one day sooner \U0001F680\n"


_HARD = (
    "---\ntitle: I will optimize your operations\n---\n## Description\nComprehensive multidimensional "
    "optimization methodologies facilitate unprecedented organizational transformation, accelerating "
    "stakeholder-centric deliverables across heterogeneous international infrastructures, "
    "notwithstanding considerable implementation complexity.\n"
)
_PLAIN = (
    "---\ntitle: I will record one more take\n---\n## Description\nI record one more take of your script. "
    "You pick the one you like best. I send it as a WAV file the same day. It is quick and it is easy.\n"
)


class _ReadabilityRule(Rule):
    """Scores the description and each extra; reports scores in [`low`, `high`)."""

    category = "wording"
    bounds: ClassVar[tuple[str, str | None]]  # option names of the band's top and bottom
    messages = {
        "default": "The {what} is hard to read: Flesch reading ease {score:.0f} ({band}; plain English scores "
        "60-70). Its longest sentence, here, has {n} words."
    }
    suggestions = {"default": "Use shorter sentences (15-20 words) and everyday words; aim for {aim:g} or more."}

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        scan = ctx.scan
        texts: list[tuple[JoinedRuns, str]] = []
        desc = description_runs(scan)
        if desc:
            texts.append((desc, "description"))
        texts += [(je.description, "extra") for je in judged_extras(scan) if je.description]
        for runs, what in texts:
            found = self._judge(scan, runs, what, ctx)
            if found is not None:
                yield found

    def _judge(self, scan: GigScan, runs: JoinedRuns, what: str, ctx: Context) -> Hit | None:
        opts = ctx.options
        min_words, aim = opts["min_words"], float(opts["aim"])
        top = float(opts[self.bounds[0]])
        bottom = float(opts[self.bounds[1]]) if self.bounds[1] else None
        # GC604 and GC605 read the same texts: what does not depend on their options is
        # measured once per gig, whichever asks first.
        text, words = scan.memo(("readability", runs.text), lambda: _scoring(runs.text))
        # cheap; the exact count only for short texts
        if words < min_words and scan.memo(("readability-words", text), lambda: len(rd.WORD.findall(text))) < min_words:
            return None  # most extras stop here
        estimate = scan.memo(("readability-estimate", text), lambda: rd.estimate(text, words))
        if estimate >= max(top, aim) + rd.ESTIMATE_MARGIN:
            return None  # most descriptions stop here
        score = rd.score(text, min_words)
        if score is None or score >= top or (bottom is not None and score < bottom):
            return None
        n, a, b = rd.longest_sentence(runs.text)
        return self.hit(runs.src_span(a, b), runs.runs[runs.run_index(a)].section, what=what, score=score,
                        band=rd.band(score), n=n, aim=aim)


def _scoring(text: str) -> tuple[str, int]:
    """The text as the score reads it, and its words counted roughly (by spaces)."""
    scored = rd.scoring_text(text)
    return scored, len(scored.split())


_READ_OPTIONS = (
    Option("min_words", int, 20, "Shorter texts are not scored: the score means little."),
    Option("aim", float, 30, "The score the suggestion asks for."),
)


class Readability(_ReadabilityRule):
    """Buyers skim: a description or extra written in long sentences and long words is
    hard to read, and editors ask for plain language.

    Scored with the Flesch reading ease (textstat; 0-100, higher is easier, plain English
    is 60-70) on texts of at least `min_words` words, each line counted as a sentence.
    Reported below `below` (30: "very difficult", academic prose) and down to the
    threshold of `readability-very-hard` (GC605), which reports what is far below. The
    finding points at the longest sentence, usually the place to start.
    """

    code = "GC604"
    name = "readability"
    aliases = ("GC513",)
    fingerprint_code = "GC513"
    severity = Severity.INFO
    summary = "The description or an extra is hard to read (Flesch reading ease)."
    options = (*_READ_OPTIONS, Option("below", float, 30, "Scores under this are reported."),
               Option("very_hard_below", float, 0, "Scores under this are readability-very-hard's."))
    bounds = ("below", "very_hard_below")
    bad_example = (
        "---\ntitle: I will translate your website\n---\n## Description\nI will translate your website, marketing "
        "materials and technical documentation into natural, fluent German. Every translation is reviewed by a "
        "second professional translator before delivery, so the terminology stays consistent across all your "
        "documents.\n"
    )
    good_example = _PLAIN


class ReadabilityVeryHard(_ReadabilityRule):
    """A description or extra so hard to read that it scores off the bottom of the Flesch
    scale (below 0 by default): buyers will not get through it.

    The same score as `readability` (GC604), for texts far below it: one finding per
    text, from whichever of the two rules its score falls to.
    """

    code = "GC605"
    name = "readability-very-hard"
    fingerprint_code = "GC513"  # reported by readability as a warning before 0.2
    severity = Severity.WARNING
    summary = "The description or an extra is far too hard to read (Flesch reading ease below 0)."
    options = (*_READ_OPTIONS, Option("below", float, 0, "Scores under this are reported."))
    bounds = ("below", None)
    bad_example = _HARD
    good_example = _PLAIN


RULES = (Shouting, PunctuationRun, EmojiWall, Readability, ReadabilityVeryHard)
