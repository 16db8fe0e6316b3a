"""What a data rule reads (rules/data.py): the text of the parts of a gig its `scope` names,
the texts and lists a `limit` measures, and where its findings point."""
from __future__ import annotations

import fnmatch
from collections.abc import Callable, Iterator

from gigcheck.document import gig as G
from gigcheck.document.gig import Gig, span_of
from gigcheck.records import TextRun

DEFAULT_SCOPE = (G.TITLE, G.DESCRIPTION, G.EXTRAS, G.FAQ)
SCOPES = (G.TITLE, G.TAGS, G.CATEGORY, G.DESCRIPTION, G.EXTRAS, G.FAQ, G.REQUIREMENTS, G.PORTFOLIO,
          G.FRONT_MATTER, "packages", G.GALLERY)
MEASURES = ("characters", "words", "items")
# What a limit measures: a field's text, a section's visible text, or a list.
LIMIT_FIELDS = {
    "title": ("characters", "words"), "category": ("characters", "words"),
    "tags": ("items", "characters", "words"),  # items: how many tags; else each tag
    "description": ("characters", "words"), "faq": ("characters", "words"),
    "requirements": ("characters", "words"), "portfolio": ("characters", "words"),
    "extras": ("items",), "extra-title": ("characters", "words"), "extra-description": ("characters", "words"),
    "packages": ("items",), "package-description": ("characters", "words"),
}

Span = tuple[int, int]


def scope_matcher(scope: tuple[str, ...]) -> Callable[[str], bool]:
    """A test for section ids: `extras` is every extra, `packages` every package, and
    `extra:<name>` / `package:<name>` may use `*` and `?` (case does not matter)."""
    exact = set(scope)
    globs = [s.lower() for s in scope if ":" in s]
    if G.EXTRAS in exact:
        globs.append("extra:*")
    if "packages" in exact:
        globs.append("package:*")

    known: dict[str, bool] = {}  # a gig's runs share a few sections: each is matched once

    def matches(section: str) -> bool:
        hit = known.get(section)
        if hit is None:
            hit = known[section] = section in exact or any(fnmatch.fnmatchcase(section.lower(), g) for g in globs)
        return hit

    return matches


def scoped_runs(gig: Gig, scope: tuple[str, ...]) -> Iterator[TextRun]:
    """The text a buyer reads in the scoped parts of `gig`: the title, tag and category
    fields, each extra's title and description (not its price and delivery lines), each
    package's description, and the visible prose of the scoped sections."""
    matches = scope_matcher(scope)
    if gig.title is not None and matches(G.TITLE):
        yield gig.title.run
    if matches(G.TAGS):
        for tag in gig.tags:
            yield tag.run
    if gig.category is not None and matches(G.CATEGORY):
        yield gig.category.run
    for extra in gig.extras:
        if matches(extra.section):
            yield extra.heading
            yield from extra.description
    for pkg in gig.packages:
        if pkg.description is not None and matches(pkg.section):
            yield pkg.description.run
    own = (G.TITLE, G.TAGS, G.CATEGORY)
    for run in gig.runs:
        s = run.section
        if s in own or s.startswith(("extra:", "package:")) or not matches(s):
            continue
        if run.kind in G.VISIBLE_PROSE or (s in (G.FRONT_MATTER, G.GALLERY) and run.kind == "fm_value"):
            yield run


class Unit:
    """One measured text: its runs, a label for messages, and where a "too short" finding
    points (None: the unit is absent)."""

    __slots__ = ("label", "runs", "section", "anchor")

    def __init__(self, label: str, runs: list[TextRun], section: str, anchor: Span | None) -> None:
        self.label, self.runs, self.section, self.anchor = label, runs, section, anchor


def text_units(gig: Gig, field: str) -> Iterator[Unit]:
    """The texts a `characters` or `words` limit on `field` measures, one by one."""
    if field in ("title", "category"):
        f = gig.title if field == "title" else gig.category
        if f is not None:
            yield Unit(field, [f.run], f.run.section, f.run.trimmed_span() if f.run.text.strip() else None)
    elif field == "tags":
        for tag in gig.tags:
            yield Unit(f'tag "{tag.raw}"', [tag.run], G.TAGS, tag.run.trimmed_span())
    elif field == "extra-title":
        for e in gig.extras:
            yield Unit(f'title of the extra "{e.name}"', [e.heading], e.section, e.heading.trimmed_span())
    elif field == "extra-description":
        for e in gig.extras:
            yield Unit(f'description of the extra "{e.name}"', list(e.description), e.section,
                       e.heading.trimmed_span())
    elif field == "package-description":
        for p in gig.packages:
            if p.description is not None:
                yield Unit(f'description of the package "{p.name}"', [p.description.run], p.section,
                           p.description.run.trimmed_span())
    else:
        section = gig.sections.get(field)
        if section is None:
            return
        runs = [r for r in section.runs if r.kind in G.VISIBLE_PROSE]
        label = "FAQ" if field == G.FAQ else field
        if section.heading is not None:
            anchor: Span | None = section.heading.trimmed_span()
        elif runs:
            anchor = runs[0].trimmed_span()
        else:
            anchor = None
        yield Unit(label, runs, field, anchor)


def locate(runs: list[TextRun], index: int) -> tuple[TextRun, int]:
    """The run and offset of character `index` of the runs joined by line breaks."""
    seen = 0
    for run in runs:
        if index < seen + len(run.text):
            return run, index - seen
        seen += len(run.text) + 1
    return runs[-1], len(runs[-1].text)



def item_anchor(gig: Gig, field: str, index: int) -> tuple[Span, str]:
    """Where a finding about too many tags, extras or packages points: at the first item
    over the limit (for tags, from there to the last one)."""
    if field == "tags":
        return span_of(gig.tags[index:]), G.TAGS
    if field == "extras":
        extra = gig.extras[index]
        return extra.heading.trimmed_span(), extra.section
    pkg = gig.packages[index]
    return pkg.key.trimmed_span(), pkg.section


def list_anchor(gig: Gig, field: str) -> tuple[Span, str]:
    """Where a finding about too few tags, extras or packages points."""
    if field == "tags" and gig.tags:
        return span_of(gig.tags), G.TAGS
    if field == "tags" and gig.tags_key is not None:
        return gig.tags_key.trimmed_span(), G.TAGS
    if field == "extras":
        section = gig.sections.get(G.EXTRAS)
        if section is not None and section.heading is not None:
            return section.heading.trimmed_span(), G.EXTRAS
    at = gig.front_matter_run.segments[0].src_start if gig.front_matter_run else 0
    return (at, at), {"tags": G.TAGS, "extras": G.EXTRAS}.get(field, G.FRONT_MATTER)
