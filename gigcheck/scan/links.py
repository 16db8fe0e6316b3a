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

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Callable, Mapping, Optional

from gigcheck.document.gig import Gig
from gigcheck.detectors.urls import DEFAULT_CONTACT_SCHEMES, LinkMatch, find_links, parse_html_links
from gigcheck.detectors.hosts import LinkPolicy, Verdict, known_hosts, policy_for
from gigcheck.records import TextRun

if TYPE_CHECKING:  # rules import this module: a run-time import would be circular
    from gigcheck.rules.base import Context

# Runs whose text is a whole link target.
TARGET_KINDS = frozenset({"link_url", "image_url"})
# Runs a buyer reads, searched for links in the text.
TEXT_KINDS = frozenset({"text", "heading", "code", "code_block", "image_alt", "fm_value", "table"})

# "https:", "mailto:", "johndoe.com:8080" (judge() sorts them out); else a relative path.
_HAS_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")
# What every form needs, cheap to search for (a dot before a name character or a closing
# bracket, " . ", "[.", a colon before a non-space as in "://" and "mailto:x", "dot" in
# any case): a run without it holds no link. Kept free of IGNORECASE and leading classes,
# which make Python's regex engine slow.
_MAYBE_LINK = re.compile(r"\.[\w\])}>-]|\s\.\s|[\[({<]\.|:\S|[dD][oO][tT]").search
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

    def find(self, text: str) -> list[LinkMatch]:
        """`find_links` over `text`, skipping the lines that cannot hold a link.

        Most runs and most lines of a paragraph hold none, and a cheap search for what
        every form needs (`_MAYBE_LINK`) says so. No link spans a line break (separators
        and URL tails exclude it), so lines are scanned on their own.
        """
        maybe = _MAYBE_LINK
        if maybe(text) is None:
            return []
        if len(text) < 200 or "\n" not in text:
            return self._find(text)
        out: list[LinkMatch] = []
        pos = 0
        for line in text.split("\n"):
            if maybe(line) is not None:
                out.extend(m._replace(start=m.start + pos, end=m.end + pos) for m in self._find(line))
            pos += len(line) + 1
        return out

    def _find(self, text: str) -> list[LinkMatch]:
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
    found = ctx.per_gig.get(_FOUND)
    if found is None:
        sc = scanner(ctx)
        found = ctx.per_gig[_FOUND] = _scan(gig, ctx, sc) if sc is not None else []
    return found


_FOUND = ("links", "found")  # the per-gig cache key


# --- email spans ---------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _email_detector() -> Callable[[Context, TextRun], list[tuple[int, int]]]:
    """The email detector's per-run finder (`detect.contacts`), imported when first needed."""
    from gigcheck.scan.contacts import EMAIL, run_contacts

    def spans(ctx: Context, run: TextRun) -> list[tuple[int, int]]:
        return [(c.start, c.end) for c in run_contacts(ctx, run, EMAIL)]

    return spans


def email_spans(ctx: Context, run: TextRun) -> list[tuple[int, int]]:
    """Run-text spans of the email addresses (plain or disguised) in `run`.

    Asked of the email detector (`detect.contacts.run_contacts`), which finds them once
    per gig on the shared normalized views: a link match inside one is the email rule's
    (``bob at gmail dot com``), not a link to gmail.com.
    """
    return _email_detector()(ctx, run)


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


def _site(verdict: Verdict) -> Optional[str]:
    return verdict.registrable or verdict.host


class _Spans:
    """Spans sorted by start, asked "does [a, b) overlap one?" in O(log n): hostile
    input with thousands of links must not make the scan quadratic."""

    __slots__ = ("starts", "max_end")

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [x for x, _ in spans]
        self.max_end: list[int] = []  # max end of spans[0..k]
        top = -1
        for _, y in spans:
            top = max(top, y)
            self.max_end.append(top)

    def overlaps(self, a: int, b: int) -> bool:
        k = bisect.bisect_left(self.starts, b) - 1  # last span starting before b
        return k >= 0 and self.max_end[k] > a


def _same_link(labelled: list[tuple[int, int, Optional[str]]], starts: list[int], a: int, b: int, site: Optional[str]) -> bool:
    """Whether source [a, b) lies in the text of a link to `site` (link texts nest at most
    a level or two: an image inside a link)."""
    k = bisect.bisect_right(starts, a) - 1
    for x, y, s in labelled[max(0, k - 2) : k + 1]:
        if x <= a and b <= y and s == site:
            return True
    return False


def _scan(gig: Gig, ctx: Context, sc: LinkScanner) -> list[FoundLink]:
    judge = sc.policy.judge
    out: list[FoundLink] = []
    # (link text source span, site of its target): a URL shown as the text of a link to
    # the same site is the same link.
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
                labelled.append((span[0], span[1], _site(verdict)))
    labelled.sort(key=lambda t: t[0])
    label_starts = [x for x, _, _ in labelled]
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
            taken = _Spans([(a, b) for a, b, _ in attrs])
            for m in sc.find(text):
                if not taken.overlaps(m.start, m.end):
                    out.append(FoundLink(run, m.start, m.end, m.url, m.form, judge(m.url)))
        elif kind in TEXT_KINDS:
            matches = sc.find(text)
            if not matches:
                continue
            emails: Optional[_Spans] = None
            for m in matches:
                if kind == "code_block" and m.form == "bare-domain" and text[m.end : m.end + 1] == "(":
                    continue  # "data.info(...)": a method call, not a domain
                if m.form in ("spelled", "bare-domain", "www"):
                    if emails is None:
                        emails = _Spans(email_spans(ctx, run))
                    if emails.overlaps(m.start, m.end):
                        continue
                verdict = judge(m.url)
                if labelled and verdict.host is not None:
                    a, b = run.src_span(m.start, m.end)
                    if _same_link(labelled, label_starts, a, b, _site(verdict)):
                        continue
                out.append(FoundLink(run, m.start, m.end, m.url, m.form, verdict))
    out.sort(key=lambda link: link.src_span())
    return out
