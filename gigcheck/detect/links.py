"""Every link a buyer could follow in a gig, each found once and judged once.

Link targets (Markdown links, images, reference definitions) and URL attributes of HTML
are judged whole; visible text (paragraphs, headings, code, alt text, front-matter
values, the text of HTML) is searched with `find_links` for URLs, `www.` forms, bare and
spelled domains and contact schemes. The list is built once per gig and shared by the
links rules, which only pick the verdict kinds they report.

Two things are left out so that each link is reported once, by the right rule:
* a URL written as a link's text when the target goes to the same host
  (``[https://a.com](https://a.com)``): the target is reported;
* a domain that is the right-hand side of an email address, plain or disguised
  (``bob at gmail dot com``): the email rule's (see `email_spans`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable, Mapping, Optional

from ..gig import Gig
from ..links.find import DEFAULT_CONTACT_SCHEMES, find_links, parse_html_links
from ..links.hosts import LinkPolicy, Verdict, known_hosts, policy_for
from ..model import TextRun
from ..rules.base import Context

# Runs whose text is a whole link target.
TARGET_KINDS = frozenset({"link_url", "image_url"})
# Runs a buyer reads, searched for links in the text.
TEXT_KINDS = frozenset({"text", "heading", "code", "code_block", "image_alt", "fm_value", "table"})

# "https:", "mailto:", "johndoe.com:8080" (judge() sorts them out); else a relative path.
_HAS_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")
# How far back a link's "[" is looked for (link texts are short; this bounds hostile input).
_LINK_TEXT_LOOKBACK = 2000


@dataclass(frozen=True, slots=True)
class FoundLink:
    """One link: where it is (run text offsets), what it is and what the vocabulary says."""

    run: TextRun
    start: int
    end: int
    url: str  # as a browser would take it ("johndoe dot com" -> "johndoe.com")
    form: str  # "target", "html", or a find_links form (url, www, bare-domain, spelled, scheme)
    verdict: Verdict

    @property
    def section(self) -> str:
        return self.run.section

    def src_span(self) -> tuple[int, int]:
        return self.run.src_span(self.start, self.end)


class LinkScanner:
    """The links vocabulary, ready for scanning: built once per config (see `scanner`)."""

    def __init__(self, table: Mapping[str, Any]) -> None:
        self.table = table
        self.policy: LinkPolicy = policy_for(table)  # shared per-host verdict cache
        self.tlds = frozenset(t.lower() for t in table.get("spelled_tlds", ()))
        self.known = known_hosts(table)
        self.schemes = frozenset(s.lower() for s in table.get("contact_schemes", DEFAULT_CONTACT_SCHEMES))

    def find(self, text: str) -> list:
        return find_links(text, spelled_tlds=self.tlds, known_hosts=self.known, schemes=self.schemes)

    def target_url(self, text: str) -> Optional[str]:
        """The URL a link target goes to, or None for a relative one (``#faq``, ``logo.png``)."""
        t = text.strip()
        if not t:
            return None
        if t.startswith("//") or _HAS_SCHEME.match(t):
            return t
        found = self.find(t)
        if found and found[0].start == 0 and found[0].form in ("www", "bare-domain"):
            return t  # "johndoe.com/demo": the seller means the site, whatever Markdown does
        return None


def links_table(ctx: Context) -> Optional[Mapping[str, Any]]:
    """The pack's ``[vocab.links]`` table, or None when the pack has none."""
    table = ctx.vocab.get("links")
    return table if isinstance(table, Mapping) and table.get("allowed_hosts") is not None else None


def scanner(ctx: Context) -> Optional[LinkScanner]:
    table = links_table(ctx)
    if table is None:
        return None
    return ctx.cached(("links-scanner", id(table)), lambda: LinkScanner(table))


def gig_links(gig: Gig, ctx: Context) -> list[FoundLink]:
    """Every link in `gig`, in document order; computed once per gig, shared by the rules."""
    sc = scanner(ctx)
    if sc is None:
        return []
    return ctx.gig_cached(("links", "found"), lambda: _scan(gig, ctx, sc))


# --- email spans ---------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _email_detector() -> Optional[Callable[[Context, TextRun], list[tuple[int, int]]]]:
    try:
        from . import emails  # type: ignore[attr-defined]
    except ImportError:
        return None
    return getattr(emails, "email_spans", None)


def email_spans(ctx: Context, run: TextRun) -> list[tuple[int, int]]:
    """Run-text spans of the email addresses (plain or disguised) in `run`.

    Hook to the email detector: `gigcheck.detect.emails.email_spans(ctx, run)`, which
    finds them on the shared per-gig views. Until that function exists, no spans: plain
    and bracketed addresses (``bob@x.com``, ``bob [at] x [dot] com``) are already not
    links for `find_links`; only ``bob at gmail dot com`` is then reported as a link.
    """
    detector = _email_detector()
    return detector(ctx, run) if detector is not None else []


# --- the scan --------------------------------------------------------------------------------


def _link_text_span(source: str, target_start: int) -> Optional[tuple[int, int]]:
    """Source span of the text of the link whose target starts at `target_start`:
    ``[text](target)`` -> the offsets of ``text``. None for reference definitions."""
    i = target_start
    if i and source[i - 1] == "<":
        i -= 1
    while i and source[i - 1] in " \t\n":
        i -= 1
    if source[i - 2 : i] != "](":
        return None
    close = i - 2
    depth = 0
    j = close - 1
    floor = max(0, close - _LINK_TEXT_LOOKBACK)
    while j >= floor:
        c = source[j]
        escaped = j > 0 and source[j - 1] == "\\"
        if c == "]" and not escaped:
            depth += 1
        elif c == "[" and not escaped:
            if depth == 0:
                return j + 1, close
            depth -= 1
        j -= 1
    return None


def _overlaps(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < y and x < b for x, y in spans)


def _scan(gig: Gig, ctx: Context, sc: LinkScanner) -> list[FoundLink]:
    judge = sc.policy.judge
    out: list[FoundLink] = []
    # (link text source span, host of its target): a URL shown as the text of a link to
    # the same host is the same link.
    labelled: list[tuple[int, int, Optional[str]]] = []
    for run in gig.runs:
        if run.kind in TARGET_KINDS and run.text:
            url = sc.target_url(run.text)
            if url is None:
                continue
            lead = len(run.text) - len(run.text.lstrip())
            verdict = judge(url)
            out.append(FoundLink(run, lead, lead + len(url), url, "target", verdict))
            span = _link_text_span(gig.source, run.src_offset(0))
            if span is not None:
                labelled.append((span[0], span[1], verdict.host))
    for run in gig.runs:
        kind = run.kind
        text = run.text
        if not text:
            continue
        if kind == "html":
            if text.lstrip().startswith("<!--"):
                continue  # comments are not shown to buyers
            attrs = parse_html_links(text)
            for a, b, value in attrs:
                url = sc.target_url(value)
                if url is not None:
                    out.append(FoundLink(run, a, b, url, "html", judge(url)))
            taken = [(a, b) for a, b, _ in attrs]
            for m in sc.find(text):
                if not _overlaps(m.start, m.end, taken):
                    out.append(FoundLink(run, m.start, m.end, m.url, m.form, judge(m.url)))
        elif kind in TEXT_KINDS:
            matches = sc.find(text)
            if not matches:
                continue
            emails: Optional[list[tuple[int, int]]] = None
            for m in matches:
                if kind == "code_block" and m.form == "bare-domain" and text[m.end : m.end + 1] == "(":
                    continue  # "data.info(...)": a method call, not a domain
                if m.form in ("spelled", "bare-domain", "www"):
                    if emails is None:
                        emails = email_spans(ctx, run)
                    if emails and _overlaps(m.start, m.end, emails):
                        continue
                verdict = judge(m.url)
                if labelled and verdict.host is not None:
                    a, b = run.src_span(m.start, m.end)
                    if any(x <= a and b <= y and host == verdict.host for x, y, host in labelled):
                        continue
                out.append(FoundLink(run, m.start, m.end, m.url, m.form, verdict))
    out.sort(key=lambda link: link.src_span())
    return out
