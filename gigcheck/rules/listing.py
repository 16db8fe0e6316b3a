"""Listing rules (category `listing`): the gig's shape, as the marketplace's form enforces it."""
from __future__ import annotations

from typing import Iterator

from gigcheck.document import gig as G
from gigcheck.document.gig import Gig
from gigcheck.records import Hit, Severity, TextRun
from gigcheck.rules.base import Context, Rule


def _hit(run: TextRun, start: int, end: int, message: str, suggestion: str | None = None) -> Hit:
    a, b = run.src_span(start, end)
    return Hit(a, b, run.section, message, suggestion)


def _top_hit(gig: Gig, section: str, message: str, suggestion: str) -> Hit:
    """A finding about something absent: point at the front matter, else the first line."""
    at = gig.front_matter_run.segments[0].src_start if gig.front_matter_run else 0
    return Hit(at, at, section, message, suggestion)


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
    bad_example = "---\ntitle: I will: record your voice\n  tags: [a\n---\n"
    good_example = "---\ntitle: \"I will record your voice\"\ntags: [voice, audio]\n---\n"

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        for problem in gig.parse_problems:
            yield Hit(
                problem.start,
                problem.end,
                problem.section,
                problem.message,
                "Check the indentation and quote values that contain a colon.",
            )


class TitleMissing(Rule):
    """Every gig needs a title: it is the first thing buyers and editors read.

    Put it in the front matter (`title: I will ...`) or as the first `#` heading.
    """

    code = "GC101"
    name = "title-missing"
    category = "listing"
    severity = Severity.ERROR
    summary = "The gig has no title."
    bad_example = "---\ncategory: Voice Over\n---\nI record voice overs.\n"
    good_example = "---\ntitle: I will record a professional voice over\n---\n"

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        if gig.title is None or not gig.title.raw.strip():
            yield _top_hit(
                gig, G.TITLE, "The gig has no title.", "Add `title: I will ...` to the front matter."
            )


class TitleTooLong(Rule):
    """The marketplace cuts titles at a fixed length (80 characters by default).

    A title that is too long is rejected by the form, or shown cut off in search results.
    """

    code = "GC102"
    name = "title-too-long"
    category = "listing"
    severity = Severity.ERROR
    summary = "The title is longer than the marketplace allows."
    options = {"max_length": int}
    bad_example = "title: I will record an amazing professional high quality male or female voice over for you today\n"
    good_example = "title: I will record a professional male voice over\n"

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        limit = ctx.options["max_length"]
        title = gig.title
        if title is None:
            return
        n = len(title.raw)
        if n > limit:
            yield _hit(
                title.run,
                0,
                n,
                f"The title is {n} characters long; the limit is {limit}.",
                f"Shorten it by {n - limit} characters: keep the service, drop adjectives.",
            )


class TitleNotIWill(Rule):
    """Gig titles complete the sentence "I will ...", describing the service.

    Titles such as "Best logo designer" are rejected: say what you will do.
    """

    code = "GC103"
    name = "title-not-i-will"
    category = "listing"
    severity = Severity.WARNING
    summary = 'The title does not start with "I will".'
    options = {"prefix": str}
    bad_example = "title: Professional logo design\n"
    good_example = "title: I will design a professional minimalist logo\n"

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        prefix: str = ctx.options["prefix"]
        title = gig.title
        if title is None or not title.raw.strip():
            return
        text = title.raw
        lead = len(text) - len(text.lstrip())
        body = text[lead:]
        if body.lower().startswith(prefix.lower()) and (
            len(body) == len(prefix) or not body[len(prefix)].isalnum()
        ):
            return
        end = lead + len(" ".join(body.split(" ")[:2]))
        yield _hit(
            title.run,
            lead,
            end,
            f'The title must start with "{prefix}".',
            f'Start with "{prefix}" followed by the service, e.g. "{prefix} design a minimalist logo".',
        )


class TitleForbiddenCharacters(Rule):
    """Some characters are not accepted in gig titles (by default `& / " +`).

    The marketplace's form refuses them; spell them out instead ("and", "or").
    """

    code = "GC104"
    name = "title-forbidden-characters"
    category = "listing"
    severity = Severity.ERROR
    summary = "The title contains characters the marketplace does not accept."
    options = {"characters": list}
    bad_example = "title: I will design a logo & business card\n"
    good_example = "title: I will design a logo and business card\n"

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        forbidden = set(ctx.options["characters"])
        title = gig.title
        if title is None:
            return
        for i, ch in enumerate(title.raw):
            if ch in forbidden:
                word = {"&": "and", "+": "and", "/": "or"}.get(ch)
                tip = f'Replace "{ch}" with "{word}".' if word else f'Remove "{ch}".'
                yield _hit(title.run, i, i + 1, f'The title may not contain "{ch}".', tip)


class DescriptionMissing(Rule):
    """Buyers decide from the description: a gig without one is not approved."""

    code = "GC105"
    name = "description-missing"
    category = "listing"
    severity = Severity.ERROR
    summary = "The gig has no description."
    bad_example = "---\ntitle: I will edit your video\n---\n## FAQ\nQ: ...\n"
    good_example = "---\ntitle: I will edit your video\n---\nI edit YouTube videos: cuts, color, captions.\n"

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        if not description_text(gig).strip():
            section = gig.sections.get(G.DESCRIPTION)
            if section is not None and section.heading is not None:
                h = section.heading
                yield _hit(h, 0, len(h.text), "The Description section is empty.", "Describe what you offer.")
            else:
                yield _top_hit(gig, G.DESCRIPTION, "The gig has no description.", "Add a `## Description` section.")


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
    options = {"max_length": int}
    bad_example = "## Description\n" + "I record voice overs. " * 70 + "\n"
    good_example = "## Description\nI record voice overs for ads and e-learning in a treated studio.\n"

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
                cut = limit - seen
                yield _hit(
                    run,
                    cut,
                    len(run.text),
                    f"The description is {total} characters long (as a buyer sees it); the limit is {limit}. "
                    "Text from here on would be cut.",
                    f"Remove about {total - limit} characters: drop repetition, move details to the FAQ.",
                )
                return
            seen += len(run.text) + 1


class TooManyTags(Rule):
    """Gigs take a limited number of search tags (5 by default); extra tags are rejected."""

    code = "GC107"
    name = "too-many-tags"
    category = "listing"
    severity = Severity.ERROR
    summary = "The gig has more search tags than allowed."
    options = {"max_tags": int}
    bad_example = "tags: [logo, design, brand, minimalist, modern, vector]\n"
    good_example = "tags: [logo, logo design, minimalist logo, brand, vector]\n"

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        limit = ctx.options["max_tags"]
        tags = gig.tags
        if len(tags) <= limit:
            return
        first, last = tags[limit].run, tags[-1].run
        a = first.src_offset(0)
        b = last.src_span(0, len(last.text))[1]
        yield Hit(
            a,
            max(a, b),
            G.TAGS,
            f"The gig has {len(tags)} tags; at most {limit} are allowed.",
            f"Keep the {limit} tags buyers are most likely to search for.",
        )


class DuplicateExtra(Rule):
    """Two gig extras with the same name confuse buyers and are rejected by editors."""

    code = "GC108"
    name = "duplicate-extra"
    category = "listing"
    severity = Severity.ERROR
    summary = "Two gig extras have the same name."
    bad_example = "## Extras\n### Fast delivery\nPrice: $10\n### Fast delivery\nPrice: $20\n"
    good_example = "## Extras\n### Fast delivery\nPrice: $10\n### Source files\nPrice: $20\n"

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        seen: dict[str, int] = {}
        for extra in gig.extras:
            key = " ".join(extra.name.lower().split())
            if key in seen:
                h = extra.heading
                yield _hit(
                    h,
                    0,
                    len(h.text),
                    f'There is already an extra named "{extra.name}".',
                    "Merge the two extras or give each a name that says what it adds.",
                )
            else:
                seen[key] = 1


class EmptySection(Rule):
    """A section heading with nothing under it looks unfinished to buyers."""

    code = "GC109"
    name = "empty-section"
    category = "listing"
    severity = Severity.WARNING
    summary = "A section has a heading but no content."
    bad_example = "## FAQ\n\n## Portfolio\nhttps://soundcloud.com/me\n"
    good_example = "## FAQ\n**Do you edit audio?** Yes, noise removal is included.\n"

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        for name, section in gig.sections.items():
            if section.heading is None or name == G.DESCRIPTION:
                continue
            empty = not gig.extras if name == G.EXTRAS else not any(r.text.strip() for r in section.runs)
            if empty:
                h = section.heading
                yield _hit(
                    h,
                    0,
                    len(h.text),
                    f'The "{h.text.strip()}" section is empty.',
                    "Fill it in or remove the heading.",
                )
