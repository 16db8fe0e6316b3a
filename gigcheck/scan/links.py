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
from collections.abc import Callable
from dataclasses import dataclass, replace

from gigcheck.detectors.hosts import Verdict
from gigcheck.detectors.links import LinkScanner
from gigcheck.detectors.reference_links import OwnerWords, names_site
from gigcheck.detectors.script_urls import code_spans
from gigcheck.detectors.urls import parse_html_links
from gigcheck.records import TextRun
from gigcheck.regex_cache import cached_regex
from gigcheck.scan.contacts import EMAIL, contact_spans, gig_item_pairs
from gigcheck.scan.gigscan import GigScan

# Runs whose text is a whole link target.
TARGET_KINDS = frozenset({"link_url", "image_url"})
# Runs a buyer reads, searched for links in the text.
TEXT_KINDS = frozenset({"text", "heading", "code", "code_block", "image_alt", "fm_value", "table"})
# Code a buyer reads as code: a script URL shown there runs nothing (code spans inside
# other runs are skipped too, see `_script_links`).
CODE_KINDS = frozenset({"code", "code_block"})

# An event handler attribute (onclick=...): code that runs like a javascript: link.
_HANDLER = Verdict("script", None, None, "an event handler runs code in the buyer's browser")

# How far back a link's "[" is looked for (link texts are short; this bounds hostile input).
_LINK_TEXT_LOOKBACK = 2000


@dataclass(frozen=True, slots=True)
class FoundLink:
    """One link: where it is (run text offsets), what it is and what the vocabulary says."""

    run: TextRun
    start: int
    end: int
    url: str  # as a browser would take it ("johndoe dot com" -> "johndoe.com")
    # "target", "html", "script" (a script URL in text), "handler" (an HTML event handler,
    # url "onclick=code"), or a find_links form (url, www, bare-domain, spelled, scheme)
    form: str
    verdict: Verdict

    @property
    def section(self) -> str:
        return self.run.section

    def src_span(self) -> tuple[int, int]:
        return self.run.src_span(self.start, self.end)


def gig_links(scan: GigScan) -> list[FoundLink]:
    """Every link in the gig, in document order; computed once per gig, shared by the rules."""

    def build() -> list[FoundLink]:
        sc = scan.vocabulary.links
        if sc is None:
            return []
        found = [k for k in _scan(scan, sc) if not _buyers_bare_host(scan, k) and not _template_site(scan, k)]
        return [_cited(scan, k) if k.verdict.kind == "reference" else k for k in found]

    return scan.memo(("links", "found"), build)


# --- reference documentation: cited, or the seller's own --------------------------------------

# Forms a citation is written in: a real address. A spelled "docs dot mysite dot dev" or a
# scheme is written to slip past a filter, not to cite a source.
_CITED_FORMS = frozenset({"target", "html", "url", "www", "bare-domain"})
# HTML elements that embed what they point to (a sample shown), not link to it.
_EMBEDS = frozenset({"img", "image", "source", "video", "audio", "picture", "iframe", "embed", "object", "track"})
_TAG_NAME = cached_regex(r"[A-Za-z]+")
# How far a link's surroundings are read for the seller's claim (OwnerWords bounds it again).
_AROUND = 80


def _owner_words(scan: GigScan) -> OwnerWords:
    """The possessives of the contact rules' vocabulary ([vocab.grammar] possessives and
    our_words, [vocab.invitation] seller_possessives), and the documentation words of
    `[vocab.links]` they may own after a link, compiled once per pack."""
    def build() -> OwnerWords:
        grammar, inv = scan.vocabulary.table("grammar"), scan.vocabulary.table("invitation")
        links = scan.vocabulary.table("links")
        return OwnerWords(
            [*grammar.get("possessives", ()), *grammar.get("our_words", ()), *inv.get("seller_possessives", ())],
            [*links.get("reference_paths", ()), *links.get("reference_host_labels", ())],
        )

    return scan.vocabulary.compiled("links-owner-words", build)


def _cited(scan: GigScan, link: FoundLink) -> FoundLink:
    """A link to reference documentation stays one only when it is cited: written as an
    address, not embedded as an image, and not claimed as the seller's own ("my docs",
    "nuestra guía", "docs.mirastudio.dev with my own docs"). Otherwise it is the seller's
    page like any other, and link-disallowed-host's."""
    why = None
    if link.form not in _CITED_FORMS:
        why = "a disguised address is not a citation"
    elif _embedded(link):
        why = "an embedded image or media shows a sample, it does not cite a source"
    elif _claimed(scan, link):
        why = f"the text calls {_site(link.verdict)} the seller's own"
    elif not _named(scan, link):
        why = f"the text does not name {_site(link.verdict)}, so its documentation page reads as the seller's own"
    if why is None:
        return link
    v = link.verdict
    reason = f"{v.registrable} is not an allowed portfolio host ({why})"
    return replace(link, verdict=Verdict("disallowed", v.host, v.registrable, reason))


def _named(scan: GigScan, link: FoundLink) -> bool:
    """A reference host, a public body's site or a documentation host is a citation as it
    stands; a documentation path of any other site only when the link's text, or the words
    before a bare address, name that site (`names_site`)."""
    links = scan.vocabulary.links
    v = link.verdict
    if links is None or not v.registrable or not links.policy.reference.needs_name(v.host or "", v.registrable):
        return True
    label, before, after = _around(scan, link)
    if label is not None:
        return names_site(v.registrable, label)
    # An HTML link's text follows its tag: `<a href="https://react.dev/learn">React</a>`.
    return names_site(v.registrable, before + " " + after if link.form == "html" else before)


def _embedded(link: FoundLink) -> bool:
    if link.form == "target":
        return link.run.kind == "image_url"
    if link.form != "html":
        return False
    text = link.run.text
    name = _TAG_NAME.match(text, text.rfind("<", 0, link.start) + 1)
    return name is not None and name.group().lower() in _EMBEDS


def _claimed(scan: GigScan, link: FoundLink) -> bool:
    label, before, after = _around(scan, link)
    return _owner_words(scan).claims(label or "", before, after)


def _around(scan: GigScan, link: FoundLink) -> tuple[str | None, str, str]:
    """A link's text (None when it has none: a bare address, an HTML attribute) and the
    source just before and after the link, its text included (`_AROUND` characters each)."""
    source = scan.gig.source
    a, b = link.src_span()
    label = None
    if link.form == "target":
        span = _link_text_span(source, a)
        if span is not None:
            label = source[span[0] : span[1]]
            a = span[0] - 1  # the words before the "["
            close = source.find(")", b, b + _AROUND)
            b = close + 1 if close >= 0 else b
    return label, source[max(0, a - _AROUND) : a], source[b : b + _AROUND]


def _buyers_bare_host(scan: GigScan, link: FoundLink) -> bool:
    """A bare host (or one with a placeholder path) the text gives the buyer ("through
    your own PayPal.me link", "your PayPal.me/yourname button"): a service named, not a
    link to anyone's page."""
    pv = scan.vocabulary.emails.placeholders
    _, _, path = link.url.split("//", 1)[-1].rstrip("/").partition("/")
    if link.form != "bare-domain" or (path and not pv.is_placeholder(path.split("/")[0])):
        return False
    return pv.yours(link.run.text, link.start)


def _behind_userinfo(url: str) -> bool:
    """The address names something before its host with "@" ("https://soundcloud.com@x.net/")."""
    authority = url.partition("://")[2].split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
    return "@" in authority


def _template_site(scan: GigScan, link: FoundLink) -> bool:
    """A site whose registered name is made of placeholder words ("https://yourwebsite.com",
    "www.tudominio.com", "votre-site.fr"; "yourbakery.com" where the words around read as
    a template; "www.company.com" on a letterhead mockup): the buyer's site in a template,
    not a link, unless the seller claims it ("my site: yourbrand.com")."""
    if link.form in ("script", "handler") or not link.verdict.registrable:
        return False
    if _behind_userinfo(link.url):
        # why (rt25 js-url "[Mi SoundCloud](https://soundcloud.com@beats-mauro.example.net/mix)"): a
        # template never hides its host behind another site's name; the disguise is the seller's
        return False
    pv = scan.vocabulary.emails.placeholders
    name = link.verdict.registrable.split(".", 1)[0]
    text = link.run.text
    if pv.masked_page(link.url.split("//", 1)[-1].partition("/")[2]):
        return not pv.owned(text, link.start)  # "(예: pf.kakao.com/_xxxxx)": the buyer's address's shape
    placeholder = pv.is_placeholder(name) or (
        pv.is_placeholder(name, open_nouns=True) and pv.template_near(text, link.start, link.end)
    ) or (pv.is_placeholder(name, generic=True) and pv.example_near(text, link.start, link.end))
    return placeholder and not pv.owned(text, link.start) and not _claimed_around(scan, link)


# The first words after a link that may say whose it is ("— mi web personal", "(my site)").
_AFTER_WORDS = 2
_FIRST_WORDS = cached_regex(r"[^\W\d_]+")
_SENTENCE_END = cached_regex(r"[.!?。！？](?:\s|$)|\n")


def _claimed_around(scan: GigScan, link: FoundLink) -> bool:
    """why (rt29 "[mis trabajos](https://lucia-design.example.es/portfolio) — mi web
    personal"): a Markdown link's own text, the clause before it or the words right after
    it claim the site as the seller's, whatever stand-in name its host has."""
    pv = scan.vocabulary.emails.placeholders
    label, before, after = _around(scan, link)
    if (label and pv.claims(label) and not _names_a_site(scan, label)) or pv.owned(before, len(before)):
        return True
    # (the words after in its own sentence: "Web: www.tuempresa.com. Me mandas tus datos" is the
    # buyer sending theirs. why: placeholders in long templates)
    first = _SENTENCE_END.split(after[:40], maxsplit=1)[0]
    return pv.claimed_after(after, 0) or pv.claims(" ".join(_FIRST_WORDS.findall(first)[:_AFTER_WORDS]))


def _names_a_site(scan: GigScan, label: str) -> bool:
    """The link's text names an allowed host or a platform ("My SoundCloud"): the stand-in
    host stands for that site's page, not for the seller's own site."""
    table = scan.vocabulary.table("links")
    names = {h.split(".", 1)[0].casefold() for h in table.get("allowed_hosts", ())}
    names |= {str(n).casefold() for n in table.get("allowed_host_names", ())}
    names |= scan.vocabulary.channels.platform_names
    return any(w.casefold() in names for w in _FIRST_WORDS.findall(label))


def email_spans(scan: GigScan, run: TextRun) -> list[tuple[int, int]]:
    """Run-text spans of the email addresses (plain or disguised) in `run`: a link match
    inside one is the email rule's (``bob at gmail dot com``), not a link to gmail.com."""
    return contact_spans(scan, run, (EMAIL,))


# --- the scan --------------------------------------------------------------------------------


def _link_text_span(source: str, target_start: int) -> tuple[int, int] | None:
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


def _site(verdict: Verdict) -> str | None:
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


class _Labels:
    """Link texts with the site their target goes to: a URL shown as the text of a link
    to the same site is that link, found once (``[https://a.com](https://a.com)``)."""

    def __init__(self, labelled: list[tuple[int, int, str | None]]) -> None:
        self.labelled = sorted(labelled, key=lambda t: t[0])
        self.starts = [x for x, _, _ in self.labelled]

    def covers(self, a: int, b: int, site: str | None) -> bool:
        """Whether source [a, b) lies in the text of a link to `site` (link texts nest at
        most a level or two: an image inside a link)."""
        k = bisect.bisect_right(self.starts, a) - 1
        return any(x <= a and b <= y and s == site for x, y, s in self.labelled[max(0, k - 2) : k + 1])

    def inside(self, a: int, b: int) -> bool:
        """Whether source [a, b) lies in the text of a link, whatever its target."""
        k = bisect.bisect_right(self.starts, a) - 1
        return any(x <= a and b <= y for x, y, _ in self.labelled[max(0, k - 2) : k + 1])


def _scan(scan: GigScan, sc: LinkScanner) -> list[FoundLink]:
    targets, labels = _targets(scan, sc)
    out = list(targets)
    for run in scan.gig.runs:
        if not run.text:
            continue
        if run.kind == "html":
            out.extend(_html_links(run, sc))
        elif run.kind in TEXT_KINDS:
            out.extend(_text_links(scan, run, sc, labels))
    out = _read_over_items(scan, sc, labels, out)
    out.sort(key=lambda link: link.src_span())
    return out


def _read_over_items(scan: GigScan, sc: LinkScanner, labels: _Labels, out: list[FoundLink]) -> list[FoundLink]:
    """A link cut after its host over two list items or table cells ("- t.me/" over "-
    arjun_vfx"): read whole from the joined items, in place of its first piece."""
    if "/" not in scan.gig.source:
        return out
    whole = [
        link for run in gig_item_pairs(scan) if "/\n" in run.text
        for link in _text_links(scan, run, sc, labels) if "\n" in run.text[link.start:link.end]
    ]
    if not whole:
        return out
    inside = _covered_by([w.src_span() for w in whole])
    return [f for f in out if not inside(f.src_span())] + whole


def _covered_by(spans: list[tuple[int, int]]) -> Callable[[tuple[int, int]], bool]:
    """Whether a span lies inside one of `spans`, answered by bisection (a gig of thousands of
    cut links compared every link with every joined one)."""
    spans = sorted(spans)
    starts = [a for a, _ in spans]
    reach: list[int] = []  # the furthest end of the spans that start at or before each one
    for _, b in spans:
        reach.append(max(b, reach[-1]) if reach else b)

    def inside(span: tuple[int, int]) -> bool:
        i = bisect.bisect_right(starts, span[0])
        return i > 0 and reach[i - 1] >= span[1]

    return inside


def _targets(scan: GigScan, sc: LinkScanner) -> tuple[list[FoundLink], _Labels]:
    """Link targets (Markdown links, images, reference definitions), judged whole."""
    source = scan.gig.source
    out: list[FoundLink] = []
    labelled: list[tuple[int, int, str | None]] = []
    for run in scan.gig.runs:
        if run.kind not in TARGET_KINDS or not run.text:
            continue
        lead = len(run.text) - len(run.text.lstrip())
        script = sc.script_target(run.text)  # "java&#x09;script:...": judged as a browser reads it
        url = script if script is not None else sc.target_url(run.text)
        if url is None:
            continue
        verdict = sc.policy.judge(url)
        end = len(run.text.rstrip()) if script is not None else lead + len(url)
        out.append(FoundLink(run, lead, end, url, "target", verdict))
        span = _link_text_span(source, run.src_offset(0))
        if span is not None:
            labelled.append((span[0], span[1], _site(verdict)))
    return out, _Labels(labelled)


def _html_links(run: TextRun, sc: LinkScanner) -> list[FoundLink]:
    """URL attributes of HTML (``<a href>``), then link-shaped text outside them."""
    if run.text.lstrip().startswith("<!--"):
        return []  # comments are not shown to buyers
    judge = sc.policy.judge
    scripts = sc.script_attrs(run.text)
    out = [
        FoundLink(run, s.start, s.end, s.url, "handler", _HANDLER)
        if s.context == "handler"
        else FoundLink(run, s.start, s.end, s.url, "html", judge(s.url))
        for s in scripts
    ]
    spans = [(s.start, s.end) for s in scripts]
    script_spans = _Spans([(s.start, s.end) for s in scripts if s.context != "handler"])
    attrs = parse_html_links(run.text)
    for a, b, value in attrs:
        url = sc.target_url(value)
        if url is not None and not script_spans.overlaps(a, b):
            out.append(FoundLink(run, a, b, url, "html", judge(url)))
    taken = _Spans(spans + [(a, b) for a, b, _ in attrs])
    out += [
        FoundLink(run, m.start, m.end, m.url, m.form, judge(m.url))
        for m in sc.find(run.text)
        if not taken.overlaps(m.start, m.end)
    ]
    return out


def _text_links(scan: GigScan, run: TextRun, sc: LinkScanner, labels: _Labels) -> list[FoundLink]:
    """Links written in text a buyer reads, but not the domain of an email address, a
    method call in code, or a URL shown as the text of a link to the same site."""
    text = run.text
    out = _script_links(scan, run, sc, labels)
    matches = sc.find(text)
    if not matches:
        return out
    scripts = _Spans([(x.start, x.end) for x in out]) if out else None
    emails: _Spans | None = None
    for m in matches:
        if scripts is not None and scripts.overlaps(m.start, m.end):
            continue  # "[x](javascript://...)" or a URL inside the script: the script URL's
        if run.kind == "code_block" and m.form == "bare-domain" and text[m.end : m.end + 1] == "(":
            continue  # "data.info(...)": a method call, not a domain
        if m.form in ("spelled", "bare-domain", "www"):
            if emails is None:
                emails = _Spans(email_spans(scan, run))
            if emails.overlaps(m.start, m.end):
                continue
        verdict = sc.policy.judge(m.url)
        if verdict.kind == "script":
            continue  # "javascript://x" in prose: only where a link would be (_script_links)
        shown = labels.labelled and verdict.host is not None
        if shown and labels.covers(*run.src_span(m.start, m.end), _site(verdict)):
            continue
        out.append(FoundLink(run, m.start, m.end, m.url, m.form, verdict))
    return out


def _script_links(scan: GigScan, run: TextRun, sc: LinkScanner, labels: _Labels) -> list[FoundLink]:
    """Script URLs where a link would be in the run's text (parsers leave refused links
    as literal text), outside code (code blocks, and code spans located in the source)
    and outside the text of a real link (``[javascript:x()](https://youtube.com/...)``
    shows the words and goes to YouTube)."""
    if run.kind in CODE_KINDS or ":" not in run.text:
        return []
    found = sc.script_urls(run.text)
    if not found:
        return []
    # The lines of the run: its text ends before a closing backtick.
    source = scan.gig.source
    a, b = run.whole_span()
    line_end = source.find("\n", b)
    code = _Spans(code_spans(source, source.rfind("\n", 0, a) + 1, len(source) if line_end < 0 else line_end))
    judge = sc.policy.judge
    out = []
    for s in found:
        a, b = run.src_span(s.start, s.end)
        if code.overlaps(a, a + 1) or (labels.labelled and labels.inside(a, b)):
            continue
        out.append(FoundLink(run, s.start, s.end, s.url, "script", judge(s.url)))
    return out
