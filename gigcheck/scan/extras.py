"""What the extras and wording rules share: texts made of several runs, the compiled
judge, and each extra's judgment, computed once per gig.

The judge (`gigcheck.extras.judge`) works on plain strings: an extra's title and its
description. An extra's description is several runs (one per line, the "Price:" and
"Delivery:" lines taken out), so it is judged as those runs joined with "\\n", and every
offset the judge reports is mapped back to the run it falls in by `JoinedRuns`.
"""
from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypedDict

from gigcheck.detectors.judge import Judge, Problem, Tok
from gigcheck.document import gig as G
from gigcheck.document.gig import Extra
from gigcheck.records import TextRun
from gigcheck.scan.gigscan import GigScan


class JoinedRuns:
    """Runs read as one text, joined with "\\n"; offsets in `text` map back to the source.

    A span that starts on a separator starts at the next run; one that ends on a
    separator ends with the previous run, so a span never covers source text between
    two runs that is not part of either (a "Price:" line between two paragraphs is, but
    only when the span itself runs across it).
    """

    __slots__ = ("runs", "text", "_starts")

    def __init__(self, runs: Iterable[TextRun]) -> None:
        self.runs: list[TextRun] = list(runs)
        starts, pos = [], 0
        for run in self.runs:
            starts.append(pos)
            pos += len(run.text) + 1
        self._starts = starts
        self.text = "\n".join(r.text for r in self.runs)

    def __bool__(self) -> bool:
        return bool(self.runs)

    def run_index(self, i: int) -> int:
        return max(0, bisect.bisect_right(self._starts, i) - 1)

    def src_span(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets `[a, b)` covering joined text `[start, end)` (needs a run)."""
        runs, starts = self.runs, self._starts
        start = max(0, min(start, len(self.text)))
        end = max(start, min(end, len(self.text)))
        k = self.run_index(start)
        off = start - starts[k]
        if off >= len(runs[k].text) and end > start and k + 1 < len(runs):
            k, off = k + 1, 0  # starts on a separator: the span begins with the next run
        a = runs[k].src_offset(min(off, len(runs[k].text)))
        if end <= start:
            return a, a
        m = self.run_index(end - 1)
        last = end - 1 - starts[m]
        run = runs[m]
        # Ending on a separator, the span runs up to the end of the run before it.
        b = run.src_offset(len(run.text)) if last >= len(run.text) else run.src_span(last, last + 1)[1]
        return a, max(a, b)


# ------------------------------------------------------------------ the judge -------

_MAX_MEMO = 8192  # judgments kept per judge: batches repeat template extras
# The marketplace's form takes extras of a few dozen words; judging a prefix bounds the
# cost of a hostile file, and offsets in a prefix are offsets in the whole.
_MAX_JUDGED = 4_000


class MemoJudge:
    """The compiled judge of a pack, and the judgments it made: the same extras recur
    across a seller's gigs and an agency's (problems are immutable; lists are copies)."""

    def __init__(self, judge: Judge) -> None:
        self.judge = judge
        self._memo: dict[tuple[str, str], tuple[Problem, ...]] = {}

    def judge_extra(self, title: str, description: str) -> list[Problem]:
        key = (title, description)
        found = self._memo.get(key)
        if found is None:
            if len(self._memo) >= _MAX_MEMO:
                self._memo.clear()
            found = self._memo[key] = tuple(self.judge.judge_extra(title, description))
        return list(found)


def judge(scan: GigScan) -> MemoJudge | None:
    """The pack's compiled extras judge, or None when the pack has no `[vocab.extras]`
    (then the rules that judge wording stay silent rather than judge with empty lists)."""
    compiled = scan.vocabulary.extras_judge
    if compiled is None:
        return None
    return scan.vocabulary.compiled("judge", lambda: MemoJudge(compiled))


@dataclass(slots=True)
class JudgedExtra:
    """One extra with its texts as judged and the judge's problems."""

    extra: Extra
    title: TextRun  # the extra's heading
    description: JoinedRuns
    problems: list[Problem]
    _tokens: tuple[list[Tok], list[Tok]] | None = None

    @property
    def section(self) -> str:
        return self.extra.section

    @property
    def title_text(self) -> str:
        """The title as judged (a prefix of a hostile one)."""
        return self.title.text[:_MAX_JUDGED]

    @property
    def description_text(self) -> str:
        """The description as judged: its runs joined with "\n" (a prefix of a hostile one)."""
        return self.description.text[:_MAX_JUDGED]

    @property
    def has_description(self) -> bool:
        return bool(self.description.text.strip())

    def span(self, problem: Problem) -> tuple[int, int]:
        """Where a problem is, in the source."""
        if problem.where == "title" or not self.description:
            return self.title.src_span(problem.start, problem.end)
        return self.description.src_span(problem.start, problem.end)

    def heading_span(self) -> tuple[int, int]:
        return self.title.trimmed_span()

    def of(self, *codes: str) -> list[Problem]:
        return [p for p in self.problems if p.code in codes]

    def tokens(self, judge: Judge) -> tuple[list[Tok], list[Tok]]:
        """Title and description tokens, computed once for the rules that need them."""
        if self._tokens is None:
            self._tokens = (judge.tokens(self.title_text), judge.tokens(self.description_text))
        return self._tokens


def judged_extras(scan: GigScan) -> list[JudgedExtra]:
    """Every extra of the gig, judged once per gig whichever rule asks first."""
    mj = judge(scan)
    gig = scan.gig
    if mj is None or not gig.extras:
        return []

    def build() -> list[JudgedExtra]:
        out = []
        for extra in gig.extras:
            desc = JoinedRuns(extra.description)
            je = JudgedExtra(extra, extra.heading, desc, [])
            je.problems = mj.judge_extra(je.title_text, je.description_text)
            out.append(je)
        return out

    return scan.memo(("extras", "judged"), build)


class ExtraNouns(TypedDict):
    extra: str
    extras: str


def extra_nouns(scan: GigScan) -> ExtraNouns:
    """What the pack calls a gig's extras, as message fields: `extra` ("extra", "add-on";
    `{extra:a}` puts the article) and `extras` (`[vocab.extras] noun`, `noun_plural`)."""
    table = scan.vocabulary.table("extras")
    noun = str(table.get("noun", "extra"))
    return ExtraNouns(extra=noun, extras=str(table.get("noun_plural", noun + "s")))


def description_runs(scan: GigScan, kinds: Sequence[str] = ("text", "heading", "table", "image_alt")) -> JoinedRuns:
    """The gig description's prose (no code: identifiers in capitals are not shouting),
    shared by the wording rules."""

    def build() -> JoinedRuns:
        section = scan.gig.sections.get(G.DESCRIPTION)
        runs = [r for r in section.runs if r.kind in kinds and r.text.strip()] if section else []
        return JoinedRuns(runs)

    return scan.memo(("extras", "description", tuple(kinds)), build)
