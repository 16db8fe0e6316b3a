"""Conduct rules (category `conduct`): what the marketplace's standards forbid a gig to
offer or to ask, whatever its form: prohibited services (detectors/conduct.py), requests
for reviews and trades for them (detectors/reviews.py), and buyers sent to another
marketplace in words (detectors/marketplaces.py). Their words are data in the pack's
`[vocab.conduct]`, `[vocab.reviews]` and `[vocab.marketplaces]` (policies/vocab/conduct.toml).
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import partial
from typing import Any, Protocol, TypeVar

from gigcheck.detectors.conduct import ConductVocab, Offence, counted_under, led_by, prohibited, slang_in
from gigcheck.detectors.marketplaces import Competitors, Pointer, competitor_pointers
from gigcheck.detectors.own_shop import OWN_SHOP, own_shop_pointers
from gigcheck.detectors.reviews import review_asks
from gigcheck.document import gig as G
from gigcheck.document.gig import Gig
from gigcheck.records import Hit, Severity, TextRun
from gigcheck.rules.base import Context, Option, Rule, located
from gigcheck.rules.data_scope import scoped_runs
from gigcheck.text.normalized import Normalized


class _Found(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


T = TypeVar("T", bound=_Found)

# What a buyer reads of the offer: the title, tags, description, extras, FAQ and packages.
SCOPE = (G.TITLE, G.TAGS, G.DESCRIPTION, G.EXTRAS, G.FAQ, "packages")
_GIG = "---\ntitle: {title}\n---\n{body}\n"


def _scope(ctx: Context, gig: Gig) -> list[TextRun]:
    """The runs of SCOPE, gathered once per gig for the three conduct rules."""
    return ctx.scan.memo(("conduct", "scope"), lambda: list(scoped_runs(gig, SCOPE)))


def _found(
    ctx: Context, detect: Callable[[Normalized], Sequence[T]], key: str, gig: Gig
) -> Iterator[tuple[TextRun, T, tuple[int, int]]]:
    """Each run of the scope and each thing `detect` finds in it (read in the "lines"
    view: look-alike and invisible characters folded), with its span in the source."""
    for run in _scope(ctx, gig):
        if not run.text.strip():
            continue
        norm = ctx.scan.view(run, "lines")
        for item in ctx.scan.memo((key, run), partial(detect, norm)):
            yield run, item, located(run, norm, item.start, item.end)


class ProhibitedService(Rule):
    """The gig offers a service the marketplace's standards prohibit, and names which
    standard (Fiverr's Community Standards, "Illegal and Prohibited Services" and
    "Integrity and Authenticity"):

    - **fake engagement**: fake, bought or bot followers, likes, views, subscribers,
      traffic, reviews or ratings ("1000 real followers", "buy Instagram likes", "I will
      post 5-star Google reviews"), and counts sold without a verb: after a package label
      ("Extra: +1,000 YouTube views"), with a delivery window ("100k visitors in 7 days")
      or with the seller's slang anywhere in the gig ("non-drop", "refill guarantee",
      "不掉粉"), with the seller's verb last ("10 bin takipçi gönderiyorum", "1 lakh views
      dilwa dunga"), with a guarantee ("1000 abone garantili"), sent to the buyer's page
      ("100k plays on your track", "YouTube kanalınıza 4000 saat izlenme"), listed at the
      start of a clause ("10.000 YouTube-Aufrufe und 500 Abonnenten"), or listed under a
      heading naming the thing ("## Instagram followers" then "- 1,000 real, fast"); reviews posted
      without a purchase or as if by buyers ("실구매 없이 후기", "sin comprar");
    - **academic dishonesty**: taking a student's exam, test or online class, doing graded
      homework or coursework ("take my online class", "do your university assignments"),
      writing work the student hands in as theirs ("ready to submit under your name",
      "Bestehen garantiert", "диплом под ключ");
    - **breaking another platform's terms**: selling or renting accounts ("aged Gmail
      accounts"), making fake ones, playing the buyer's game account to a rank ("I log
      into your account and climb it to Diamond"), unbanning or ban evasion, solving or
      bypassing captchas or KYC;
    - **adult content**, **dangerous goods** (selling firearms, ammunition, drugs) and
      **fake documents** (fake IDs, diplomas, bank statements).

    The marketplace removes such gigs and may suspend the seller. What is allowed is not
    reported: growth without a count sold ("I will grow your Instagram organically",
    "promote your music to real listeners", a shout-out to the seller's own followers,
    a count as a goal or a threshold: "reach 1000 subscribers", "YouTube requires 4000
    watch hours"), tutoring, editing and study material ("tutor you for your SAT", "a study
    guide for your exam", "proofread your thesis", "edit your exam-prep video course"),
    coaching a player on the buyer's own account, setting up or recovering the buyer's own account
    ("set up your Instagram account", "recover your hacked account": the account is the
    buyer's), a topic rather than the goods ("a poster for a gun-safety course",
    "pharmacy website design"), and refusals ("no bots, no fake followers"). The words of
    each standard are data: `[vocab.conduct.standards.<name>]`.
    """

    code = "GC701"
    name = "prohibited-service"
    category = "conduct"
    severity = Severity.ERROR
    summary = "The gig offers a service the marketplace's standards prohibit (fake engagement, exams, adult ...)."
    messages = {"default": 'A prohibited service ({rulebook}: {label}): "{match}".'}
    vocab_keys = ("conduct.rulebook",)
    suggestions = {"default": "{advice}"}
    bad_example = _GIG.format(title="I will give you 1000 real Instagram followers",
                              body="Fast delivery, non-drop followers for your account.")
    good_example = _GIG.format(title="I will grow your Instagram organically",
                               body="A content plan and hashtag research: no bots, no fake followers.")

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        cv = ctx.vocabulary.conduct
        advice = {st.name: st.advice for st in cv.standards}
        rulebook = str(ctx.vocabulary.table("conduct").get("rulebook", "the marketplace's rules"))
        slangy = slang_in((ctx.scan.view(run, "lines").text for run in _scope(ctx, gig)), cv)
        key = "conduct:" + ",".join(sorted(slangy))
        found = set()
        for run, o, span in _found(ctx, lambda n: prohibited(n.text, cv, slangy), key, gig):
            found.add(run)
            yield self.hit(span, run.section, value=o.entry, label=o.label, match=_quote(gig, span),
                           advice=advice.get(o.entry, ""), rulebook=rulebook)
        for run, o in _under_headings(ctx, gig, cv, slangy, found):
            norm = ctx.scan.view(run, "lines")
            span = located(run, norm, 0, len(norm.text))
            yield self.hit(span, run.section, value=o.entry, label=o.label, match=_quote(gig, span),
                           advice=advice.get(o.entry, ""), rulebook=rulebook)


def _under_headings(
    ctx: Context, gig: Gig, cv: ConductVocab, slangy: frozenset[str], found: set[TextRun]
) -> Iterator[tuple[TextRun, Offence]]:
    """Lines under a heading or a label naming a thing sold by its count, each a count of
    it ("## Instagram followers" then "- 1,000 real, fast", "- 5,000 in 48h"): the lines
    read with the heading's thing (`counted_under`); a line that is no such count ends
    what the heading leads. A short paragraph that names the thing alone leads as a
    heading does ("**TikTok likes**" then "- 1,000 real, fast")."""
    lead: str | None = None
    for run in _scope(ctx, gig):
        text = ctx.scan.view(run, "lines").text
        if run.kind == "heading" or text.rstrip().endswith(":"):
            lead = text if led_by(text, cv) else None
            continue
        composed = counted_under(lead, text, cv) if lead is not None else None
        if composed is None:
            # a short line naming the thing alone leads too: a bold-only paragraph has no
            # heading's markup ("**TikTok likes**" over its list)
            lead = text if run.kind == "text" and led_by(text, cv) else None
            continue
        if run not in found:
            yield from ((run, o) for o in prohibited(composed, cv, slangy)[:1])


class ReviewRequest(Rule):
    """The gig asks the buyer for a review or a rating, or offers something for one (a
    discount, a free revision, a refund). Reviews must be the buyer's own free judgement:
    Fiverr's Community Standards ("Integrity and Authenticity": feedback manipulation) and
    Terms of Service forbid asking for positive reviews or trading anything for them.

    Reported in several languages, also after "please" or "if", as a condition on the
    buyer ("for buyers who leave a 5★ rating") and with the verb after the noun ("5 star
    rating zaroor dena", "★5の評価をいただけると"): "please leave a positive review", "leave 5 stars and
    get a free revision", "5-star feedback gets 10% off your next order", "déjame una
    reseña de 5 estrellas", "avalie com 5 estrelas", "hinterlassen Sie eine positive
    Bewertung", "оставьте отзыв". Not a request: the seller's record ("I have 500
    five-star reviews", "read my reviews"), a plain mention ("reviews are important to
    me, so I work until you are happy"), a complaint ("a 1 star rating"), feedback as the
    work ("I give detailed feedback on your draft"), "review" as a verb ("I will review your code for free"), and the
    buyer's own customers ("a QR card so your customers can leave a review"). Words are
    data: `[vocab.reviews]`.

    Review gating is reported too: steering which buyers rate ("message me before leaving a
    rating", "only happy customers are asked to leave a review", "please don't leave a
    negative review, contact me", "Prima di lasciare una recensione, scrivimi"); not
    contact asked before ordering, nor reputation work for the buyer's business ("ask
    your happy customers for Google reviews", "I reply to negative reviews on your Google
    page": the `gate_*` lists of `[vocab.reviews]`), and a review asked changed to the top
    rating ("change your review to 5 stars"). An honest review invited with no rating and
    no reward ("N'hésitez pas à laisser un avis honnête") is the buyer's free judgement, and
    a perk given "whether or not you leave a review" is no trade.
    """

    code = "GC702"
    name = "review-request"
    category = "conduct"
    severity = Severity.ERROR
    summary = "The gig asks for a review or rating, or trades a discount or extra for one."
    messages = {
        "default": 'Asking buyers for a review or a rating ("{match}") is review manipulation.',
        "trade": 'Offering something for a review ("{match}") is review manipulation.',
        "gate": 'Steering which buyers leave a review ("{match}") is review manipulation.',
    }
    suggestions = {
        "default": "Remove it: the marketplace asks buyers for their review itself.",
        "trade": "Remove the offer: a discount, extra or refund may never depend on a review.",
        "gate": "Remove it: every buyer may rate freely; offer support without tying it to the review.",
    }
    bad_example = _GIG.format(title="I will design a minimalist logo",
                              body="Leave 5 stars and get a free revision on your next order!")
    good_example = _GIG.format(title="I will design a minimalist logo",
                               body="I have 500 five-star reviews. Revisions until you are happy.")

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        rv, cv = ctx.vocabulary.reviews, ctx.vocabulary.conduct
        for run, ask, span in _found(ctx, lambda n: review_asks(n.text, rv, cv), "reviews", gig):
            form = ask.form if ask.form in ("trade", "gate") else "default"
            yield self.hit(span, run.section, form, value=ask.form, match=_quote(gig, span))


class OtherMarketplace(Rule):
    """The gig sends buyers to another marketplace in words: "also on Upwork", "my shop on
    Etsy has cheaper bundles", "hire me on Freelancer.com", "find my courses on Udemy",
    "I'm Top Rated on Upwork", "Bionluk'ta da", "Upwork pe bhi", "ランサーズでも".
    Fiverr's Terms of Service keep the buyer's business on the marketplace, and its
    Community Standards forbid directing users elsewhere; a link to
    another marketplace is GC401 (link-disallowed-host).

    Which marketplaces are competitors is the pack's: `competitors` names them (empty:
    every marketplace in `[vocab.marketplaces] names` but the `home` ones), so a pack for
    another marketplace names Fiverr as a competitor and itself as home. A marketplace
    that is the work passes: "I will set up your Etsy shop", "Amazon listing
    optimization", "I will migrate your store from Etsy to Shopify", "Upwork proposal
    writing", the seller's background without a pointer ("experience selling on
    Upwork for clients"), and the buyer's question ("Can you work with my existing Etsy
    shop?").

    The seller's own shop is reported too, with no marketplace named ("You can also buy the
    full bundle in my shop", "Größere Aufträge bitte über meinen eigenen Shop bestellen");
    not the buyer's shop, someone else's ("my family's shop") or a shop class.
    """

    code = "GC703"
    name = "other-marketplace"
    category = "conduct"
    severity = Severity.ERROR
    summary = "The gig sends buyers to another marketplace in words (\"also on Upwork\", \"my Etsy shop\")."
    options = (
        Option("competitors", list, [], "Marketplaces buyers may not be sent to (empty: every marketplace in "
               "[vocab.marketplaces] names except `home`).", item=str),
        Option("home", list, [], "The pack's own marketplace(s): never competitors.", item=str),
    )
    messages = {
        "default": 'This sends buyers to {name}, another marketplace: "{match}".',
        "own": 'This sends buyers to your own shop, outside the marketplace: "{match}".',
    }
    suggestions = {"default": "Remove it: buyers order here, and your gig stands on its own."}
    bad_example = _GIG.format(title="I will design a minimalist logo",
                              body="I'm also on Upwork, and my shop on Etsy has cheaper bundles.")
    good_example = _GIG.format(title="I will set up your Etsy shop",
                               body="I migrate stores from Etsy to Shopify and optimize listings.")

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        mv, cv = ctx.vocabulary.marketplaces, ctx.vocabulary.conduct
        rivals = _rivals(ctx, mv.names)
        # (with the case the seller wrote: a name that is also a word counts capitalised, "Malt")
        def pointers(n: Normalized) -> list[Pointer]:
            return competitor_pointers(n.text, rivals, mv, cv, partial(_upper, n)) + own_shop_pointers(
                n.text, rivals, mv, cv
            )

        for run, p, span in _found(ctx, pointers, "marketplaces", gig):
            own = p.name == OWN_SHOP
            yield self.hit(span, run.section, "own" if own else "default", value=p.name.casefold(), name=p.name,
                           match=_quote(gig, span))


def _upper(norm: Normalized, k: int) -> bool:
    """Whether the character the view's character `k` came from is a capital letter."""
    return norm.source[norm.origin[k]].isupper()


def _rivals(ctx: Context, names: list[str]) -> Competitors:
    """The competitors the options name, compiled once per configuration."""
    options: Mapping[str, Any] = ctx.options
    home = {h.casefold() for h in options.get("home", [])}
    chosen = [n for n in options.get("competitors") or names if n.casefold() not in home]
    prefixes = ctx.vocabulary.marketplaces.name_prefixes
    return ctx.vocabulary.compiled("competitors:" + "|".join(chosen), lambda: Competitors(chosen, prefixes))


def _quote(gig: Gig, span: tuple[int, int], limit: int = 80) -> str:
    """The words found, as the seller wrote them, on one line and cut short."""
    text = " ".join(gig.source[span[0]:span[1]].split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


RULES: tuple[type[Rule], ...] = (ProhibitedService, ReviewRequest, OtherMarketplace)
