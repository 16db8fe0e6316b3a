"""Front-matter fields against the gig format's schema (category `listing`): keys the
format does not know (GC110) and values of the wrong type or shape (GC111).

The schema is the README's gig format: `title`, `category`, `seller` text; `tags` a
list of texts or comma-separated text; `packages` a table of name → package (or a list
of packages with a `name`), each package a table of `price` (an amount above 0),
`delivery` (whole days, at least 1), `revisions` (a whole number or "unlimited") and
`description` (text); `gallery` a list of image files or a table of `images`, `video`
and `pdfs` (document/gallery.py), each file its name or a table of `file`, `alt` and
`caption` texts. The marketplace's own limits (highest price, most days) are the
pack's business, not the shape's.
"""
from __future__ import annotations

import difflib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from gigcheck.detectors.quantities import Quantities, parse_delivery, parse_price
from gigcheck.document import gallery
from gigcheck.document import gig as G
from gigcheck.document.front_matter_tree import MAPPING, SCALAR, SEQUENCE, FmNode
from gigcheck.document.gig import Gig
from gigcheck.records import Hit, Severity
from gigcheck.rules.base import Context, Option, Rule

TOP_KEYS = ("title", "category", "tags", "packages", "seller", "gallery")
# As the reader (document/front_matter.py) takes them: delivery has a few spellings.
PACKAGE_KEYS = ("name", "price", "delivery", "delivery_days", "delivery days", "days", "revisions", "description")
_DELIVERY_KEYS = frozenset({"delivery", "delivery_days", "delivery days", "days"})

QUOTED = 24  # characters of a wrong value a message quotes
# Unknown keys of one gig that get a "did you mean" guess. A guess costs a difflib match
# against every known key; a front matter of thousands of made-up keys is hostile, not
# misspelled, and past this many each key's tip lists the fields instead (issue 13: time
# linear in the input, with a small constant).
NEAR_GUESSES = 50


@dataclass(frozen=True, slots=True)
class Problem:
    """A key or value that does not fit the schema: `form` names the message."""

    node: FmNode
    section: str
    form: str
    fields: dict[str, Any]
    unknown_key: bool = False  # GC110's; else a value GC111 judges


def _what(node: FmNode) -> str:
    """A value's type as a seller would say it."""
    if node.kind == MAPPING:
        return "a table of fields"
    if node.kind == SEQUENCE:
        return "a list"
    return {"int": "a number", "float": "a number", "bool": "true/false", "null": "empty"}.get(node.type, "text")


def _absent(node: FmNode) -> bool:
    return node.kind == SCALAR and (node.type == "null" or (node.type == "str" and not node.value.strip()))


@dataclass(frozen=True)
class _Walk:
    """One pass over the tree; each (value, field) pair is judged once, however many
    aliases lead to it."""

    quantities: Quantities
    unlimited: frozenset[str]
    max_days: int

    def problems(self, tree: FmNode) -> Iterator[Problem]:
        seen: set[tuple[int, str]] = set()
        for key, value in tree.entries():
            name = key.value.lower() if key.kind == SCALAR else ""
            if name not in TOP_KEYS:
                yield Problem(key, G.FRONT_MATTER, "default", {"field": key.value, "known": TOP_KEYS}, True)
            elif (id(value), name) not in seen:
                seen.add((id(value), name))
                yield from self._field(name, value)

    def _field(self, name: str, value: FmNode) -> Iterator[Problem]:
        if _absent(value):
            return  # a missing value: title-missing and the like say so
        if name in ("title", "category"):
            yield from _text(value, name, name)
        elif name == "seller":
            if value.kind != SCALAR or value.type not in ("str", "int"):
                yield Problem(value, G.FRONT_MATTER, "default", {"field": name, "what": _what(value)})
        elif name == "tags":
            yield from self._tags(value)
        elif name == "packages":
            yield from self._packages(value)
        elif name == "gallery":
            yield from self._gallery(value)

    def _gallery(self, value: FmNode) -> Iterator[Problem]:
        if value.kind == SEQUENCE:
            for item in value.items:
                yield from self._attachment(item)
        elif value.kind == MAPPING:
            for key, files in value.entries():
                if key.kind != SCALAR or gallery.kind_of(key.value) is None:
                    yield Problem(key, G.GALLERY, "gallery", {"field": key.value, "known": gallery.KINDS_SHOWN}, True)
                elif not _absent(files):
                    for item in files.items if files.kind == SEQUENCE else (files,):
                        yield from self._attachment(item)
        else:
            yield Problem(value, G.GALLERY, "gallery", {"what": _what(value)})

    def _attachment(self, item: FmNode) -> Iterator[Problem]:
        if item.kind == SCALAR:
            if item.type != "str":
                yield Problem(item, G.GALLERY, "attachment", {"what": _what(item)})
            return
        if item.kind != MAPPING:
            yield Problem(item, G.GALLERY, "attachment", {"what": _what(item)})
            return
        named = False
        for key, value in item.entries():
            field = key.value.lower() if key.kind == SCALAR else ""
            if field not in gallery.ITEM_KEYS:
                yield Problem(key, G.GALLERY, "attachment", {"field": key.value, "known": gallery.ITEM_KEYS}, True)
            elif not _absent(value):
                named = named or field == gallery.FILE_KEY
                yield from _text(value, field, G.GALLERY)
        if not named:
            yield Problem(item, G.GALLERY, "no-file", {})

    def _tags(self, value: FmNode) -> Iterator[Problem]:
        if value.kind == SEQUENCE:
            for item in value.items:
                if item.kind != SCALAR or item.type != "str":
                    yield Problem(item, G.TAGS, "tag", {"what": _what(item)})
        elif value.kind != SCALAR or value.type != "str":
            yield Problem(value, G.TAGS, "tags", {"what": _what(value)})

    def _packages(self, value: FmNode) -> Iterator[Problem]:
        if value.kind == MAPPING:
            for key, body in value.entries():
                yield from self._package(key.value if key.kind == SCALAR else "", body)
        elif value.kind == SEQUENCE:
            for k, body in enumerate(value.items, 1):
                name = next((v.value for kk, v in body.entries() if kk.value.lower() == "name"), f"package {k}")
                yield from self._package(name, body)
        else:
            yield Problem(value, G.FRONT_MATTER, "packages", {"what": _what(value)})

    def _package(self, name: str, body: FmNode) -> Iterator[Problem]:
        section = f"package:{name}"
        if body.kind != MAPPING:
            yield Problem(body, section, "package", {"name": name, "what": _what(body)})
            return
        for key, value in body.entries():
            field = key.value.lower() if key.kind == SCALAR else ""
            if field not in PACKAGE_KEYS:
                known = PACKAGE_KEYS[:3] + PACKAGE_KEYS[-2:]
                yield Problem(key, section, "package", {"field": key.value, "known": known, "name": name}, True)
            elif not _absent(value):
                yield from self._package_field(field, value, section)

    def _package_field(self, field: str, value: FmNode, section: str) -> Iterator[Problem]:
        judge: Callable[[FmNode], bool]
        if field in ("name", "description"):
            yield from _text(value, field, section)
            return
        if field == "price":
            judge, form = self._price, "price"
        elif field in _DELIVERY_KEYS:
            judge, form = self._delivery, "delivery"
        else:
            judge, form = self._revisions, "revisions"
        if not judge(value):
            raw = " ".join(value.value.split()) if value.kind == SCALAR else _what(value)
            if len(raw) > QUOTED:  # a 5,000-digit delivery is quoted, not printed whole
                raw = raw[: QUOTED - 1] + "…"
            yield Problem(value, section, form, {"field": field, "raw": raw, "max_days": self.max_days})

    def _price(self, value: FmNode) -> bool:
        if value.kind != SCALAR or value.type not in ("int", "float", "str"):
            return False
        amount = _number(value) if value.type != "str" else parse_price(value.value, self.quantities)
        return amount is not None and amount > 0

    def _delivery(self, value: FmNode) -> bool:
        if value.kind != SCALAR or value.type not in ("int", "str"):
            return False
        days = _number(value) if value.type == "int" else parse_delivery(value.value, self.quantities)
        return days is not None and 1 <= days <= self.max_days and (value.type == "str" or days == int(days))

    def _revisions(self, value: FmNode) -> bool:
        if value.kind != SCALAR:
            return False
        if value.type == "int":
            n = _number(value)
            return n is not None and n >= 0
        return value.type == "str" and value.value.strip().lower() in self.unlimited


def _number(node: FmNode) -> float | None:
    try:
        return float(node.value.replace("_", ""))
    except ValueError:
        return None  # YAML 1.1 spellings such as 0x1F or 1:30 are not what sellers mean


def _text(value: FmNode, key: str, section: str) -> Iterator[Problem]:
    if value.kind != SCALAR or value.type != "str":
        yield Problem(value, section, "default", {"field": key, "what": _what(value)})


def schema_problems(gig: Gig, ctx: Context, unknown: bool) -> Iterator[Problem]:
    """The unknown keys (`unknown`) or the wrong values of `gig`'s front matter."""
    if gig.front_matter_tree is None:
        return
    walk = _Walk(
        ctx.vocabulary.quantities,
        frozenset(w.lower() for w in ctx.options.get("unlimited", ())),
        int(ctx.options.get("max_delivery_days", 0)),
    )
    for problem in walk.problems(gig.front_matter_tree):
        if problem.unknown_key == unknown:
            yield problem


EXAMPLE = "I design clean, modern logos for small businesses.\n"


class FrontMatterUnknownKey(Rule):
    """A front-matter key that is not part of the gig format, often a misspelled one
    (`titel:`, `packges:`, `prize:` in a package).

    gigcheck reads `title`, `category`, `tags`, `packages`, `seller` and `gallery`; in
    each package `name`, `price`, `delivery`, `revisions` and `description`; in the
    gallery `images`, `video` and `pdfs`, and in each file `file`, `alt` and `caption`. A misspelled key
    is not read at all: its value is never checked as what it was meant to be. Keys a
    project uses on purpose (an id, a draft flag) go in the option `allowed_keys`.
    """

    code = "GC110"
    name = "front-matter-unknown-key"
    category = "listing"
    severity = Severity.WARNING
    summary = "A front-matter key that the gig format does not know."
    options = (Option("allowed_keys", list, [], "Other top-level keys this project uses on purpose.", item=str),)
    messages = {
        "default": "`{field}` is not a front-matter field of a gig.",
        "package": "`{field}` is not a field of a package.",
        "gallery": "`{field}` is not a kind of gallery file.",
        "attachment": "`{field}` is not a field of a gallery file.",
    }
    suggestions = {
        "default": "Did you mean `{near}`?",
        "none": "The fields are {known}; remove this key, or list it in `allowed_keys`.",
    }
    bad_example = "---\ntitel: I will design a minimalist logo\n---\n" + EXAMPLE
    good_example = "---\ntitle: I will design a minimalist logo\n---\n" + EXAMPLE

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        allowed = {k.lower() for k in ctx.options["allowed_keys"]}
        guesses = NEAR_GUESSES
        for p in schema_problems(gig, ctx, unknown=True):
            key = str(p.fields["field"])
            if p.form == "default" and key.lower() in allowed:
                continue
            known = TOP_KEYS if p.form == "default" else PACKAGE_KEYS if p.form == "package" else p.fields["known"]
            near = difflib.get_close_matches(key.lower(), known, n=1, cutoff=0.6) if guesses > 0 else []
            guesses -= 1
            listed = ", ".join(f"`{k}`" for k in p.fields["known"])
            tip = self.suggestion(near=near[0]) if near else self.suggestion("none", known=listed)
            yield self.hit((p.node.start, p.node.end), p.section, p.form, tip=tip, field=key)


class FrontMatterWrongType(Rule):
    """A front-matter value of the wrong type or shape: a price that is not an amount
    (`price: free`, `price: -5`), a delivery that is not a number of days (`delivery:
    soon`, `delivery: 400`), a package written as one line of text, a title that YAML
    reads as a number or true/false, tags that are not texts, a gallery file that is
    neither a file name nor a table with its `file`.

    The marketplace's form would refuse these, and gigcheck cannot check what it cannot
    read. Quote a value YAML would take for a number (`title: "2024"`); write a package
    as a table of its fields.
    """

    code = "GC111"
    name = "front-matter-wrong-type"
    category = "listing"
    severity = Severity.ERROR
    summary = "A front-matter value has the wrong type or shape (a price that is no amount, a package as text)."
    options = (
        Option("max_delivery_days", int, 365, "Most days a package's delivery can be; above it, a typo."),
        Option("unlimited", list, ["unlimited"], "Words that mean unlimited revisions.", item=str),
    )
    messages = {
        "default": "`{field}` must be text, not {what}.",
        "tags": "`tags` must be a list of texts or comma-separated text, not {what}.",
        "tag": "A tag must be text, not {what}.",
        "packages": "`packages` must be a table of packages (name: fields) or a list of them, not {what}.",
        "package": "The package `{name}` must be a table of fields (price, delivery, revisions, description), "
        "not {what}.",
        "price": "`price: {raw}` is not a price: it must be an amount above 0.",
        "delivery": "`{field}: {raw}` is not a delivery time: it must be a whole number of days from 1 to {max_days}.",
        "revisions": "`revisions: {raw}` is not a number of revisions.",
        "gallery": "`gallery` must be a list of image files or a table of `images`, `video` and `pdfs`, not {what}.",
        "attachment": "A gallery file must be a file name or a table of `file`, `alt` and `caption`, not {what}.",
        "no-file": "This gallery entry has no `file:`: which file it shows is not said.",
    }
    suggestions = {
        "default": 'Write it as text; quote a value YAML reads as a number or true/false (`"2024"`).',
        "tags": "Write `tags: [logo, branding]` or `tags: logo, branding`.",
        "tag": 'Quote it (`"2024"`) or write it as a word.',
        "packages": "Write each package as `Name:` followed by its indented `price:`, `delivery:` ... lines.",
        "package": "Indent the package's fields under its name: `price: 25`, `delivery: 3`, `revisions: 1`.",
        "price": "Write the amount in the marketplace's currency, such as `price: 25` or `price: $25`.",
        "delivery": "Write the days it takes, such as `delivery: 3` or `delivery: 3 days`.",
        "revisions": "Write a whole number (`revisions: 2`) or `unlimited`.",
        "gallery": "Write `gallery: [logo-1.png, logo-2.png]`, or `images:`, `video:` and `pdfs:` under `gallery:`.",
        "attachment": 'Write the file name (`- logo-1.png`) or `- file: logo-1.png` with `alt: "..."`.',
        "no-file": "Add `file: <name>` to the entry.",
    }
    bad_example = (
        "---\ntitle: I will design a minimalist logo\npackages:\n  Basic:\n    price: free\n"
        "    delivery: soon\n  Premium: three concepts and source files\n---\n" + EXAMPLE
    )
    good_example = (
        "---\ntitle: I will design a minimalist logo\npackages:\n  Basic:\n    price: 25\n"
        "    delivery: 3\n    revisions: 1\n    description: One concept, PNG and SVG\n---\n" + EXAMPLE
    )

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        for p in schema_problems(gig, ctx, unknown=False):
            yield self.hit((p.node.start, p.node.end), p.section, p.form, **p.fields)


RULES = (FrontMatterUnknownKey, FrontMatterWrongType)
