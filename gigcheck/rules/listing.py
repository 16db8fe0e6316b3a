"""Listing rules (category `listing`): the gig's shape, as the marketplace's form enforces it."""
from __future__ import annotations

from collections.abc import Iterator

from gigcheck.document import gig as G
from gigcheck.document.gig import Gig, span_of
from gigcheck.records import Fix, Hit, Severity, TextRun
from gigcheck.rules import fixes
from gigcheck.rules.base import Context, Option, Rule


def _span(run: TextRun, start: int, end: int) -> tuple[int, int]:
    return run.src_span(start, end)


def _top(gig: Gig) -> tuple[int, int]:
    """Where a finding about something absent points: the front matter, else the start."""
    at = gig.front_matter_run.segments[0].src_start if gig.front_matter_run else 0
    return at, at


def _front_matter_unread(gig: Gig) -> bool:
    """Whether the front matter is there but could not be read (not YAML, not fields)."""
    return gig.front_matter_run is not None and not gig.front_matter and bool(gig.parse_problems)


def description_text(gig: Gig) -> str:
    """What a buyer reads in the description: no Markdown syntax, breaks as spaces."""
    return G.prose_text(gig.sections.get(G.DESCRIPTION))


class FrontMatterInvalid(Rule):
    """The YAML block between the `---` lines at the top of the file could not be read.

    gigcheck reads the title, category, tags and packages from it; when it is broken,
    those fields are not checked at all.
    """

    code = "GC100"
    name = "front-matter-invalid"
    category = "listing"
    severity = Severity.ERROR
    summary = "The front matter is not valid YAML."
    suggestions = {"default": "Check the indentation and quote values that contain a colon."}
    bad_example = "---\ntitle: I will: record your voice\n  tags: [a\n---\nI record voice overs.\n"
    good_example = "---\ntitle: \"I will record your voice\"\ntags: [voice, audio]\n---\nI record voice overs.\n"

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        for problem in gig.parse_problems:
            yield Hit(problem.start, problem.end, problem.section, problem.message, self.suggestion())


class TitleMissing(Rule):
    """Every gig needs a title: it is the first thing buyers and editors read.

    Put it in the front matter (`title: I will ...`) or as the first `#` heading.
    """

    code = "GC101"
    name = "title-missing"
    category = "listing"
    severity = Severity.ERROR
    summary = "The gig has no title."
    messages = {"default": "The gig has no title."}
    suggestions = {"default": "Add `title: I will ...` to the front matter."}
    bad_example = "---\ncategory: Voice Over\n---\nI record voice overs.\n"
    good_example = "---\ntitle: I will record a professional voice over\n---\nI record voice overs.\n"

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        if _front_matter_unread(gig):
            return  # GC100 says why: the title may well be in it
        if gig.title is None or not gig.title.raw.strip():
            yield self.hit(_top(gig), G.TITLE)


class TitleTooLong(Rule):
    """The marketplace cuts titles at a fixed length (80 characters by default).

    A title that is too long is rejected by the form, or shown cut off in search results.
    """

    code = "GC102"
    name = "title-too-long"
    category = "listing"
    severity = Severity.ERROR
    summary = "The title is longer than the marketplace allows."
    options = (Option("max_length", int, 80, "Longest title, in characters."),)
    messages = {"default": "The title is {n:character} long; the limit is {limit}."}
    suggestions = {"default": "Shorten it by {over:character}: keep the service, drop adjectives."}
    bad_example = (
        "---\ntitle: I will record an amazing professional high quality male or female voice over for you today\n"
        "---\nI record voice overs.\n"
    )
    good_example = "---\ntitle: I will record a professional male voice over\n---\nI record voice overs.\n"

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        limit = ctx.options["max_length"]
        title = gig.title
        if title is None:
            return
        n = len(title.raw)
        if n > limit:
            yield self.hit(_span(title.run, 0, n), title.run.section, n=n, limit=limit, over=n - limit)


class TitleNotIWill(Rule):
    """Gig titles complete the sentence "I will ...", describing the service.

    Titles such as "Best logo designer" are rejected: say what you will do. Packs for
    marketplaces without this form set `prefix` to "" (no check).
    """

    code = "GC103"
    name = "title-not-i-will"
    category = "listing"
    severity = Severity.WARNING
    summary = 'The title does not start with "I will".'
    options = (Option("prefix", str, "I will", 'What every title starts with ("" for no check).'),)
    messages = {"default": 'The title must start with "{prefix}".'}
    suggestions = {
        "default": 'Start with "{prefix}" followed by the service, e.g. "{prefix} design a minimalist logo".'
    }
    bad_example = "---\ntitle: Professional logo design\n---\nI design logos.\n"
    good_example = "---\ntitle: I will design a professional minimalist logo\n---\nI design logos.\n"

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        prefix: str = ctx.options["prefix"]
        title = gig.title
        if not prefix or title is None or not title.raw.strip():
            return
        text = title.raw
        lead = len(text) - len(text.lstrip())
        body = text[lead:]
        if body.lower().startswith(prefix.lower()) and (len(body) == len(prefix) or not body[len(prefix)].isalnum()):
            return
        end = lead + len(" ".join(body.split(" ")[:2]))
        yield self.hit(_span(title.run, lead, end), title.run.section, prefix=prefix)


_SPELLED = {"&": "and", "+": "and", "/": "or"}


class TitleForbiddenCharacters(Rule):
    """Some characters are not accepted in gig titles (by default `& / " +`).

    The marketplace's form refuses them; spell them out instead ("and", "or").
    """

    code = "GC104"
    fix_summary = 'Replaces "&" with "and" (spaced from the words around it).'
    name = "title-forbidden-characters"
    category = "listing"
    severity = Severity.ERROR
    summary = "The title contains characters the marketplace does not accept."
    options = (Option("characters", list, ["&", "/", '"', "+"], "Characters the title may not contain.", str),)
    messages = {"default": 'The title may not contain "{ch}".'}
    suggestions = {"default": 'Replace "{ch}" with "{word}".', "remove": 'Remove "{ch}".'}
    bad_example = "---\ntitle: I will design a logo & business card\n---\nI design logos.\n"
    good_example = "---\ntitle: I will design a logo and business card\n---\nI design logos.\n"

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        forbidden = set(ctx.options["characters"])
        title = gig.title
        if title is None:
            return
        for i, ch in enumerate(title.raw):
            if ch in forbidden:
                word = _SPELLED.get(ch)
                tip = self.suggestion("default" if word else "remove", ch=ch, word=word)
                span = _span(title.run, i, i + 1)
                yield self.hit(span, title.run.section, ch=ch, tip=tip, fix=_spelled_fix(gig.source, span, ch))


def _spelled_fix(source: str, span: tuple[int, int], ch: str) -> Fix | None:
    """`&` spelled "and" (the others may belong to a name, "C++", "24/7": the seller decides)."""
    if ch not in _FIXED or source[span[0] : span[1]] not in (ch, "&amp;"):
        return None
    word = _SPELLED[ch]
    return fixes.replace(*span, fixes.spaced_word(source, *span, word), f'Replace "{ch}" with "{word}"')


_FIXED = frozenset("&")


class DescriptionMissing(Rule):
    """Buyers decide from the description: a gig without one is not approved."""

    code = "GC105"
    name = "description-missing"
    category = "listing"
    severity = Severity.ERROR
    summary = "The gig has no description."
    messages = {"default": "The gig has no description.", "empty": "The Description section is empty."}
    suggestions = {"default": "Add a `## Description` section.", "empty": "Describe what you offer."}
    bad_example = "---\ntitle: I will edit your video\n---\n## FAQ\nQ: How long? A: Two days.\n"
    good_example = "---\ntitle: I will edit your video\n---\nI edit YouTube videos: cuts, color, captions.\n"

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        if description_text(gig).strip():
            return
        section = gig.sections.get(G.DESCRIPTION)
        if section is not None and section.heading is not None:
            h = section.heading
            yield self.hit(_span(h, 0, len(h.text)), h.section, "empty")
        else:
            yield self.hit(_top(gig), G.DESCRIPTION)


class DescriptionTooLong(Rule):
    """Descriptions have a character limit (1,200 by default), counted on what the buyer sees.

    Markdown syntax (`**`, link targets, HTML comments) does not count; everything after the
    limit is cut off by the marketplace's form.
    """

    code = "GC106"
    name = "description-too-long"
    category = "listing"
    severity = Severity.ERROR
    summary = "The description is longer than the marketplace allows."
    options = (Option("max_length", int, 1200, "Longest description, in characters a buyer sees."),)
    messages = {
        "default": "The description is {total:character} long (as a buyer sees it); the limit is {limit}. "
        "Text from here on would be cut."
    }
    suggestions = {"default": "Remove about {over:character}: drop repetition, move details to the FAQ."}
    bad_example = "---\ntitle: I will record a voice over\n---\n## Description\n" + "I record voice overs. " * 70 + "\n"
    good_example = (
        "---\ntitle: I will record a voice over\n---\n## Description\n"
        "I record voice overs for ads and e-learning in a treated studio.\n"
    )

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        limit = ctx.options["max_length"]
        section = gig.sections.get(G.DESCRIPTION)
        if section is None:
            return
        total = len(G.prose_text(section))
        if total <= limit:
            return
        seen = 0
        for run in section.runs:
            if run.kind not in G.VISIBLE_PROSE:
                continue
            if seen + len(run.text) > limit:
                span = _span(run, limit - seen, len(run.text))
                yield self.hit(span, run.section, total=total, limit=limit, over=total - limit)
                return
            seen += len(run.text) + 1


class TooManyTags(Rule):
    """Gigs take a limited number of search tags (5 by default); extra tags are rejected."""

    code = "GC107"
    name = "too-many-tags"
    category = "listing"
    severity = Severity.ERROR
    summary = "The gig has more search tags than allowed."
    options = (Option("max_tags", int, 5, "Most search tags a gig may have."),)
    messages = {"default": "The gig has {n:tag}; the limit is {limit}."}
    suggestions = {"default": "Keep the {limit:tag} buyers are most likely to search for."}
    bad_example = (
        "---\ntitle: I will design a minimalist logo\ntags: [logo, design, brand, minimalist, modern, vector]\n"
        "---\nI design logos.\n"
    )
    good_example = (
        "---\ntitle: I will design a minimalist logo\ntags: [logo, logo design, minimalist logo, brand, vector]\n"
        "---\nI design logos.\n"
    )

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        limit = ctx.options["max_tags"]
        tags = gig.tags
        if len(tags) <= limit:
            return
        yield self.hit(span_of(tags[limit:]), G.TAGS, n=len(tags), limit=limit)


class DuplicateExtra(Rule):
    """Two gig extras with the same name confuse buyers and are rejected by editors."""

    code = "GC108"
    name = "duplicate-extra"
    category = "listing"
    severity = Severity.ERROR
    summary = "Two gig extras have the same name."
    messages = {"default": 'There is already an extra named "{name}".'}
    suggestions = {"default": "Merge the two extras or give each a name that says what it adds."}
    bad_example = (
        "---\ntitle: I will design a logo\n---\nI design logos.\n\n## Extras\n"
        "### Fast delivery\nPrice: $10\n### Fast delivery\nPrice: $20\n"
    )
    good_example = (
        "---\ntitle: I will design a logo\n---\nI design logos.\n\n## Extras\n"
        "### Fast delivery\nPrice: $10\n### Source files\nPrice: $20\n"
    )

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        seen: set[str] = set()
        for extra in gig.extras:
            key = " ".join(extra.name.lower().split())
            if key in seen:
                h = extra.heading
                yield self.hit(_span(h, 0, len(h.text)), h.section, name=extra.name)
            seen.add(key)


class EmptySection(Rule):
    """A section heading with nothing under it looks unfinished to buyers."""

    code = "GC109"
    name = "empty-section"
    category = "listing"
    severity = Severity.WARNING
    summary = "A section has a heading but no content."
    messages = {"default": 'The "{heading}" section is empty.'}
    suggestions = {"default": "Fill it in or remove the heading."}
    bad_example = "---\ntitle: I will record a voice over\n---\nI record voice overs.\n\n## FAQ\n\n## Portfolio\nhttps://soundcloud.com/me\n"
    good_example = (
        "---\ntitle: I will record a voice over\n---\nI record voice overs.\n\n## FAQ\n"
        "**Do you edit audio?** Yes, noise removal is included.\n"
    )

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        for name, section in gig.sections.items():
            if section.heading is None or name == G.DESCRIPTION:
                continue
            empty = not gig.extras if name == G.EXTRAS else not any(r.text.strip() for r in section.runs)
            if empty:
                h = section.heading
                yield self.hit(_span(h, 0, len(h.text)), h.section, heading=h.text.strip())


RULES = (
    FrontMatterInvalid,
    TitleMissing,
    TitleTooLong,
    TitleNotIWill,
    TitleForbiddenCharacters,
    DescriptionMissing,
    DescriptionTooLong,
    TooManyTags,
    DuplicateExtra,
    EmptySection,
)
