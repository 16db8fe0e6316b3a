"""The four kinds of data rule (rules/data.py) and how each checks a gig. `make_rule`
subclasses one of them per definition, filling in the class variables declared here."""
from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from gigcheck.document.gig import Gig
from gigcheck.records import Hit, TextRun
from gigcheck.regex_cache import cached_regex
from gigcheck.rules.base import Context, Rule
from gigcheck.rules.data_scope import DEFAULT_SCOPE, item_anchor, list_anchor, locate, scoped_runs, text_units

_WORD = cached_regex(r"\w+(?:['’-]\w+)*")


class DataRuleType(type):
    """The metaclass of rules made from data: pickled as their definition (the copyreg
    entry in rules/data.py), rebuilt by `make_rule` on the other side."""


class DataRule(Rule, metaclass=DataRuleType):
    """A rule defined in a pack. Subclasses (one per kind) implement `check`."""

    definition: ClassVar[Mapping[str, Any]]  # the table it was made from
    defined_in: ClassVar[str]  # the pack or config file
    data_kind: ClassVar[str]
    bad_example = ""
    good_example = ""

    @classmethod
    def docs_url(cls) -> str:
        return cls.defined_in


class _TextRule(DataRule):
    """A kind that reads the text of the scoped fields and sections."""

    scope: ClassVar[tuple[str, ...]] = DEFAULT_SCOPE

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        for run in scoped_runs(gig, self.scope):
            if run.text:
                yield from self.check_run(run)

    def check_run(self, run: TextRun) -> Iterator[Hit]:
        raise NotImplementedError


class ExistenceRule(_TextRule):
    data_kind = "existence"
    regex: ClassVar[re.Pattern[str]]
    exceptions: ClassVar[re.Pattern[str] | None] = None
    tokens: ClassVar[Mapping[str, str]]  # normalized spelling -> the token as declared
    ignorecase: ClassVar[bool] = True

    def check_run(self, run: TextRun) -> Iterator[Hit]:
        text = run.text
        spared = [m.span() for m in self.exceptions.finditer(text)] if self.exceptions is not None else []
        k = 0
        for m in self.regex.finditer(text):
            a, b = m.span()
            while k < len(spared) and spared[k][1] < b:  # exception spans are sorted and apart
                k += 1
            if k < len(spared) and spared[k][0] <= a:
                continue
            found = m.group()
            token = self.tokens.get(fold(found, self.ignorecase), found)
            yield self.hit(run.src_span(a, b), run.section, value=fold(found, True), match=fold(found, False),
                           token=token)


class SubstitutionRule(_TextRule):
    data_kind = "substitution"
    regex: ClassVar[re.Pattern[str]]
    swap: ClassVar[Mapping[str, str]]  # normalized phrase -> preferred phrase
    ignorecase: ClassVar[bool] = True

    def check_run(self, run: TextRun) -> Iterator[Hit]:
        for m in self.regex.finditer(run.text):
            found = m.group()
            preferred = self.swap.get(fold(found, self.ignorecase))
            if preferred is None:
                continue
            replacement = _in_case_of(found, preferred)
            if replacement == fold(found, False):
                continue
            yield self.hit(run.src_span(*m.span()), run.section, value=fold(found, True),
                           match=fold(found, False), replacement=replacement)


class PatternRule(_TextRule):
    data_kind = "pattern"
    regex: ClassVar[re.Pattern[str]]

    def check_run(self, run: TextRun) -> Iterator[Hit]:
        for m in self.regex.finditer(run.text):
            a, b = m.span()
            if a == b:
                continue
            groups: dict[str, Any] = {k: (v or "") for k, v in m.groupdict().items()}
            yield self.hit(run.src_span(a, b), run.section, value=fold(m.group(), True), **groups,
                           match=fold(m.group(), False))


def _unit(measure: str) -> str:
    """One of what a limit counts: every measure and listed field is a plural in -s
    ("characters", "words", "tags", "extras", "packages")."""
    return measure.removesuffix("s")


class LimitRule(DataRule):
    data_kind = "limit"
    field: ClassVar[str]
    measure: ClassVar[str]
    max: ClassVar[int | None] = None
    min: ClassVar[int | None] = None

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        if self.measure == "items":
            yield from self._items(gig)
            return
        for unit in text_units(gig, self.field):
            text = "\n".join(r.text for r in unit.runs)
            if self.measure == "characters":
                count = len(text)
                at = self.max
            else:
                words = list(_WORD.finditer(text))
                count = len(words)
                at = words[self.max].start() if self.max is not None and count > self.max else None
            fields: dict[str, Any] = {"count": count, "measure": self.measure, "unit": _unit(self.measure),
                                      "field": unit.label}
            if self.max is not None and count > self.max and at is not None:
                run, offset = locate(unit.runs, at)
                yield self.hit(run.trimmed_span(offset), run.section, limit=self.max, over=count - self.max, **fields)
            elif self.min is not None and count < self.min and unit.anchor is not None:
                yield self.hit(unit.anchor, unit.section, "min", limit=self.min, over=self.min - count, **fields)

    def _items(self, gig: Gig) -> Iterator[Hit]:
        lists: dict[str, list[Any]] = {"tags": gig.tags, "extras": gig.extras, "packages": gig.packages}
        count = len(lists[self.field])
        fields: dict[str, Any] = {"count": count, "measure": self.field, "unit": _unit(self.field), "field": self.field}
        if self.max is not None and count > self.max:
            span, section = item_anchor(gig, self.field, self.max)
            yield self.hit(span, section, limit=self.max, over=count - self.max, **fields)
        elif self.min is not None and count < self.min:
            span, section = list_anchor(gig, self.field)
            yield self.hit(span, section, "min", limit=self.min, over=self.min - count, **fields)


KIND_CLASSES: dict[str, type[DataRule]] = {
    "existence": ExistenceRule, "substitution": SubstitutionRule, "pattern": PatternRule, "limit": LimitRule,
}


def fold(text: str, ignorecase: bool) -> str:
    """`text` as phrases are looked up: white space runs made one space, case folded
    unless the rule minds case."""
    text = " ".join(text.split())
    return text.casefold() if ignorecase else text


def _in_case_of(found: str, preferred: str) -> str:
    """`preferred` written like `found` when `preferred` is in lower case: "E-mail" →
    "Email", "E-MAIL" → "EMAIL". A preferred spelling with capitals is kept as it is."""
    if preferred != preferred.lower():
        return preferred
    letters = [c for c in found if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return preferred.upper()
    if letters and letters[0].isupper():
        return preferred[:1].upper() + preferred[1:]
    return preferred
