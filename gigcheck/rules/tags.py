"""Tag rules (category `listing`) beside too-many-tags (GC107): too few tags, a tag too
long, duplicate tags and tags that only repeat the title. Limits are the pack's options;
0 is no check.
"""
from __future__ import annotations

from collections.abc import Iterator

from gigcheck.document import gig as G
from gigcheck.document.gig import Field, Gig, span_of
from gigcheck.records import Hit, Severity
from gigcheck.regex_cache import cached_regex
from gigcheck.rules import fixes
from gigcheck.rules.base import Context, Option, Rule

_WORDS = cached_regex(r"[^\W_]+")


def _tagged(tags: str) -> str:
    """An example gig with these tags."""
    return f"---\ntitle: I will design a minimalist logo\ntags: [{tags}]\n---\nI design logos.\n"


def tag_words(text: str) -> list[str]:
    """A tag's words as compared: lower case, punctuation and hyphens as spaces."""
    return _WORDS.findall(text.casefold())


def _singular(word: str) -> str:
    """A plural's singular, conservatively: "designs" -> "design"; "glass", "bus" and
    short words stay as they are."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) else word


def near_key(text: str) -> str:
    """What two near-duplicate tags share: "Logo-Designs", "logo design" and "logodesign"
    are all "logodesign" (case, spacing, punctuation and plurals aside)."""
    return "".join(_singular(w) for w in tag_words(text))


class TooFewTags(Rule):
    """The marketplace asks for a minimum number of search tags (the pack's `min_tags`):
    buyers find a gig by them. A warning: the marketplace's pages have given different
    minimums over time (see the pack's sources, `gigcheck rules too-few-tags`).

    Checked when the gig lists tags (or an empty `tags:`); a draft that leaves its tags
    to the form (no `tags:` key at all) is not."""

    code = "GC120"
    name = "too-few-tags"
    category = "listing"
    severity = Severity.WARNING
    summary = "The gig has fewer search tags than the marketplace asks for."
    options = (Option("min_tags", int, 0, "Fewest search tags a gig may have (0: no check)."),)
    messages = {"default": "The gig has {n:tag}; at least {limit} are needed."}
    suggestions = {"default": "Add {missing} more: the words a buyer would search for to find this service."}
    bad_example = _tagged("logo")
    good_example = _tagged("logo, minimalist logo, brand")

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        limit = ctx.options["min_tags"]
        tags, key = gig.tags, gig.tags_key
        if not limit or len(tags) >= limit or not tags and key is None:
            return
        if tags:  # the tags given, as too-many-tags points at them (an export row has no key)
            span = span_of(tags)
        else:
            assert key is not None
            span = key.whole_span()
        yield self.hit(span, G.TAGS, n=len(tags), limit=limit, missing=limit - len(tags))


class TagTooLong(Rule):
    """Each search tag has a length limit (the pack's `max_length`, in characters): a
    longer tag is refused by the form. Tags are keywords, not sentences."""

    code = "GC121"
    name = "tag-too-long"
    category = "listing"
    severity = Severity.ERROR
    summary = "A search tag is longer than the marketplace allows."
    options = (Option("max_length", int, 0, "Longest search tag, in characters (0: no check)."),)
    messages = {"default": 'The tag "{tag}" is {n} characters long; the limit is {limit}.'}
    suggestions = {"default": "Keep the words a buyer would type: shorten it by {over:character}."}
    bad_example = (
        "---\ntitle: I will design a minimalist logo\ntags: [logo, minimalist logo design for startups]\n"
        "---\nI design logos.\n"
    )
    good_example = _tagged("logo, minimalist logo, startup logo")

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        limit = ctx.options["max_length"]
        if not limit:
            return
        for tag in gig.tags:
            n = len(tag.raw)
            if n > limit:
                yield self.hit(tag.run.whole_span(), G.TAGS, tag=tag.raw, n=n, limit=limit, over=n - limit)


class DuplicateTag(Rule):
    """A tag that repeats another, exactly or nearly: the same words in another case,
    spacing, punctuation or number ("logo design", "Logo-Designs", "logodesign").

    The marketplace searches tags without those differences, so the second one takes a
    tag slot and finds nothing the first does not."""

    code = "GC122"
    fix_summary = "Removes the repeated tag: its YAML list item, or the tag and its comma."
    name = "duplicate-tag"
    category = "listing"
    severity = Severity.WARNING
    summary = "A search tag repeats another one (in another case, spacing or plural)."
    messages = {
        "default": 'The tag "{tag}" is already listed.',
        "near": 'The tag "{tag}" is the same as "{first}" for search.',
    }
    suggestions = {"default": "Remove it, or use the slot for another word buyers search for."}
    bad_example = _tagged("logo design, Logo-Designs, brand")
    good_example = _tagged("logo design, brand identity, vector logo")

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        seen: dict[str, Field] = {}
        for tag in gig.tags:
            key = near_key(tag.raw)
            if not key:
                continue
            first = seen.get(key)
            if first is None:
                seen[key] = tag
                continue
            exact = " ".join(first.raw.casefold().split()) == " ".join(tag.raw.casefold().split())
            span = tag.run.whole_span()
            fix = fixes.remove_list_item(gig.index, *span, f'Remove the tag "{tag.raw}"')
            yield self.hit(span, G.TAGS, "default" if exact else "near", tag=tag.raw, first=first.raw, fix=fix)


def _title_words(gig: Gig, prefix: str) -> list[str]:
    """The title's words after its fixed start ("I will")."""
    words = tag_words(gig.title.raw) if gig.title is not None else []
    lead = tag_words(prefix)
    return words[len(lead):] if lead and words[:len(lead)] == lead else words


class TagRepeatsTitle(Rule):
    """A tag that repeats the title word for word: the whole title (after "I will"), or
    a long stretch of it (the option `min_words`, 4 by default).

    The title is searched already; a tag is worth more as another word a buyer types
    ("logo" and "brand identity" for a title "I will design a minimalist logo"). Short
    tags that are also in the title ("minimalist logo") are fine: that is what tags are for."""

    code = "GC123"
    name = "tag-repeats-title"
    category = "listing"
    severity = Severity.WARNING
    summary = "A search tag repeats the title word for word."
    options = (
        Option("min_words", int, 4, "A tag of this many words or more that is in the title repeats it."),
        Option("prefix", str, "I will", "The title's fixed start, left out when comparing."),
    )
    messages = {"default": 'The tag "{tag}" repeats the title word for word.'}
    suggestions = {"default": "Use the slot for a word buyers search for that the title does not have."}
    bad_example = (
        _tagged("design a minimalist logo, logo, brand")
    )
    good_example = _tagged("minimalist logo, logo, brand")

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        title = _title_words(gig, ctx.options["prefix"])
        if not title:
            return
        # The title's n-word stretches, built once per tag length: linear in the title
        # however many tags a file lists.
        stretches: dict[int, set[tuple[str, ...]]] = {}
        for tag in gig.tags:
            words = tuple(tag_words(tag.raw))
            n = len(words)
            if not words or (n < ctx.options["min_words"] and list(words) != title):
                continue
            if n not in stretches:
                stretches[n] = {tuple(title[i:i + n]) for i in range(len(title) - n + 1)}
            if words in stretches[n]:
                yield self.hit(tag.run.whole_span(), G.TAGS, tag=tag.raw)


RULES = (TooFewTags, TagTooLong, DuplicateTag, TagRepeatsTitle)
