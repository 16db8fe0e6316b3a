"""Package rules (category `listing`): the marketplace's limits on a gig's packages, as the
pack sets them (`[rules.<name>]` options; `[vocab.packages]` for the tiers and the headings
of a Packages section). A limit of 0 is no check: the numbers are the pack's, not the code's.

The shape of each value (a price that is an amount, whole days, revisions as a number or
"unlimited") is GC111's; these rules compare the values it accepts.
"""
from __future__ import annotations

import difflib
from collections.abc import Iterator

from gigcheck.document.gig import Gig
from gigcheck.records import Hit, Severity
from gigcheck.rules.base import Context, Option, Rule
from gigcheck.rules.package_names import text_names
from gigcheck.rules.package_values import Priced, in_tier_order, name_key, tiers_of


def _packages(gig: Gig, ctx: Context) -> list[Priced]:
    return in_tier_order(gig, ctx.vocabulary.quantities, tiers_of(ctx.vocabulary.table("packages")))


def _amount(x: float, ctx: Context) -> str:
    """An amount as messages write it, with the pack's currency sign (`[vocab.packages]
    currency`): "$5", "£5", or "5" for a pack that sets none."""
    sign = ctx.vocabulary.table("packages").get("currency", "")
    return f"{sign}{x:,.2f}".removesuffix(".00")


NEAR_AMONG = 10  # most front-matter packages a misspelled name is compared with

_GIG = "---\ntitle: I will design a minimalist logo\npackages:\n"
_TEXT = "---\nI design clean, modern logos for small businesses.\n"


def _package(name: str, price: int, days: int, description: str = "") -> str:
    text = f"    description: {description}\n" if description else ""
    return f"  {name}:\n    price: {price}\n    delivery: {days}\n{text}"


class TooManyPackages(Rule):
    """The marketplace's form has a fixed number of package columns (3 on Fiverr: Basic,
    Standard and Premium); a gig listing more cannot be published as written.

    Fold the extra package into a tier, or offer what it adds as a gig extra."""

    code = "GC112"
    name = "too-many-packages"
    category = "listing"
    severity = Severity.ERROR
    summary = "The gig has more packages than the marketplace allows."
    options = (Option("max_packages", int, 0, "Most packages a gig may have (0: no check)."),)
    messages = {"default": "The gig has {n} packages; at most {limit} are allowed."}
    suggestions = {"default": "Merge `{name}` into another package, or offer what it adds as a gig extra."}
    bad_example = _GIG + "".join(
        _package(n, p, d) for n, p, d in (("Basic", 20, 3), ("Standard", 40, 3), ("Premium", 80, 5), ("Gold", 150, 7))
    ) + _TEXT
    good_example = _GIG + "".join(
        _package(n, p, d) for n, p, d in (("Basic", 20, 3), ("Standard", 40, 3), ("Premium", 80, 5))
    ) + _TEXT

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        limit = ctx.options["max_packages"]
        if not limit or len(gig.packages) <= limit:
            return
        for p in gig.packages[limit:]:
            yield self.hit(p.key.whole_span(), p.section, n=len(gig.packages), limit=limit, name=p.name)


class PackagePriceTooLow(Rule):
    """Every package costs at least the marketplace's minimum order (Fiverr: $5).

    A lower price is refused by the form; "free" packages are not a thing on the
    marketplace (a price that is no amount at all is GC111). The minimum is the pack's
    `min_price`, in the currency whose sign the pack's `[vocab.packages] currency` gives
    (`"$"` on Fiverr, `"£"` for a marketplace priced in pounds): messages say "$5"."""

    code = "GC113"
    name = "package-price-too-low"
    category = "listing"
    severity = Severity.ERROR
    summary = "A package's price is below the marketplace's minimum."
    options = (Option("min_price", float, 0.0, "Lowest price of a package (0: no check).", low=0),)
    vocab_keys = ("packages.currency",)
    messages = {"default": "The package `{name}` costs {price}; the lowest price is {limit}."}
    suggestions = {"default": "Price it at {limit} or more, or fold it into a dearer package."}
    bad_example = _GIG + _package("Basic", 3, 2) + _package("Standard", 30, 3) + _TEXT
    good_example = _GIG + _package("Basic", 5, 2) + _package("Standard", 30, 3) + _TEXT

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        limit = float(ctx.options["min_price"])
        if not limit:
            return
        for p in _packages(gig, ctx):
            f = p.package.price
            if f is not None and p.price is not None and p.price < limit:
                yield self.hit(f.run.whole_span(), p.package.section, name=p.package.name,
                               price=" ".join(f.raw.split()), limit=_amount(limit, ctx))


def _price_steps(gig: Gig, ctx: Context) -> Iterator[tuple[Priced, Priced]]:
    """(cheaper tier, next dearer tier) pairs whose prices were both read."""
    priced = [p for p in _packages(gig, ctx) if p.price is not None]
    yield from zip(priced, priced[1:], strict=False)


class PackagePriceNotRising(Rule):
    """Packages go up in price from the first tier to the last (Basic, Standard,
    Premium): a buyer expects a higher tier to cost more, and a Premium package cheaper
    than the Standard one is almost always a typo or packages in the wrong columns.

    The tiers come from the pack (`[vocab.packages] tiers`); packages named otherwise are
    compared in the order the front matter lists them. Two tiers at the same price are
    `package-price-equal` (a warning)."""

    code = "GC114"
    name = "package-price-not-rising"
    category = "listing"
    severity = Severity.ERROR
    summary = "A higher package tier costs less than the tier before it."
    vocab_keys = ("packages.tiers", "packages.currency")
    messages = {"default": "The package `{name}` costs {price}, less than `{before}` ({before_price})."}
    suggestions = {"default": "Swap the two packages or correct the price: each tier costs more than the one before."}
    bad_example = _GIG + _package("Basic", 40, 2) + _package("Standard", 30, 3) + _TEXT
    good_example = _GIG + _package("Basic", 30, 2) + _package("Standard", 40, 3) + _TEXT

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        for a, b in _price_steps(gig, ctx):
            assert a.price is not None and b.price is not None and b.package.price is not None
            if b.price < a.price:
                yield self.hit(b.package.price.run.whole_span(), b.package.section, name=b.package.name,
                               price=_amount(b.price, ctx), before=a.package.name,
                               before_price=_amount(a.price, ctx))


class PackagePriceEqual(Rule):
    """Two package tiers at the same price: the buyer cannot tell why to pick the dearer
    tier's column, and one of the two prices is usually a copy-paste left unchanged."""

    code = "GC115"
    name = "package-price-equal"
    category = "listing"
    severity = Severity.WARNING
    summary = "Two package tiers have the same price."
    vocab_keys = ("packages.tiers", "packages.currency")
    messages = {"default": "The package `{name}` costs the same as `{before}` ({price})."}
    suggestions = {"default": "Price each tier for what it adds, or merge the two packages."}
    bad_example = _GIG + _package("Basic", 30, 2) + _package("Standard", 30, 3) + _TEXT
    good_example = _GIG + _package("Basic", 30, 2) + _package("Standard", 45, 3) + _TEXT

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        for a, b in _price_steps(gig, ctx):
            if b.price == a.price and b.package.price is not None:
                yield self.hit(b.package.price.run.whole_span(), b.package.section, name=b.package.name,
                               before=a.package.name, price=_amount(b.price or 0, ctx))


class PackageDeliveryTooLong(Rule):
    """A package's delivery time is longer than the marketplace's form offers.

    The pack sets the longest delivery (`max_days`); a delivery under one day or that is
    not a number of days is GC111."""

    code = "GC116"
    name = "package-delivery-too-long"
    category = "listing"
    severity = Severity.ERROR
    summary = "A package's delivery time is longer than the marketplace allows."
    options = (Option("max_days", int, 0, "Longest delivery of a package, in days (0: no check)."),)
    messages = {"default": "The package `{name}` takes {days} days; the longest delivery is {limit} days."}
    suggestions = {"default": "Set a delivery of {limit} days or fewer; split a longer job into milestones."}
    bad_example = _GIG + _package("Basic", 30, 45) + _TEXT
    good_example = _GIG + _package("Basic", 30, 14) + _TEXT

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        limit = ctx.options["max_days"]
        if not limit:
            return
        for p in _packages(gig, ctx):
            f = p.package.delivery
            if f is not None and p.days is not None and p.days > limit:
                yield self.hit(f.run.whole_span(), p.package.section, name=p.package.name, days=p.days, limit=limit)


class PackageDeliveryOrder(Rule):
    """A cheaper package that takes longer than a dearer one.

    A higher tier taking longer is normal (it includes more work); a cheaper package
    that takes longer than a dearer one usually means the delivery times were swapped or
    copied from another gig, and a buyer reads it as "pay more to wait less" without
    that being an extra."""

    code = "GC117"
    name = "package-delivery-order"
    category = "listing"
    severity = Severity.WARNING
    summary = "A cheaper package takes longer to deliver than a dearer one."
    vocab_keys = ("packages.tiers", "packages.currency")
    messages = {"default": "The package `{name}` ({price}) takes {days} days, longer than `{other}` "
                "({other_price}, {other_days} days)."}
    suggestions = {
        "default": "Check the delivery times; a faster delivery for a price is an extra (extra fast delivery)."
    }
    bad_example = _GIG + _package("Basic", 20, 7) + _package("Standard", 40, 3) + _TEXT
    good_example = _GIG + _package("Basic", 20, 3) + _package("Standard", 40, 7) + _TEXT

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        known = [p for p in _packages(gig, ctx) if p.price is not None and p.days is not None]
        # Dearest first: each package is compared with the fastest of the strictly dearer
        # ones (n log n however many packages a hostile file lists).
        order = sorted(range(len(known)), key=lambda i: -(known[i].price or 0))
        faster: dict[int, Priced] = {}
        best: Priced | None = None
        start = 0
        while start < len(order):
            end = start
            price = known[order[start]].price
            while end < len(order) and known[order[end]].price == price:
                end += 1
            for i in order[start:end]:
                if best is not None and (best.days or 0) < (known[i].days or 0):
                    faster[i] = best
            for i in order[start:end]:
                if best is None or (known[i].days or 0) < (best.days or 0):
                    best = known[i]
            start = end
        for i in sorted(faster):
            p, o = known[i], faster[i]
            if p.package.delivery is not None:
                yield self.hit(p.package.delivery.run.whole_span(), p.package.section, name=p.package.name,
                               price=_amount(p.price or 0, ctx), days=p.days, other=o.package.name,
                               other_price=_amount(o.price or 0, ctx), other_days=o.days)


class PackageDescriptionTooLong(Rule):
    """A package's description has its own, short limit on the marketplace's form (the
    pack's `max_length`, in characters): text past it is cut off."""

    code = "GC118"
    name = "package-description-too-long"
    category = "listing"
    severity = Severity.ERROR
    summary = "A package's description is longer than the marketplace allows."
    options = (Option("max_length", int, 0, "Longest package description, in characters (0: no check)."),)
    messages = {"default": "The description of `{name}` is {n} characters long; the limit is {limit}."}
    suggestions = {"default": "Shorten it by {over:character}: list what the package includes, not why."}
    bad_example = _GIG + _package(
        "Basic", 30, 3,
        "One logo concept in PNG and SVG, a transparent background version, a black and white version, "
        "social media sizes and a short style guide",
    ) + _TEXT
    good_example = _GIG + _package("Basic", 30, 3, "One logo concept in PNG and SVG, transparent background") + _TEXT

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        limit = ctx.options["max_length"]
        if not limit:
            return
        for p in gig.packages:
            f = p.description
            if f is None or len(f.raw) <= limit:
                continue
            span = f.run.src_span(limit, len(f.run.text))
            yield self.hit(span, p.section, name=p.name, n=len(f.raw), limit=limit, over=len(f.raw) - limit)


class PackageNameMismatch(Rule):
    """The packages a gig's text names (a `## Packages` section with a `### Basic` heading
    per package, or a table whose header row names them) are the ones in the front
    matter, spelled the same way.

    A text that says "Gold" where the front matter says "Premium" describes a package the
    buyer cannot order. The section's headings come from the pack
    (`[vocab.packages] headings`)."""

    code = "GC119"
    name = "package-name-mismatch"
    category = "listing"
    severity = Severity.WARNING
    summary = "The text names a package the front matter does not have (or misses one it has)."
    vocab_keys = ("packages.headings",)
    messages = {
        "default": "The text names the package `{name}`, which the front matter does not have.",
        "missing": "The package `{name}` is not in the text's {heading} section.",
    }
    suggestions = {
        "default": "Did you mean `{near}`? Name each package as the front matter does.",
        "none": "Name each package as the front matter does ({known}).",
        "missing": "Describe `{name}` in the {heading} section too, or remove it from the front matter.",
    }
    bad_example = (
        _GIG + _package("Basic", 20, 3) + _package("Premium", 60, 5)
        + "---\nI design clean, modern logos.\n\n## Packages\n\n### Basic\nOne concept.\n\n"
        "### Gold\nThree concepts.\n"
    )
    good_example = (
        _GIG + _package("Basic", 20, 3) + _package("Premium", 60, 5)
        + "---\nI design clean, modern logos.\n\n## Packages\n\n### Basic\nOne concept.\n\n"
        "### Premium\nThree concepts.\n"
    )

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        if not gig.packages:
            return
        found = text_names(gig, ctx.vocabulary.table("packages").get("headings", ()))
        if found is None or not found.names:
            return
        ours = {name_key(p.name): p.name for p in gig.packages}
        said = {name_key(n.text) for n in found.names}
        # A nearest name is looked for among a marketplace's few packages, not among the
        # thousands a hostile file may list (each look-up reads them all).
        candidates = list(ours) if len(ours) <= NEAR_AMONG else []
        known = ", ".join(f"`{v}`" for v in list(ours.values())[:NEAR_AMONG])
        for n in found.names:
            if name_key(n.text) in ours:
                continue
            near = difflib.get_close_matches(name_key(n.text), candidates, n=1, cutoff=0.6)
            tip = self.suggestion(near=ours[near[0]]) if near else self.suggestion("none", known=known)
            yield self.hit(n.run.whole_span(), n.run.section, name=n.text.strip(), tip=tip)
        for p in gig.packages:
            if name_key(p.name) not in said:
                yield self.hit(p.key.whole_span(), p.section, "missing", name=p.name, heading=found.heading)


RULES = (
    TooManyPackages,
    PackagePriceTooLow,
    PackagePriceNotRising,
    PackagePriceEqual,
    PackageDeliveryTooLong,
    PackageDeliveryOrder,
    PackageDescriptionTooLong,
    PackageNameMismatch,
)
