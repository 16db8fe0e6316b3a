"""Links rules (category `links`): where the links of a gig go.

`scan/links.py` finds every link once and judges its real host against the pack's
`[vocab.links]`; each rule here reports the verdict kinds it owns. Messenger and social
links and contact schemes (t.me, wa.me, skype:, mailto:) are contact details: the contact
rules report them (rules/contact.py), not these.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from gigcheck.document.gig import Gig
from gigcheck.records import Hit, Severity
from gigcheck.rules.base import Context, Option, Rule
from gigcheck.scan.channels import gig_handles
from gigcheck.scan.gigscan import GigScan
from gigcheck.scan.links import FoundLink, gig_links

_GIG = "---\ntitle: I will record a professional voice over\n---\nI record voice overs in a treated studio.\n\n"


def _or_list(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} or {names[-1]}"


def allowed_names(table: Mapping[str, Any]) -> str:
    """The allowed hosts as a seller reads them: "SoundCloud, YouTube or Flickr".

    One name per site: short aliases (youtu.be, flic.kr) are folded into the site they
    abbreviate; `allowed_host_names` in the vocabulary gives the spelling ("SoundCloud"),
    other names are capitalized ("vimeo.com" -> "Vimeo").
    """
    spelled = {n.lower(): n for n in table.get("allowed_host_names", ())}
    labels: list[str] = []
    for entry in table.get("allowed_hosts", ()):
        host = entry.lower().partition("/")[0].rstrip(".")
        parts = host.split(".")
        label = parts[-2] if len(parts) >= 2 else parts[0]
        if label not in labels:
            labels.append(label)
    kept = [lab for lab in labels if not any(o != lab and o.startswith(lab) for o in labels)]
    return _or_list([spelled.get(lab, lab.capitalize()) for lab in kept]) or "the allowed portfolio hosts"


class LinkRule(Rule):
    """Reports the links whose verdict is one of `kinds` (`judge_link` words each)."""

    kinds: ClassVar[frozenset[str]] = frozenset()

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        links = gig_links(ctx.scan)
        if not links:
            return
        names = ctx.vocabulary.compiled("allowed-names", lambda: allowed_names(ctx.vocabulary.table("links")))
        kinds = self.kinds_for(ctx)
        for link in links:
            if link.verdict.kind in kinds:
                hit = self.judge_link(link, names, ctx)
                if hit is None:
                    continue
                if link.form not in ("target", "html", "url", "script", "handler") and _in_handle(ctx.scan, link):
                    continue  # "skype: seo.marco.pro" is a Skype name: contact-handle's
                yield hit

    def kinds_for(self, ctx: Context) -> frozenset[str]:
        """The verdict kinds this rule reports with the options of `ctx`."""
        return self.kinds

    def judge_link(self, link: FoundLink, names: str, ctx: Context) -> Hit | None:
        raise NotImplementedError

    def host_hit(self, link: FoundLink, form: str = "default", **fields: Any) -> Hit:
        """A finding on the whole link, keyed by its site (one per site for baselines)."""
        key = (link.verdict.registrable or link.verdict.host or link.url).lower()
        return self.hit(link.src_span(), link.section, form, value=key, site=_site(link), **fields)


def _handle_spans(scan: GigScan) -> list[tuple[int, int]]:
    """Source spans of the messenger names the contact-handle detector found."""
    spans = []
    for rs, h in gig_handles(scan):
        a, b = rs.words.span(h.id_start, h.id_end)
        spans.append(rs.run.src_span(a, b))
    return spans


def _in_handle(scan: GigScan, link: FoundLink) -> bool:
    """Whether a bare or spelled domain is really a messenger name (after "Skype:")."""
    a, b = link.src_span()
    spans = scan.memo(("links", "handle-spans"), lambda: _handle_spans(scan))
    return any(x <= a and b <= y for x, y in spans)


def _site(link: FoundLink) -> str:
    """The host as a seller would name it: "bit.ly", "drive.google.com" (no "www.")."""
    host = link.verdict.host or link.url
    return host[4:] if host.startswith("www.") else host


# In deny mode a link to a host the pack also allows is still looked at: the denied list
# is the rule's only word.
_DENY_KINDS = frozenset({"disallowed", "allowed", "reference"})


class LinkDisallowedHost(LinkRule):
    """Links may only point to the marketplace's approved portfolio hosts.

    Fiverr allows SoundCloud, YouTube and Flickr for portfolio samples (the pack's
    `allowed_hosts`), and its own pages (your profile, your other gigs). A link to a
    personal site or any other host, in any form (a Markdown link, a bare `johndoe.com`,
    `johndoe dot com`, an HTML `<a href>`, inside a code block), can get the gig denied.
    Disguises are seen through: `https://youtube.com@evil.net/` goes to evil.net, and
    `youtube.com.evil.ru` belongs to evil.ru.

    Where the list comes from: the pack's `[vocab.links]` `allowed_hosts` (the fiverr
    pack's cites the "Approved URLs" list of Fiverr's Gig policies page, see Sources
    below; the marketplace's current list is longer, and only hosts that could be
    confirmed are shipped). A project adds hosts without replacing the pack's with
    `extend-allowed-hosts = ["vimeo.com"]` in its config's `[vocab.links]` table
    (`[tool.gigcheck.vocab.links]` in pyproject.toml), and names them for messages
    with `extend-allowed-host-names`.

    A marketplace that lets sellers link anywhere but to a few hosts (an in-house
    marketplace that only refuses its competitors, say) sets `mode = "deny"` and lists
    them in `denied_hosts` (a host covers its subdomains): then only links to those hosts
    are reported, and `allowed_hosts` is not consulted by this rule. Shorteners, file
    hosts, lookalikes and messengers are reported by their own rules in either mode.
    """

    code = "GC401"
    name = "link-disallowed-host"
    category = "links"
    severity = Severity.ERROR
    summary = "A link points to a host that is not an allowed portfolio host."
    options = (
        Option("mode", str, "allow", 'Which links are reported: "allow" (any host not in the pack\'s '
               '`allowed_hosts`) or "deny" (only the hosts in `denied_hosts`).', choices=("allow", "deny")),
        Option("denied_hosts", list, [], 'Hosts links may not point to when `mode = "deny"` (with their subdomains).',
               item=str),
    )
    messages = {
        "default": "Links may only point to {names} (allowed portfolio hosts); {reason}.",
        "denied": "Links to {site} are not allowed on this marketplace.",
    }
    suggestions = {
        "default": "Upload the sample to {names} and link to it there, or remove the link.",
        "denied": "Remove the link; show the work in the gig itself.",
    }
    bad_example = _GIG + "## Portfolio\nMore samples on my site: johndoevoices.com\n"
    good_example = _GIG + "## Portfolio\n- [Demo reel](https://soundcloud.com/johndoe/demo)\n"
    kinds = frozenset({"disallowed"})
    vocab_keys = ("links.allowed_hosts", "links.allowed_host_names", "links.marketplace_hosts")

    def kinds_for(self, ctx: Context) -> frozenset[str]:
        return _DENY_KINDS if ctx.options["mode"] == "deny" else self.kinds

    def judge_link(self, link: FoundLink, names: str, ctx: Context) -> Hit | None:
        v = link.verdict
        if ctx.options["mode"] == "deny":
            denied = [d.lower().removeprefix("www.").rstrip(".") for d in ctx.options["denied_hosts"]]
            host = (v.host or "").removeprefix("www.")
            if any(host == d or host.endswith("." + d) for d in denied if d):
                return self.host_hit(link, "denied")
            return None
        reason = v.reason
        generic = f"{v.registrable} is not an allowed portfolio host"
        if v.registrable and reason.startswith(generic):
            reason = f"{v.registrable} is not one of them" + reason[len(generic):]
        return self.host_hit(link, names=names, reason=reason)


class LinkShortener(LinkRule):
    """Short links (bit.ly, tinyurl.com, t.co ...) hide where they go.

    Neither the marketplace nor the buyer can check the destination, so a gig with one is
    denied even when it leads to an allowed host. The pack's `shorteners` lists them.
    """

    code = "GC402"
    name = "link-shortener"
    category = "links"
    severity = Severity.ERROR
    summary = "A link uses a URL shortener, which hides where it goes."
    messages = {
        "default": "This link goes through {site}, a URL shortener: nobody can check where it leads. "
        "Links may only point to {names} (allowed portfolio hosts)."
    }
    suggestions = {"default": "Use the sample's full address on {names} instead of a short link."}
    bad_example = _GIG + "## Portfolio\n- [Demo](https://bit.ly/3xYz)\n"
    good_example = _GIG + "## Portfolio\n- [Demo](https://youtu.be/dQw4w9WgXcQ)\n"
    kinds = frozenset({"shortener"})

    def judge_link(self, link: FoundLink, names: str, ctx: Context) -> Hit | None:
        return self.host_hit(link, names=names)


class LinkFileHost(LinkRule):
    """File-sharing links (Google Drive, Dropbox, WeTransfer ...) are not portfolio hosts.

    Samples must be on an allowed host, and files for a buyer go through the order page.
    The pack's `file_hosts` lists them.
    """

    code = "GC403"
    name = "link-file-host"
    category = "links"
    severity = Severity.ERROR
    summary = "A link points to a file-sharing host."
    messages = {
        "default": "This link goes to {site}, a file-sharing host; links may only point to {names} "
        "(allowed portfolio hosts)."
    }
    suggestions = {
        "default": "Upload the sample to {names} and link to it there; send files to buyers through the order page."
    }
    bad_example = _GIG + "## Portfolio\nSamples: https://drive.google.com/file/d/1AbC/view\n"
    good_example = _GIG + "## Portfolio\nSamples: https://soundcloud.com/johndoe/sets/samples\n"
    kinds = frozenset({"file-host"})

    def judge_link(self, link: FoundLink, names: str, ctx: Context) -> Hit | None:
        return self.host_hit(link, names=names)


class LinkLookalikeHost(LinkRule):
    """A host made to look like an allowed one: `y0utube.com`, `soundc1oud.com`,
    `fiverr.corn`, or a Unicode name such as `yоutube.com` (Cyrillic о, written
    `xn--yutube-wqf.com` in punycode).

    These are different sites disguised as trusted ones; editors treat them as deception.
    """

    code = "GC404"
    name = "link-lookalike-host"
    category = "links"
    severity = Severity.ERROR
    summary = "A link's host imitates an allowed or marketplace host."
    messages = {
        "default": "This link goes to {site}, which imitates {of}: it is a different site made to look like a "
        "trusted one.{punycode}",
    }
    suggestions = {"default": "Link to the real {of} address, or remove the link."}
    bad_example = _GIG + "## Portfolio\n- [Demo](https://www.y0utube.com/watch?v=abc)\n"
    good_example = _GIG + "## Portfolio\n- [Demo](https://www.youtube.com/watch?v=abc)\n"
    kinds = frozenset({"lookalike"})

    def judge_link(self, link: FoundLink, names: str, ctx: Context) -> Hit | None:
        v = link.verdict
        real = v.registrable or v.host
        note = f" (The xn-- name is how browsers write {real}.)" if "xn--" in link.url.lower() else ""
        return self.host_hit(link, of=v.lookalike_of, punycode=note)


class LinkScriptUrl(LinkRule):
    """Links must open a page: `javascript:`, `vbscript:` and `data:` links are not allowed.

    A `javascript:` or `vbscript:` link runs code in the buyer's browser when it is
    clicked, and a `data:` link carries a whole page or file inside the link itself, so
    nobody can check what it shows. Marketplaces treat both as an attack on buyers. They
    are found wherever a link can be: Markdown links and images (`[Demo](javascript:...)`,
    also with spaces or `<...>` around the address), reference definitions (`[1]:
    javascript:...`), `<javascript:...>`, HTML attributes (`href`, `src`, `action`,
    `formaction`, `xlink:href` ...), however the scheme is written (`JavaScript:`,
    `java&#x73;cript:`, `&#106;avascript&colon;`, a tab inside the word: browsers read
    them all as `javascript:`).

    HTML event handlers (`onclick=`, `onerror=`, `onmouseover=`) and `<script>` elements
    run code the same way and are reported too.

    Not flagged: the words in prose ("JavaScript: React, Vue", "data: 5 GB"), and code
    shown as code in a code span or block, which a buyer reads and cannot click.
    """

    code = "GC406"
    name = "link-script-url"
    category = "links"
    severity = Severity.ERROR
    summary = "A link runs code or carries a page inside itself (javascript:, vbscript:, data:)."
    messages = {
        "default": "This is {scheme:a}: link: it runs code in the buyer's browser instead of opening a page.",
        "data": "This is a data: link: it carries a page or file inside the link itself, which nobody can check.",
        "handler": "This {scheme} attribute runs code in the buyer's browser, like a javascript: link.",
        "element": "This <script> element runs code in the buyer's browser.",
    }
    suggestions = {"default": "Remove it; link only to your samples on {names} (allowed portfolio hosts)."}
    bad_example = _GIG + "## Portfolio\n- [Demo reel](javascript:alert(document.cookie))\n"
    good_example = _GIG + "## Portfolio\n- [Demo reel](https://soundcloud.com/johndoe/demo)\n"
    kinds = frozenset({"script"})

    def judge_link(self, link: FoundLink, names: str, ctx: Context) -> Hit | None:
        if link.form == "handler":
            element = link.url.startswith("<")
            scheme, form = link.url.partition("=")[0], "element" if element else "handler"
        else:
            scheme = link.url.partition(":")[0].lower()
            form = scheme if scheme in self.messages else "default"
        return self.hit(link.src_span(), link.section, form, value=link.url.lower()[:200], scheme=scheme, names=names)


class LinkReference(LinkRule):
    """A link to public reference documentation: a standard, a public body, a product's docs.

    Citing the source you follow ("I follow the [WCAG 2.2 guidelines](https://www.w3.org/TR/WCAG22/)",
    "[Stripe's documentation](https://stripe.com/docs)", "[PEP 8](https://peps.python.org/pep-0008/)")
    is fine for editors: it is not a personal site, so link-disallowed-host (GC401) does
    not report it. This note is here because some marketplaces strip every external link
    from a gig, or ask why it is there: naming the source without a link ("WCAG 2.2",
    "Stripe's documentation") is the safest way to cite it.

    What counts as documentation is the pack's `[vocab.links]` data: `reference_hosts`
    (w3.org, developer.mozilla.org, wikipedia.org ...), `reference_public_suffixes` (.gov,
    gov.uk, .int, europa.eu ...), `reference_host_labels` ("docs.", "developers." ...) and
    `reference_paths` ("/docs", "/learn", "/TR" ...). A link is still the seller's own
    site, and link-disallowed-host's error, when the text claims it ("[my docs](...)",
    "our guide: ...", "mi documentación"), when it is an image or media embed (a sample),
    when its path is a person's or a shop's page (`reference_personal_paths`: "/users/",
    "@name", "User:Name"), when its address is spelled out or disguised, or when its host
    imitates a reference host. A documentation path ("/docs") is on anyone's site, the
    seller's too, so such a link is a citation only when its text (or the words before a
    bare address) names the site: "[Stripe's documentation](https://stripe.com/docs)" is,
    "[Docs](https://mirastudio.dev/docs)" is the seller's site.

    A project that wants reference links reported as errors sets the rule's severity in
    its config:

        [rules.link-reference]
        severity = "error"

    In `mode = "deny"` of link-disallowed-host only the denied hosts are reported: a
    reference link to one of them is reported there, and not here.
    """

    code = "GC407"
    name = "link-reference"
    category = "links"
    severity = Severity.INFO
    summary = "A link cites public reference documentation (a standard, a public body, a product's docs)."
    messages = {
        "default": "This link cites reference documentation ({reason}); some marketplaces remove external links, "
        "so naming the source without a link is safest.",
    }
    suggestions = {"default": "Name the source in words (\"WCAG 2.2\", \"Stripe's documentation\"), or keep the link."}
    bad_example = _GIG + "## Description\nI follow the [WCAG 2.2 guidelines](https://www.w3.org/TR/WCAG22/).\n"
    good_example = _GIG + "## Description\nI follow the WCAG 2.2 guidelines on every page.\n"
    kinds = frozenset({"reference"})
    options_from = LinkDisallowedHost
    vocab_keys = (
        "links.reference_hosts", "links.reference_public_suffixes", "links.reference_host_labels",
        "links.reference_paths", "links.reference_personal_paths",
    )

    def kinds_for(self, ctx: Context) -> frozenset[str]:
        # In deny mode link-disallowed-host owns every host (it reports the denied ones).
        return frozenset() if ctx.options.get("mode") == "deny" else self.kinds

    def judge_link(self, link: FoundLink, names: str, ctx: Context) -> Hit | None:
        return self.host_hit(link, reason=link.verdict.reason)


RULES = (LinkDisallowedHost, LinkShortener, LinkFileHost, LinkLookalikeHost, LinkScriptUrl, LinkReference)
