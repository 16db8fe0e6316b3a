"""Gig-extra rules (category `extras`): is it clear what the buyer gets for the price?

Editors approve an extra by one test: a buyer can tell what they receive, for how much
and how much later. These rules make that judgment first. The judging itself is
`gigcheck.detectors.judge` (word lists and thresholds in the pack's `[vocab.extras]`);
the rules here locate its problems in the gig and add the checks of the extra's form
fields. Findings about a missing part point at the extra's heading.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from gigcheck.detectors.quantities import parse_delivery, parse_price
from gigcheck.document.gig import Extra, Gig
from gigcheck.records import Fix, Hit, Severity
from gigcheck.rules import fixes
from gigcheck.rules.base import Context, Option, Rule
from gigcheck.scan.extras import JudgedExtra, extra_nouns, judged_extras

# The gig around each example extra (examples are whole gigs).
EXAMPLE_GIG = (
    "---\ntitle: I will design a minimalist logo\n---\nI design minimalist logos for small brands.\n\n## Extras\n\n"
)


def quote(name: str, limit: int = 40) -> str:
    """An extra's name in a message, cut at `limit` characters."""
    name = " ".join(name.split())
    return f'"{name}"' if len(name) <= limit else f'"{name[: limit - 1]}…"'


def shown_value(raw: str, limit: int = 60) -> str:
    """A field's value in a message: one line, cut at `limit` characters (a hostile price
    of 5,000 digits is quoted, not copied)."""
    text = " ".join(raw.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _fmt_number(x: float) -> str:
    return f"{x:,.2f}".rstrip("0").rstrip(".") if x != int(x) else f"{int(x):,}"


def _at_heading(rule: Rule, extra: Extra, ctx: Context, fix: Fix | None = None, **fields: str) -> Hit:
    """A finding about a missing part of `extra`, at its heading, naming it."""
    return rule.hit(extra.heading.trimmed_span(), extra.section, name=quote(extra.name), fix=fix,
                    **extra_nouns(ctx.scan), **fields)


class ExtraMissingDescription(Rule):
    """Every gig extra needs a description: one or two sentences, under its Price and
    Delivery lines, saying what the buyer gets.

    Editors reject extras whose name alone has to explain the offer: "Source files" could
    be any format, "Fast delivery" any number of days.
    """

    code = "GC501"
    name = "extra-missing-description"
    category = "extras"
    severity = Severity.ERROR
    summary = "A gig extra has no description."
    messages = {"default": "The {extra} {name} has no description."}
    suggestions = {
        "default": "Add a sentence under its Price and Delivery lines saying what the buyer gets: "
        "the deliverable, how much of it, in which format."
    }
    bad_example = EXAMPLE_GIG + "### Source files\nPrice: $20\nDelivery: +0 days\n"
    good_example = (
        EXAMPLE_GIG + "### Source files\nPrice: $20\nDelivery: +0 days\n\n"
        "The layered PSD and the vector AI file of your final logo.\n"
    )

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        for extra in gig.extras:
            if not extra.description_text:
                yield _at_heading(self, extra, ctx)


class ExtraMissingPrice(Rule):
    """Every gig extra needs a price, on a line `Price: $20` under its heading.

    Without one the marketplace's form cannot list the extra at all.
    """

    code = "GC502"
    fix_summary = ("Inserts a `Price: $` line (the pack's currency sign) under the heading, for the seller to "
                   "fill in (extra-bad-price "
                   "reports it until then).")
    name = "extra-missing-price"
    category = "extras"
    severity = Severity.ERROR
    summary = "A gig extra has no Price line."
    messages = {"default": "The {extra} {name} has no price."}
    suggestions = {"default": "Add a line such as `Price: {currency}20` under its heading."}
    vocab_keys = ("packages.currency",)
    bad_example = EXAMPLE_GIG + "### Extra revision\nDelivery: +1 day\n\nOne more round of changes.\n"
    good_example = EXAMPLE_GIG + "### Extra revision\nPrice: $10\nDelivery: +1 day\n\nOne more round of changes.\n"

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        for extra in gig.extras:
            if extra.price is None or not extra.price.raw.strip():
                at = extra.heading.trimmed_span()
                currency = str(ctx.vocabulary.table("packages").get("currency", ""))
                template = PRICE_TEMPLATE.format(currency=currency).rstrip()
                fix = _template(gig, extra, at[1], template) if extra.price is None else None
                yield _at_heading(self, extra, ctx, fix, currency=currency)


class ExtraMissingDelivery(Rule):
    """A gig extra should say how it changes the delivery time, on a line such as
    `Delivery: +1 day` (`+0 days` when it adds no time, `-1 day` for faster delivery).

    Buyers compare extras by price and time; the form asks for both.
    """

    code = "GC503"
    fix_summary = ("Inserts a `Delivery: +N days` line under the price (or the heading), for the seller to fill in "
                   "(extra-bad-delivery reports it until then).")
    name = "extra-missing-delivery"
    category = "extras"
    severity = Severity.WARNING
    summary = "A gig extra has no Delivery line."
    messages = {"default": "The {extra} {name} does not say how it changes the delivery time."}
    suggestions = {
        "default": "Add a line such as `Delivery: +1 day` (`+0 days` if it adds no time, `-1 day` for faster delivery)."
    }
    bad_example = EXAMPLE_GIG + "### Extra revision\nPrice: $10\n\nOne more round of changes.\n"
    good_example = EXAMPLE_GIG + "### Extra revision\nPrice: $10\nDelivery: +1 day\n\nOne more round of changes.\n"

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        for extra in gig.extras:
            if extra.delivery is None or not extra.delivery.raw.strip():
                at = extra.heading.trimmed_span()
                after = extra.price.run.whole_span()[1] if extra.price is not None else at[1]
                fix = _template(gig, extra, after, DELIVERY_TEMPLATE) if extra.delivery is None else None
                yield _at_heading(self, extra, ctx, fix)


# The lines the missing-price and missing-delivery fixes insert: templates the seller
# fills (until then extra-bad-price and extra-bad-delivery report them).
PRICE_TEMPLATE = "Price: {currency}"  # the pack's `[vocab.packages] currency` sign
DELIVERY_TEMPLATE = "Delivery: +N days"


def _template(gig: Gig, extra: Extra, after: int, line: str) -> Fix | None:
    """Insert `line` after the line holding source offset `after` (the heading's, or the
    price line's), when that line ends before the extra's description starts."""
    end = gig.source.find("\n", after)
    end = len(gig.source) if end < 0 else end
    if extra.description and extra.description[0].src_offset(0) <= end:
        return None
    return fixes.insert_line_after(gig.source, after, line, f"Insert a `{line}` line to fill in")


class ExtraBadPrice(Rule):
    """An extra's price must be one amount above zero and within the marketplace's limit
    (option `max_price`).

    Ranges ("$20-$40"), words ("free", "ask me") and several amounts cannot be entered in
    the marketplace's form; a price of 0 is not an extra, and a price far above the limit
    is usually a typo.
    """

    code = "GC504"
    name = "extra-bad-price"
    category = "extras"
    severity = Severity.ERROR
    summary = "A gig extra's price is not one amount in the allowed range."
    options = (Option("max_price", float, 10000, "Highest price of an extra; above it, usually a typo.", low=0),)
    messages = {
        "default": "{raw!r} is not a price.",
        "free": "{raw!r} is not a price: {extra:a} cannot be free.",
        "zero": "The price of {extra:a} must be more than 0 (it is {raw!r}).",
        "high": "The price {amount} is above the {limit} allowed for {extra:a}.",
    }
    suggestions = {
        "default": "Write one amount, such as `Price: $20`: ranges, words and several amounts are not accepted.",
        "free": "Give it a price, or drop it and mention the freebie in the gig description.",
        "zero": "Give it a price, or drop it and mention the freebie in the gig description.",
        "high": "Check the amount for a typo, or offer this as a package or a custom offer.",
    }
    bad_example = EXAMPLE_GIG + "### Extra revision\nPrice: free\nDelivery: +1 day\n\nOne more round of changes.\n"
    good_example = EXAMPLE_GIG + "### Extra revision\nPrice: $10\nDelivery: +1 day\n\nOne more round of changes.\n"

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        limit = float(ctx.options["max_price"])
        for extra in gig.extras:
            price = extra.price
            if price is None or not price.raw.strip():
                continue  # extra-missing-price
            raw = shown_value(price.raw)
            value = parse_price(price.raw, ctx.vocabulary.quantities)
            if value is None:
                form = "free" if "free" in price.raw.lower() else "default"
            elif value <= 0:
                form = "zero"
            elif value > limit:
                form = "high"
            else:
                continue
            amount = _fmt_number(value) if value is not None else ""
            limit_text = _fmt_number(limit)
            yield self.hit(price.run.trimmed_span(), extra.section, form, raw=raw, amount=amount, limit=limit_text,
                           **extra_nouns(ctx.scan))


class ExtraBadDelivery(Rule):
    """An extra's delivery line must be a number of days it adds (`+1 day`, `+0 days`) or
    removes (`-1 day`), within the limits of the pack (options `max_days`,
    `max_faster_days`).

    A delivery such as "soon" or "1-2 days" cannot be entered in the form, and an extra
    cannot make an order faster than the fastest package itself (a gig delivering in 2
    days cannot offer "3 days faster").
    """

    code = "GC505"
    name = "extra-bad-delivery"
    category = "extras"
    severity = Severity.ERROR
    summary = "A gig extra's delivery time is unreadable or makes no sense."
    options = (
        Option("max_days", int, 30, "Most days an extra may add."),
        Option("max_faster_days", int, 10, "Most days an extra may save."),
    )
    messages = {
        "default": "{raw!r} is not a delivery time.",
        "slow": "The {extra} adds {days:day}; the limit is {limit}.",
        "fast": "The {extra} makes delivery {days:day} faster; the limit is {limit}.",
        "package": "{days:day} faster leaves no time for the {package} package, which is delivered in "
        "{package_days:day}.",
    }
    suggestions = {
        "default": "Write the days it adds, such as `+1 day` or `+0 days`, or `-1 day` for faster delivery.",
        "slow": "Split the work into a package or a custom offer, or check the number for a typo.",
        "fast": "Check the number: faster delivery usually saves a day or two.",
        "package": "Make the {extra} save fewer days than the fastest package takes.",
    }
    bad_example = EXAMPLE_GIG + "### Rush order\nPrice: $20\nDelivery: soon\n\nYour order delivered sooner.\n"
    good_example = (
        EXAMPLE_GIG + "### Rush order\nPrice: $20\nDelivery: -1 day\n\nYour order delivered one day sooner.\n"
    )

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        max_days, max_faster = ctx.options["max_days"], ctx.options["max_faster_days"]
        fastest = _fastest_package(gig, ctx)
        nouns = extra_nouns(ctx.scan)
        for extra in gig.extras:
            delivery = extra.delivery
            if delivery is None or not delivery.raw.strip():
                continue  # extra-missing-delivery
            raw = shown_value(delivery.raw)
            days = parse_delivery(delivery.raw, ctx.vocabulary.quantities)
            at = delivery.run.trimmed_span()
            if days is None:
                yield self.hit(at, extra.section, raw=raw, **nouns)
            elif days > max_days:
                yield self.hit(at, extra.section, "slow", days=days, limit=max_days, **nouns)
            elif -days > max_faster:
                yield self.hit(at, extra.section, "fast", days=-days, limit=max_faster, **nouns)
            elif fastest is not None and days < 0 and -days >= fastest[1]:
                yield self.hit(
                    at, extra.section, "package", days=-days, package=fastest[0], package_days=fastest[1], **nouns,
                )


class ExtraDeliveryInWords(Rule):
    """An extra's delivery written in words ("two days", "one week", "same day") reads
    well to a buyer, but the marketplace's form takes a number of days: `+2 days`,
    `+7 days`, `+0 days`, `-1 day` for faster delivery."""

    code = "GC514"
    fix_summary = "Writes the delivery as the form takes it: `two days` → `+2 days`, `one day faster` → `-1 day`."
    name = "extra-delivery-in-words"
    category = "extras"
    severity = Severity.INFO
    summary = "A gig extra's delivery time is written in words rather than as `+N days`."
    messages = {"default": "The delivery {raw!r} is written in words; the form takes `{days}`."}
    suggestions = {"default": "Write `{days}`."}
    bad_example = EXAMPLE_GIG + "### Rush order\nPrice: $20\nDelivery: one day faster\n\nYour order a day sooner.\n"
    good_example = EXAMPLE_GIG + "### Rush order\nPrice: $20\nDelivery: -1 day\n\nYour order a day sooner.\n"

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        for extra in gig.extras:
            delivery = extra.delivery
            if delivery is None or any(c.isdigit() for c in delivery.raw) or not delivery.raw.strip():
                continue
            days = parse_delivery(delivery.raw, ctx.vocabulary.quantities)
            if days is None:
                continue  # extra-bad-delivery
            at = delivery.run.trimmed_span()
            written = days_form(days)
            verbatim = gig.source[at[0] : at[1]] == delivery.raw.strip()
            fix = fixes.replace(*at, written, f"Write `{written}`") if verbatim else None
            yield self.hit(at, extra.section, raw=shown_value(delivery.raw), days=written, fix=fix)


def days_form(days: int) -> str:
    """A number of days as the form takes it: "+2 days", "+1 day", "+0 days", "-1 day"."""
    return f"{'-' if days < 0 else '+'}{abs(days)} {'day' if abs(days) == 1 else 'days'}"


def _fastest_package(gig: Gig, ctx: Context) -> tuple[str, float] | None:
    best: tuple[str, float] | None = None
    for package in gig.packages:
        value = parse_delivery(package.delivery.raw, ctx.vocabulary.quantities) if package.delivery else None
        if value is not None and value > 0 and (best is None or value < best[1]):
            best = (package.name, float(value))
    return best


class ExtraVague(Rule):
    """An extra must say what the buyer gets: a deliverable (a file, a format, a licence,
    a number of revisions, words, seconds, pages...), not a promise.

    Editors reject extras made of filler ("extra stuff", "something special", "anything
    you need", "premium quality", "and more", "as discussed"), a one-word description, or
    a description that only repeats the extra's name. The message (from the extras judge,
    which names the words) says which.
    """

    code = "GC506"
    name = "extra-vague"
    category = "extras"
    severity = Severity.WARNING
    summary = "A gig extra does not say concretely what the buyer gets."
    bad_example = EXAMPLE_GIG + "### Something special\nPrice: $30\nDelivery: +1 day\n\nExtra stuff and much more!\n"
    good_example = (
        EXAMPLE_GIG + "### Animated logo intro\nPrice: $30\nDelivery: +1 day\n\n"
        "A 5-second animation of your logo as an MP4 file, with sound.\n"
    )

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        for je in judged_extras(ctx.scan):
            for p in je.of("vague", "one-word", "repeats-title"):
                if p.where == "description" and not je.has_description:
                    continue  # extra-missing-description says it
                yield _judged(je, p)


def _judged(je: JudgedExtra, p: Any) -> Hit:
    """A finding worded by the extras judge (its messages name the words it judged)."""
    a, b = je.span(p)
    return Hit(a, b, je.section, p.message, p.suggestion)


class ExtraLiveSessionUnclear(Rule):
    """An extra that is a live session with you (a call, a directed recording session, a
    consultation, a lesson) must say that it takes place after the order, and how long
    it lasts or what one session covers.

    "We talk on Skype" leaves the buyer guessing, and editors reject it. Write, for
    example: "After your order we schedule one 30-minute Zoom session where you direct
    the recording." (Handing out a Skype name or phone number is a contact error,
    reported by the contact rules.)
    """

    code = "GC507"
    name = "extra-live-session-unclear"
    category = "extras"
    severity = Severity.WARNING
    summary = "A live-session extra does not say when (after the order) or how long."
    bad_example = EXAMPLE_GIG + "### Consultation\nPrice: $25\nDelivery: +0 days\n\nWe talk on Skype.\n"
    good_example = (
        EXAMPLE_GIG + "### Consultation\nPrice: $25\nDelivery: +0 days\n\n"
        "After your order we schedule one 30-minute Zoom call about your brand.\n"
    )

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        for je in judged_extras(ctx.scan):
            for p in je.of("live-session-unclear"):
                yield _judged(je, p)


RULES = (
    ExtraMissingDescription,
    ExtraMissingPrice,
    ExtraMissingDelivery,
    ExtraBadPrice,
    ExtraBadDelivery,
    ExtraDeliveryInWords,
    ExtraVague,
    ExtraLiveSessionUnclear,
)
