"""Gig-extra rules (category `extras`): is it clear what the buyer gets for the price?

Editors approve an extra by one test: a buyer can tell what they receive, for how much
and how much later. These rules make that judgment first. The judging itself is
`gigcheck.extras.judge` (word lists and thresholds in the pack's `[vocab.extras]`); the
rules here locate its problems in the gig and add the checks of the extra's form fields.
Findings about a missing part point at the extra's heading.
"""
from __future__ import annotations

import re
from typing import Any, Iterator, Mapping, Optional

from gigcheck.detectors.judge import _Phrases, _tokens
from gigcheck.document.gig import Gig
from gigcheck.records import Hit, Severity
from gigcheck.rules.base import Context, Rule
from gigcheck.scan.extras import JudgedExtra, extras_vocab, hit, judge_for, judged_extras, run_span

_EXAMPLE_HEAD = "## Extras\n\n"


def _quote(name: str, limit: int = 40) -> str:
    name = " ".join(name.split())
    return f'"{name}"' if len(name) <= limit else f'"{name[: limit - 1]}…"'


def _fmt_number(x: float) -> str:
    return f"{x:,.2f}".rstrip("0").rstrip(".") if x != int(x) else f"{int(x):,}"


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
    bad_example = _EXAMPLE_HEAD + "### Source files\nPrice: $20\nDelivery: +0 days\n"
    good_example = (_EXAMPLE_HEAD + "### Source files\nPrice: $20\nDelivery: +0 days\n\n"
                    "The layered PSD and the vector AI file of your final logo.\n")

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        for extra in gig.extras:
            if not extra.description_text:
                yield hit(
                    run_span(extra.heading), extra.section,
                    f"The extra {_quote(extra.name)} has no description.",
                    "Add a sentence under its Price and Delivery lines saying what the buyer gets: "
                    "the deliverable, how much of it, in which format.",
                )


class ExtraMissingPrice(Rule):
    """Every gig extra needs a price, on a line `Price: $20` under its heading.

    Without one the marketplace's form cannot list the extra at all.
    """

    code = "GC502"
    name = "extra-missing-price"
    category = "extras"
    severity = Severity.ERROR
    summary = "A gig extra has no Price line."
    bad_example = _EXAMPLE_HEAD + "### Extra revision\nDelivery: +1 day\n\nOne more round of changes.\n"
    good_example = _EXAMPLE_HEAD + "### Extra revision\nPrice: $10\nDelivery: +1 day\n\nOne more round of changes.\n"

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        for extra in gig.extras:
            if extra.price is None or not extra.price.raw.strip():
                yield hit(
                    run_span(extra.heading), extra.section,
                    f"The extra {_quote(extra.name)} has no price.",
                    "Add a line such as `Price: $20` under its heading.",
                )


class ExtraMissingDelivery(Rule):
    """A gig extra should say how it changes the delivery time, on a line such as
    `Delivery: +1 day` (`+0 days` when it adds no time, `-1 day` for faster delivery).

    Buyers compare extras by price and time; the form asks for both.
    """

    code = "GC503"
    name = "extra-missing-delivery"
    category = "extras"
    severity = Severity.WARNING
    summary = "A gig extra has no Delivery line."
    bad_example = _EXAMPLE_HEAD + "### Extra revision\nPrice: $10\n\nOne more round of changes.\n"
    good_example = _EXAMPLE_HEAD + "### Extra revision\nPrice: $10\nDelivery: +1 day\n\nOne more round of changes.\n"

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        for extra in gig.extras:
            if extra.delivery is None or not extra.delivery.raw.strip():
                yield hit(
                    run_span(extra.heading), extra.section,
                    f"The extra {_quote(extra.name)} does not say how it changes the delivery time.",
                    "Add a line such as `Delivery: +1 day` (`+0 days` if it adds no time, "
                    "`-1 day` for faster delivery).",
                )


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
    options = {"max_price": float}
    bad_example = _EXAMPLE_HEAD + "### Extra revision\nPrice: free\nDelivery: +1 day\n\nOne more round of changes.\n"
    good_example = _EXAMPLE_HEAD + "### Extra revision\nPrice: $10\nDelivery: +1 day\n\nOne more round of changes.\n"

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        limit = float(ctx.options["max_price"])
        for extra in gig.extras:
            price = extra.price
            if price is None or not price.raw.strip():
                continue  # extra-missing-price
            raw = " ".join(price.raw.split())
            at = run_span(price.run)
            value = price.value
            if value is None:
                if "free" in raw.lower():
                    msg = f"{raw!r} is not a price: an extra cannot be free."
                    tip = "Give it a price, or drop it and mention the freebie in the gig description."
                else:
                    msg = f"{raw!r} is not a price."
                    tip = "Write one amount, such as `Price: $20`: ranges, words and several amounts are not accepted."
                yield hit(at, extra.section, msg, tip)
            elif value <= 0:
                yield hit(at, extra.section, f"The price of an extra must be more than 0 (it is {raw!r}).",
                          "Give it a price, or drop it and mention the freebie in the gig description.")
            elif value > limit:
                yield hit(
                    at, extra.section,
                    f"The price {_fmt_number(value)} is above the {_fmt_number(limit)} allowed for an extra.",
                    "Check the amount for a typo, or offer this as a package or a custom offer.",
                )


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
    options = {"max_days": int, "max_faster_days": int}
    bad_example = _EXAMPLE_HEAD + "### Rush order\nPrice: $20\nDelivery: soon\n\nYour order delivered sooner.\n"
    good_example = _EXAMPLE_HEAD + "### Rush order\nPrice: $20\nDelivery: -1 day\n\nYour order delivered one day sooner.\n"

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        max_days = ctx.options["max_days"]
        max_faster = ctx.options["max_faster_days"]
        fastest = _fastest_package(gig)
        for extra in gig.extras:
            delivery = extra.delivery
            if delivery is None or not delivery.raw.strip():
                continue  # extra-missing-delivery
            raw = " ".join(delivery.raw.split())
            at = run_span(delivery.run)
            days = delivery.value
            if days is None:
                yield hit(at, extra.section, f"{raw!r} is not a delivery time.",
                          "Write the days it adds, such as `+1 day` or `+0 days`, or `-1 day` for faster delivery.")
            elif days > max_days:
                yield hit(at, extra.section, f"The extra adds {days} days; at most {max_days} are allowed.",
                          "Split the work into a package or a custom offer, or check the number for a typo.")
            elif -days > max_faster:
                yield hit(at, extra.section,
                          f"The extra makes delivery {-days} days faster; at most {max_faster} are allowed.",
                          "Check the number: faster delivery usually saves a day or two.")
            elif fastest is not None and days < 0 and -days >= fastest[1]:
                yield hit(
                    at, extra.section,
                    f"{-days} day{'s' if days != -1 else ''} faster leaves no time for the "
                    f"{fastest[0]} package, which is delivered in {_fmt_number(fastest[1])} "
                    f"day{'s' if fastest[1] != 1 else ''}.",
                    "Make the extra save fewer days than the fastest package takes.",
                )


def _fastest_package(gig: Gig) -> Optional[tuple[str, float]]:
    best: Optional[tuple[str, float]] = None
    for package in gig.packages:
        value = package.delivery.value if package.delivery is not None else None
        if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0:
            if best is None or value < best[1]:
                best = (package.name, float(value))
    return best


class ExtraVague(Rule):
    """An extra must say what the buyer gets: a deliverable (a file, a format, a licence,
    a number of revisions, words, seconds, pages...), not a promise.

    Editors reject extras made of filler ("extra stuff", "something special", "anything
    you need", "premium quality", "and more", "as discussed"), a one-word description, or
    a description that only repeats the extra's name. The message says which.
    """

    code = "GC506"
    name = "extra-vague"
    category = "extras"
    severity = Severity.WARNING
    summary = "A gig extra does not say concretely what the buyer gets."
    bad_example = _EXAMPLE_HEAD + "### Something special\nPrice: $30\nDelivery: +1 day\n\nExtra stuff and much more!\n"
    good_example = (_EXAMPLE_HEAD + "### Animated logo intro\nPrice: $30\nDelivery: +1 day\n\n"
                    "A 5-second animation of your logo as an MP4 file, with sound.\n")

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        for je in judged_extras(gig, ctx):
            for p in je.of("vague", "one-word", "repeats-title"):
                if p.where == "description" and not je.has_description:
                    continue  # extra-missing-description says it
                yield hit(je.span(p), je.section, p.message, p.suggestion)


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
    bad_example = _EXAMPLE_HEAD + "### Consultation\nPrice: $25\nDelivery: +0 days\n\nWe talk on Skype.\n"
    good_example = (_EXAMPLE_HEAD + "### Consultation\nPrice: $25\nDelivery: +0 days\n\n"
                    "After your order we schedule one 30-minute Zoom call about your brand.\n")

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        for je in judged_extras(gig, ctx):
            for p in je.of("live-session-unclear"):
                yield hit(je.span(p), je.section, p.message, p.suggestion)


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


class ExtraDuplicate(Rule):
    """Two extras that offer the same thing, or an extra that repeats what a package
    already includes, confuse buyers: which one do they need?

    Compared on content words, ignoring word forms and filler: names that say the same
    ("Fast delivery" / "Faster delivery"), descriptions that share most of their words
    (option `min_similarity`, on descriptions of at least `min_words` content words), and
    a description nearly the same as a package's description in the front matter. Extras
    with the very same name are `duplicate-extra` (GC108).
    """

    code = "GC511"
    name = "extra-duplicate"
    category = "extras"
    severity = Severity.INFO
    summary = "A gig extra duplicates another extra or a package."
    options = {"min_similarity": float, "min_words": int}
    bad_example = (_EXAMPLE_HEAD + "### Fast delivery\nPrice: $10\nDelivery: -1 day\n\nYour files one day sooner.\n\n"
                   "### Faster delivery\nPrice: $20\nDelivery: -2 days\n\nYour files two days sooner.\n")
    good_example = (_EXAMPLE_HEAD + "### Fast delivery\nPrice: $10\nDelivery: -1 day\n\nYour files one day sooner.\n\n"
                    "### Source files\nPrice: $20\nDelivery: +0 days\n\nThe layered PSD of your design.\n")

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        judged = judged_extras(gig, ctx)
        if not judged or (len(judged) == 1 and not any(p.description for p in gig.packages)):
            return  # nothing to compare with
        vocab = extras_vocab(ctx)
        assert vocab is not None
        judge = judge_for(vocab)
        min_sim = float(ctx.options["min_similarity"])
        min_words = ctx.options["min_words"]
        seen: list[tuple[JudgedExtra, frozenset[str], frozenset[str]]] = []
        packages = [
            (p.name, judge.stems(p.description.raw[:4000]))
            for p in gig.packages
            if p.description is not None and isinstance(p.description.raw, str)
        ]
        packages = [(n, s) for n, s in packages if len(s) >= min_words]
        for je in judged:
            t_toks, d_toks = je.tokens(judge)
            title = judge.stems(je.title_text, t_toks)
            desc = judge.stems(je.description_text, d_toks)
            name_key = " ".join(je.extra.name.lower().split())
            for other, o_title, _ in seen:
                if " ".join(other.extra.name.lower().split()) == name_key:
                    break  # same name: duplicate-extra
                if title and title == o_title:
                    yield hit(je.heading_span(), je.section,
                              f"This extra's name says the same as the extra {_quote(other.extra.name)}.",
                              "Merge the two extras, or name each after what it adds.")
                    break
            if len(desc) >= min_words and je.has_description:
                at = je.description.src_span(0, len(je.description.text.rstrip()))
                for other, _, o_desc in seen:
                    if len(o_desc) >= min_words and _jaccard(desc, o_desc) >= min_sim:
                        yield hit(at, je.section,
                                  f"This description is nearly the same as that of the extra {_quote(other.extra.name)}.",
                                  "Merge the two extras, or say what makes each one different.")
                        break
                else:
                    for pname, p_desc in packages:
                        if _jaccard(desc, p_desc) >= min_sim:
                            yield hit(at, je.section,
                                      f"This extra describes what the {pname} package already includes.",
                                      "Offer something the package does not include, or drop the extra.")
                            break
            seen.append((je, title, desc))


class _Categories:
    """The pack's `[vocab.extras.categories.*]` tables, compiled."""

    def __init__(self, table: Mapping[str, Any]) -> None:
        self.order: list[str] = []
        self.match: dict[str, tuple[re.Pattern[str], ...]] = {}
        self.label: dict[str, str] = {}
        self.related: dict[str, frozenset[str]] = {}
        phrases: list[str] = []
        self.owner: dict[tuple[str, ...], str] = {}
        for key, entry in table.items():
            if not isinstance(entry, Mapping):
                continue
            self.order.append(key)
            self.match[key] = tuple(
                # a word prefix ("translat" matches "translation"); a trailing space: a whole word
                re.compile(r"(?<![^\W_])" + re.escape(m.strip().lower()) + (r"(?![^\W_])" if m.endswith(" ") else ""))
                for m in entry.get("match", ()) if m.strip()
            )
            self.label[key] = str(entry.get("label", key))
            self.related[key] = frozenset(entry.get("related", ()))
            for word in entry.get("keywords", ()):
                seq = tuple(t.norm for t in _tokens(word))
                if seq and seq not in self.owner:
                    self.owner[seq] = key
                    phrases.append(word)
        self.keywords = _Phrases(phrases)
        self._seen: dict[str, frozenset[str]] = {}  # gig category -> keys (categories recur)

    def of_gig(self, category: str) -> frozenset[str]:
        """The category keys a gig's category names, in any of its parts ("Video &
        Animation > Logo Animation": video and design), with their related keys. Every
        part counts, so that an extra is judged foreign only to all of them."""
        try:
            return self._seen[category]
        except KeyError:
            pass
        if len(self._seen) >= 4096:
            self._seen.clear()
        low = category.lower()
        keys = {key for key in self.order if any(m.search(low) for m in self.match[key])}
        for key in list(keys):
            keys |= self.related.get(key, frozenset())
        found = self._seen[category] = frozenset(keys)
        return found


class ExtraOffCategory(Rule):
    """An extra should belong to the gig: a logo design gig that sells "100 backlinks" or a
    voice over gig that sells "WordPress installation" confuses buyers, and editors ask
    for a separate gig in the right category.

    Judged conservatively from word lists per category (`[vocab.extras.categories]`): an
    extra is reported only when it names the work of another category and nothing of the
    gig's own category or of a related one. Generic extras (faster delivery, revisions,
    source files, licences) are never reported.
    """

    code = "GC512"
    name = "extra-off-category"
    category = "extras"
    severity = Severity.INFO
    summary = "A gig extra looks unrelated to the gig's category."
    bad_example = ("---\ntitle: I will design a minimalist logo\ncategory: Graphics & Design > Logo Design\n---\n"
                   + _EXAMPLE_HEAD + "### Backlinks\nPrice: $30\nDelivery: +3 days\n\n"
                   "50 high authority backlinks to your website.\n")
    good_example = ("---\ntitle: I will design a minimalist logo\ncategory: Graphics & Design > Logo Design\n---\n"
                    + _EXAMPLE_HEAD + "### Business card\nPrice: $30\nDelivery: +1 day\n\n"
                    "A double-sided business card design matching your logo, print-ready PDF.\n")

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        if gig.category is None or not isinstance(gig.category.raw, str) or not gig.extras:
            return
        vocab = extras_vocab(ctx)
        table = vocab.get("categories") if vocab else None
        if not isinstance(table, Mapping) or not table:
            return
        cats: _Categories = ctx.cached(("categories", id(table)), lambda: _Categories(table))
        accepted = cats.of_gig(gig.category.raw)
        if not accepted:
            return  # a category we do not know: no judgment
        judge = judge_for(vocab)
        for je in judged_extras(gig, ctx):
            found: dict[str, tuple[Any, int, int]] = {}
            for run_like, toks in zip((je.title, je.description), je.tokens(judge), strict=True):
                norms = [t.norm for t in toks]
                for i, j in cats.keywords.find(norms):
                    key = cats.owner.get(tuple(norms[i:j]))
                    if key is not None and key not in found:
                        found[key] = (run_like, toks[i].start, toks[j - 1].end)
            if not found or any(k in accepted for k in found):
                continue
            key = next(k for k in cats.order if k in found)
            where, a, b = found[key]
            word = where.text[a:b]
            yield hit(
                where.src_span(a, b), je.section,
                f"This extra looks unrelated to the gig's category ({gig.category.raw.strip()}): "
                f"{word!r} is {cats.label[key]} work.",
                "Offer it in a gig of its own category, or say how it serves this gig's buyers.",
            )
