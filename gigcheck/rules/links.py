"""Links rules (category `links`, and `contact` for contact details hidden in a link).

`detect/links.py` finds every link once and judges its real host against the pack's
`[vocab.links]`; each rule here reports the verdict kinds it owns. Messenger and social
links and contact schemes (t.me, wa.me, skype:, mailto:) are contact details: the contact
rules report them, not these.
"""
from __future__ import annotations

from typing import Any, ClassVar, Iterator, Mapping

from gigcheck.scan.links import FoundLink, email_spans, gig_links, links_table
from gigcheck.document.gig import Gig
from gigcheck.detectors.hosts import contact_in_url
from gigcheck.records import Hit, Severity
from gigcheck.rules.base import Context, Rule


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


class _LinkRule(Rule):
    """Reports the links whose verdict is one of `kinds`."""

    kinds: ClassVar[frozenset[str]] = frozenset()

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        links = gig_links(gig, ctx)
        if not links:
            return
        names = ctx.cached("allowed-names", lambda: allowed_names(links_table(ctx) or {}))
        for link in links:
            if link.verdict.kind in self.kinds:
                hit = self.hit(link, names, ctx)
                if hit is None:
                    continue
                if link.form not in ("target", "html", "url") and _in_handle(gig, ctx, link):
                    continue  # "skype: seo.marco.pro" is a Skype name: contact-handle's
                yield hit

    def hit(self, link: FoundLink, names: str, ctx: Context) -> Hit | None:
        raise NotImplementedError


def _handle_spans(gig: Gig, ctx: Context) -> list[tuple[int, int]]:
    """Source spans of the messenger names the contact-handle detector found."""
    from gigcheck.scan.channels import gig_handles

    spans = []
    for scan, h in gig_handles(gig, ctx):
        a, b = scan.words.span(h.id_start, h.id_end)
        spans.append(scan.run.src_span(a, b))
    return spans


def _in_handle(gig: Gig, ctx: Context, link: FoundLink) -> bool:
    """Whether a bare or spelled domain is really a messenger name (after "Skype:")."""
    a, b = link.src_span()
    spans = ctx.gig_cached(("links", "handle-spans"), lambda: _handle_spans(gig, ctx))
    return any(x <= a and b <= y for x, y in spans)


def _site(link: FoundLink) -> str:
    """The host as a seller would name it: "bit.ly", "drive.google.com" (no "www.")."""
    host = link.verdict.host or link.url
    return host[4:] if host.startswith("www.") else host


def _host_hit(link: FoundLink, message: str, suggestion: str) -> Hit:
    """A finding on the whole link, keyed by its site (one per site for baselines)."""
    a, b = link.src_span()
    key = (link.verdict.registrable or link.verdict.host or link.url).lower()
    return Hit(a, b, link.section, message, suggestion, key=key)


class LinkDisallowedHost(_LinkRule):
    """Links may only point to the marketplace's approved portfolio hosts.

    Fiverr allows SoundCloud, YouTube and Flickr for portfolio samples (the pack's
    `allowed_hosts`), and its own pages (your profile, your other gigs). A link to a
    personal site or any other host, in any form (a Markdown link, a bare `johndoe.com`,
    `johndoe dot com`, an HTML `<a href>`, inside a code block), can get the gig denied.
    Disguises are seen through: `https://youtube.com@evil.net/` goes to evil.net, and
    `youtube.com.evil.ru` belongs to evil.ru.
    """

    code = "GC401"
    name = "link-disallowed-host"
    category = "links"
    severity = Severity.ERROR
    summary = "A link points to a host that is not an allowed portfolio host."
    bad_example = "## Portfolio\nMore samples on my site: johndoevoices.com\n"
    good_example = "## Portfolio\n- [Demo reel](https://soundcloud.com/johndoe/demo)\n"
    kinds = frozenset({"disallowed"})

    def hit(self, link: FoundLink, names: str, ctx: Context) -> Hit | None:
        v = link.verdict
        reason = v.reason
        generic = f"{v.registrable} is not an allowed portfolio host"
        if v.registrable and reason.startswith(generic):
            reason = f"{v.registrable} is not one of them" + reason[len(generic):]
        return _host_hit(
            link,
            f"Links may only point to {names} (allowed portfolio hosts); {reason}.",
            f"Upload the sample to {names} and link to it there, or remove the link.",
        )


class LinkShortener(_LinkRule):
    """Short links (bit.ly, tinyurl.com, t.co ...) hide where they go.

    Neither the marketplace nor the buyer can check the destination, so a gig with one is
    denied even when it leads to an allowed host. The pack's `shorteners` lists them.
    """

    code = "GC402"
    name = "link-shortener"
    category = "links"
    severity = Severity.ERROR
    summary = "A link uses a URL shortener, which hides where it goes."
    bad_example = "## Portfolio\n- [Demo](https://bit.ly/3xYz)\n"
    good_example = "## Portfolio\n- [Demo](https://youtu.be/dQw4w9WgXcQ)\n"
    kinds = frozenset({"shortener"})

    def hit(self, link: FoundLink, names: str, ctx: Context) -> Hit | None:
        return _host_hit(
            link,
            f"This link goes through {_site(link)}, a URL shortener: nobody can check where it leads. "
            f"Links may only point to {names} (allowed portfolio hosts).",
            f"Use the sample's full address on {names} instead of a short link.",
        )


class LinkFileHost(_LinkRule):
    """File-sharing links (Google Drive, Dropbox, WeTransfer ...) are not portfolio hosts.

    Samples must be on an allowed host, and files for a buyer go through the order page.
    The pack's `file_hosts` lists them.
    """

    code = "GC403"
    name = "link-file-host"
    category = "links"
    severity = Severity.ERROR
    summary = "A link points to a file-sharing host."
    bad_example = "## Portfolio\nSamples: https://drive.google.com/file/d/1AbC/view\n"
    good_example = "## Portfolio\nSamples: https://soundcloud.com/johndoe/sets/samples\n"
    kinds = frozenset({"file-host"})

    def hit(self, link: FoundLink, names: str, ctx: Context) -> Hit | None:
        return _host_hit(
            link,
            f"This link goes to {_site(link)}, a file-sharing host; links may only point to {names} "
            "(allowed portfolio hosts).",
            f"Upload the sample to {names} and link to it there; send files to buyers through the order page.",
        )


class LinkLookalikeHost(_LinkRule):
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
    bad_example = "## Portfolio\n- [Demo](https://www.y0utube.com/watch?v=abc)\n"
    good_example = "## Portfolio\n- [Demo](https://www.youtube.com/watch?v=abc)\n"
    kinds = frozenset({"lookalike"})

    def hit(self, link: FoundLink, names: str, ctx: Context) -> Hit | None:
        v = link.verdict
        message = f"This link goes to {_site(link)}, which imitates {v.lookalike_of}: it is a different site made to look like a trusted one."
        if "xn--" in link.url.lower():
            message += f" (The xn-- name is how browsers write {v.registrable or v.host}.)"
        return _host_hit(
            link,
            message,
            f"Link to the real {v.lookalike_of} address, or remove the link.",
        )


class ContactInLink(_LinkRule):
    """Contact details hidden in an allowed link are still contact details.

    `youtube.com/watch?v=x&email=bob@gmail.com` or `soundcloud.com/bob/call-555-123-4567`
    point to an allowed host, but their address carries an email, a phone number or a
    messenger name for the buyer to read.
    """

    code = "GC405"
    name = "contact-in-link"
    category = "contact"
    severity = Severity.ERROR
    summary = "An allowed link carries contact details in its path or query."
    bad_example = "## Portfolio\n- [Demo](https://soundcloud.com/bob/call-555-123-4567)\n"
    good_example = "## Portfolio\n- [Demo](https://soundcloud.com/bob/demo-reel)\n"
    kinds = frozenset({"allowed", "marketplace"})

    def hit(self, link: FoundLink, names: str, ctx: Context) -> Hit | None:
        piece = contact_in_url(link.url)
        if piece is None:
            return None
        start, end = link.start, link.end
        at = link.run.text.lower().find(piece.lower(), start, end)
        if at >= 0:  # point at the contact part when it is written as is (not %-escaped)
            start, end = at, at + len(piece)
            if _overlaps_email(link, start, end, ctx):
                return None  # the email rule reports it
        a, b = link.run.src_span(start, end)
        site = link.verdict.registrable or link.verdict.host
        return Hit(
            a,
            b,
            link.section,
            f"This {site} link carries contact details in its address; sharing contact details is against marketplace rules.",
            "Remove them from the link: buyers contact you through the marketplace's messages.",
            key=piece.lower(),
        )


def _overlaps_email(link: FoundLink, start: int, end: int, ctx: Context) -> bool:
    return any(start < y and x < end for x, y in email_spans(ctx, link.run))
