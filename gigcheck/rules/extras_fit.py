"""Gig-extra rules (category `extras`) that compare: an extra that repeats another extra
or a package, and an extra that belongs to another category of gig."""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from gigcheck.detectors.categories import Categories
from gigcheck.detectors.similar_sets import SimilarSets
from gigcheck.document.gig import Gig
from gigcheck.records import Hit, Severity
from gigcheck.rules.base import Context, Option, Rule
from gigcheck.rules.extras import EXAMPLE_GIG as _GIG
from gigcheck.rules.extras import quote as _quote
from gigcheck.scan.extras import ExtraNouns, JudgedExtra, extra_nouns, judge, judged_extras


def _name_key(name: str) -> str:
    return " ".join(name.lower().split())


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
    options = (
        Option("min_similarity", float, 0.8, "Share of content words two descriptions have in common.",
               low=0, high=1),
        Option("min_words", int, 3, "Shorter descriptions are not compared."),
    )
    messages = {
        "default": "This description is nearly the same as that of the {extra} {other}.",
        "name": "This {extra}'s name says the same as the {extra} {other}.",
        "package": "This {extra} describes what the {package} package already includes.",
    }
    suggestions = {
        "default": "Merge the two {extras}, or say what makes each one different.",
        "name": "Merge the two {extras}, or name each after what it adds.",
        "package": "Offer something the package does not include, or drop the {extra}.",
    }
    bad_example = (_GIG + "### Fast delivery\nPrice: $10\nDelivery: -1 day\n\nYour files one day sooner.\n\n"
                   "### Faster delivery\nPrice: $20\nDelivery: -2 days\n\nYour files two days sooner.\n")
    good_example = (_GIG + "### Fast delivery\nPrice: $10\nDelivery: -1 day\n\nYour files one day sooner.\n\n"
                    "### Source files\nPrice: $20\nDelivery: +0 days\n\nThe layered PSD of your design.\n")

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        judged = judged_extras(ctx.scan)
        mj = judge(ctx.scan)
        if mj is None or not judged or (len(judged) == 1 and not any(p.description for p in gig.packages)):
            return  # nothing to compare with
        j = mj.judge
        min_sim, min_words = float(ctx.options["min_similarity"]), ctx.options["min_words"]
        packages = [(p.name, j.stems(p.description.raw[:4000])) for p in gig.packages if p.description is not None]
        packages = [(n, s) for n, s in packages if len(s) >= min_words]
        stems = []
        for je in judged:
            t_toks, d_toks = je.tokens(j)
            stems.append((j.stems(je.title_text, t_toks), j.stems(je.description_text, d_toks)))
        # Indexed, not compared pairwise: thousands of extras must not cost their square.
        first_name: dict[str, int] = {}
        first_title: dict[frozenset[str], int] = {}
        descs = SimilarSets(min_sim, [d for _, d in stems] + [p for _, p in packages])
        pkgs = SimilarSets(min_sim, [d for _, d in stems] + [p for _, p in packages])
        for _, p_desc in packages:
            pkgs.add(p_desc)
        owner: list[int] = []  # the extra of each description in `descs`
        nouns = extra_nouns(ctx.scan)
        for n, (je, (title, desc)) in enumerate(zip(judged, stems, strict=True)):
            key = _name_key(je.extra.name)
            same_name, same_title = first_name.get(key), first_title.get(title) if title else None
            # The first earlier extra with the same name (duplicate-extra) or title decides.
            if same_title is not None and (same_name is None or same_title < same_name):
                other = _quote(judged[same_title].extra.name)
                yield self.hit(je.heading_span(), je.section, "name", other=other, **nouns)
            if len(desc) >= min_words and je.has_description:
                yield from self._same_description(je, desc, descs, owner, judged, pkgs, packages, nouns)
            first_name.setdefault(key, n)
            if title:
                first_title.setdefault(title, n)
            if len(desc) >= min_words:
                descs.add(desc)
                owner.append(n)

    def _same_description(self, je: JudgedExtra, desc: frozenset[str], descs: SimilarSets, owner: list[int],
                          judged: list[JudgedExtra], pkgs: SimilarSets,
                          packages: list[tuple[str, frozenset[str]]], nouns: ExtraNouns) -> Iterator[Hit]:
        at = je.description.src_span(0, len(je.description.text.rstrip()))
        i = descs.first_similar(desc)
        if i is not None:
            yield self.hit(at, je.section, other=_quote(judged[owner[i]].extra.name), **nouns)
            return
        k = pkgs.first_similar(desc)
        if k is not None:
            yield self.hit(at, je.section, "package", package=packages[k][0], **nouns)


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
    messages = {"default": "This {extra} looks unrelated to the gig's category ({category}): {word!r} is {label} work."}
    suggestions = {"default": "Offer it in a gig of its own category, or say how it serves this gig's buyers."}
    bad_example = ("---\ntitle: I will design a minimalist logo\ncategory: Graphics & Design > Logo Design\n---\n"
                   "I design minimalist logos.\n\n## Extras\n\n### Backlinks\nPrice: $30\nDelivery: +3 days\n\n"
                   "50 high authority backlinks to your website.\n")
    good_example = ("---\ntitle: I will design a minimalist logo\ncategory: Graphics & Design > Logo Design\n---\n"
                    "I design minimalist logos.\n\n## Extras\n\n### Business card\nPrice: $30\nDelivery: +1 day\n\n"
                    "A double-sided business card design matching your logo, print-ready PDF.\n")

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        if gig.category is None or not gig.extras:
            return
        table = (ctx.vocabulary.extras or {}).get("categories")
        mj = judge(ctx.scan)
        if mj is None or not isinstance(table, Mapping) or not table:
            return
        cats: Categories = ctx.vocabulary.compiled("categories", lambda: Categories(table))
        accepted = cats.of_gig(gig.category.raw)
        if not accepted:
            return  # a category we do not know: no judgment
        for je in judged_extras(ctx.scan):
            found: dict[str, tuple[Any, int, int]] = {}
            for run_like, toks in zip((je.title, je.description), je.tokens(mj.judge), strict=True):
                norms = [t.norm for t in toks]
                for i, j in cats.keywords.find(norms):
                    key = cats.owner.get(tuple(norms[i:j]))
                    if key is not None and key not in found:
                        found[key] = (run_like, toks[i].start, toks[j - 1].end)
            if not found or any(k in accepted for k in found):
                continue
            key = next(k for k in cats.order if k in found)
            where, a, b = found[key]
            yield self.hit(where.src_span(a, b), je.section, category=gig.category.raw.strip(), **extra_nouns(ctx.scan),
                           word=where.text[a:b], label=cats.label[key])


RULES = (ExtraDuplicate, ExtraOffCategory)
