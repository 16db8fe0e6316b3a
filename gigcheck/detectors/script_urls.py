"""Script URLs: links that run code or carry a page inside themselves (``javascript:``,
``vbscript:``, ``data:``), found where a link can be. Pure functions over strings.

A browser reads a URL after decoding character references (``java&#x73;cript:``,
``&#106;avascript``, ``javascript&colon;``), stripping leading spaces and control
characters and dropping every tab and line break (``java&#09;script:`` is
``javascript:``); so do these functions. Markdown parsers refuse such destinations
(markdown-it's `validateLink`), which leaves the link as literal text: the text finder
therefore reads the places a link would be in text, not only parsed links:

* ``link``      a destination after ``](`` (with spaces or ``<...>`` around it)
* ``autolink``  ``<javascript:alert(1)>``
* ``refdef``    a reference definition ``[1]: javascript:...``
* ``attribute`` ``href="javascript:..."`` in text (HTML the parser did not take as HTML)
* ``bare``      the URL alone after a label or at the start of a line, with nothing but
  punctuation after it (``Demo: javascript:alert(1)``), only with a code-shaped body
  (``alert(``, ``//``, ``text/html,``): prose such as "Skills: JavaScript: React",
  "data: 5 GB" or "javascript:void(0) link fixes" is not one.

Code spans and blocks are not reported: a buyer reads them as code and nothing in them
can be followed (`code_spans` finds the spans in the source; the caller drops what lies
in one, see scan/links.py).

Every regex is linear: the scheme pattern is a bounded alternation anchored by a
look-behind, contexts are checked on a bounded window before each candidate, and the
search resumes after each URL found.
"""
from __future__ import annotations

import bisect
import html as _html
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple
from urllib.parse import unquote

from gigcheck.detectors.urls import ANY_TAG_RE, html_attributes
from gigcheck.document.inline import destination_end
from gigcheck.regex_cache import cached_regex
from gigcheck.text.trie import alternation

__all__ = [
    "ScriptUrl",
    "browser_view",
    "script_scheme",
    "percent_decoded",
    "unescape_destination",
    "find_script_urls",
    "find_script_attrs",
    "code_spans",
    "URL_ATTRIBUTES",
]

# What browsers strip around a URL (C0 controls and space) and drop inside it.
_C0_AND_SPACE = "".join(map(chr, range(0x21)))
# why (rt12 js-url): invisible format characters inside a scheme ("java\u200bscript:")
# disguise it from a reader and a filter; they are read through like tabs.
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_DROPPED = str.maketrans("", "", "\t\n\r" + _INVISIBLE)
_GAP = "[\t\n\r" + _INVISIBLE + "]{0,4}"
_SCHEME_RE = cached_regex(r"([A-Za-z][A-Za-z0-9+.\-]*):")

# Attributes whose value a browser follows or loads as a URL, whatever the tag
# (HTML, SVG's xlink:href, legacy IE attributes). `srcdoc` holds a whole HTML page and
# `content` a meta refresh ("0;url=..."): both are read for the URLs inside them.
URL_ATTRIBUTES = frozenset({
    "href", "src", "action", "formaction", "data", "xlink:href", "poster", "background",
    "cite", "longdesc", "codebase", "dynsrc", "lowsrc", "icon", "manifest", "ping", "profile",
    "usemap", "archive", "classid", "srcset", "to", "from", "values", "by",
})
_NESTED_HTML = "srcdoc"
# An inline script element: code that runs as the page loads (bounded: hostile input).
_SCRIPT_TAG = cached_regex(r"<script(?=[\s/>])[^<>]{0,2000}>", re.IGNORECASE)
_REFRESH = cached_regex(r"\s*\d*\s*[;,]?\s*url\s*=\s*['\"]?", re.IGNORECASE)

# How far back the context of a candidate is read (a label, "](", "href=").
_LOOKBACK = 128
# How far a URL in text is followed (a destination is on one line; hostile input is long).
_MAX_URL = 2000
# A body that is code or a media type, for a bare URL in prose: "alert(", "void(" (not a
# bare "(": "JavaScript:(ES6)" is a label),
# "//%0a", "text/html,", "image/svg+xml;base64", ",payload".
_CODE_BODY = cached_regex(r"[A-Za-z_$][\w$.\[\]'\"]{0,40}\(|//|[a-z]{1,20}/[\w.+\-]{1,60}[;,]|[;,]", re.IGNORECASE)
_ATTR_BEFORE = cached_regex(
    r"(?<![\w:-])(?:" + alternation(URL_ATTRIBUTES)
    + r")[ \t]*=[ \t]*[\"']?[ \t]*$",
    re.IGNORECASE,
)
_REFDEF_BEFORE = cached_regex(r"\n[ ]{0,3}\[[^\]\n]{1,110}\]:[ \t]*\n?[ \t]*<?$")
_LINK_BEFORE = cached_regex(r"\]\([ \t\n]{0,8}<?[ \t]{0,8}$")
_AUTOLINK_BEFORE = cached_regex(r"<$")
# The closing of a link destination written with <...>, or a title after it.
_TITLE = cached_regex(r"""\s+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\))\s*$""")
# Punctuation that ends a sentence rather than a bare URL.
_TRAILING = "?!.,:*_~;'\""


class ScriptUrl(NamedTuple):
    start: int
    end: int
    url: str  # as a browser reads it: references decoded, tabs and line breaks dropped
    scheme: str  # lower case
    # where it was: link, autolink, refdef, attribute, bare (text); html (a URL attribute),
    # handler (an event handler attribute: `url` is "name=code", `scheme` its name; or a
    # <script> tag: `url` "<script>")
    context: str


def browser_view(value: str) -> str:
    """A decoded URL as a browser parses it: leading and trailing spaces and control
    characters stripped, tabs and line breaks inside dropped."""
    return value.strip(_C0_AND_SPACE).translate(_DROPPED)


def script_scheme(value: str, schemes: frozenset[str]) -> str | None:
    """The scheme of `value` (decoded) when a browser would read it as one of `schemes`."""
    m = _SCHEME_RE.match(browser_view(value))
    if m is None:
        return None
    scheme = m.group(1).lower()
    return scheme if scheme in schemes else None


# How much of a value is percent-decoded to read its scheme: the longest scheme written
# with every letter encoded ("%6A" x 10 + "%3A") and spaces before it.
_ENCODED_HEAD = 160


def percent_decoded(value: str, schemes: frozenset[str]) -> str | None:
    """`value` (references decoded) with its head percent-decoded, when that shows one of
    `schemes`: "javascript%3Aalert(1)", "%6A%61vascript:alert(1)", "%256Aavascript:"
    (decoded twice at most). A browser takes such a value for a relative path, but
    nothing but hiding the scheme writes a link so (why: rt14 js-url)."""
    decoded = value
    for _ in range(2):
        if "%" not in decoded[:_ENCODED_HEAD]:
            return None
        decoded = unquote(decoded[:_ENCODED_HEAD]) + decoded[_ENCODED_HEAD:]
        if script_scheme(decoded, schemes):
            return decoded
    return None


# CommonMark backslash escapes (ASCII punctuation) and character references, in one pass.
_MD_ESCAPE = cached_regex(r"\\([!-/:-@\[-`{-~])|&(?:#[xX][0-9a-fA-F]{1,6};?|#[0-9]{1,7};?|[A-Za-z][A-Za-z0-9]{1,31};)")


def unescape_destination(raw: str) -> str:
    """A Markdown link destination as written (``java&#x73;cript\\:x``) -> as parsed."""
    if "\\" not in raw and "&" not in raw:
        return raw
    return _MD_ESCAPE.sub(lambda m: m.group(1) if m.group(1) is not None else _html.unescape(m.group()), raw)


# --- text ---------------------------------------------------------------------------------


@lru_cache(maxsize=8)
def _scheme_pattern(schemes: tuple[str, ...]) -> re.Pattern[str]:
    """The schemes, each letter optionally followed by a few tabs or line breaks
    (browsers drop them: "java\\tscript:"), then the colon. Longest first."""
    alts = sorted(schemes, key=len, reverse=True)
    body = "|".join(_GAP.join(re.escape(c) for c in s) for s in alts) or "(?!)"
    return cached_regex(r"(?<![\w+.\-/\\:@?#&%])(?:" + body + ")" + _GAP + ":", re.IGNORECASE)


def _context(text: str, start: int) -> str | None:
    """What stands before a candidate at `start`: a link destination, an autolink, a
    reference definition, an HTML attribute, a bare URL, or None (inside prose)."""
    before = text[max(0, start - _LOOKBACK) : start]
    if _LINK_BEFORE.search(before):
        return "link"
    if _REFDEF_BEFORE.search(before if start > _LOOKBACK else "\n" + before):
        return "refdef"
    if _AUTOLINK_BEFORE.search(before):
        return "autolink"
    if _ATTR_BEFORE.search(before):
        return "attribute"
    if before and not (before[-1].isspace() or before[-1] in "([{\"'«“‘*_|>"):
        return None
    prev = before.rstrip()
    if prev and prev[-1].isalnum():
        return None  # "I fix javascript:void(0) links": the scheme is a word of the sentence
    return "bare"


def _end(text: str, start: int, body: int, context: str) -> int:
    """End of the URL whose scheme starts at `start` and body at `body`."""
    limit = min(len(text), start + _MAX_URL)
    nl = text.find("\n", body, limit)
    line_end = limit if nl < 0 else nl
    if context == "autolink" or (context in ("link", "refdef") and text[max(0, start - 1) : start] == "<"):
        close = text.find(">", body, line_end)
        return close if close >= 0 else line_end
    if context == "link":
        end = destination_end(text, body, line_end)
        title = _TITLE.search(text, body, end)
        return title.start() if title else len(text[:end].rstrip())
    if context == "attribute":
        before = text[max(0, start - 16) : start].rstrip(" \t")
        quote = before[-1] if before and before[-1] in "\"'" else None
        if quote:
            close = text.find(quote, body, line_end)
            return close if close >= 0 else line_end
    i = body
    while i < line_end and not text[i].isspace() and text[i] not in "<>`":
        i += 1
    while i > body and text[i - 1] in _TRAILING:
        i -= 1
    return i


def _words_follow(text: str, end: int) -> bool:
    """Whether the sentence goes on with a word after a bare URL ending at `end`."""
    i = end
    limit = min(len(text), end + 8)
    while i < limit and text[i] in " \t":
        i += 1
    return i < len(text) and text[i].isalpha()


def find_script_urls(text: str, schemes: Iterable[str]) -> list[ScriptUrl]:
    """Script URLs in the places a link would be in Markdown text (see the module doc)."""
    if ":" not in text:
        return []
    pat = _scheme_pattern(tuple(sorted({s.lower() for s in schemes})))
    out: list[ScriptUrl] = []
    pos = 0
    while True:
        m = pat.search(text, pos)
        if m is None:
            return out
        pos = m.end()
        start = m.start()
        context = _context(text, start)
        if context is None:
            continue
        if context == "bare" and not _CODE_BODY.match(text, m.end()):
            continue  # "Skills: JavaScript: React", "data: 5 GB"
        end = _end(text, start, m.end(), context)
        if context == "bare" and _words_follow(text, end):
            continue  # "javascript:void(0) link fixes": a service named, not a link given
        url = browser_view(text[start:end])
        scheme = url.split(":", 1)[0].lower()
        out.append(ScriptUrl(start, end, url, scheme, context))
        pos = max(pos, end)


def code_spans(source: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    """Content spans of the Markdown code spans in `source[lo:hi]` (CommonMark: a run of
    n backticks opens, the next run of exactly n closes; an escaped backtick opens
    nothing). Linear up to a log factor: closers are looked up per run length."""
    hi = len(source) if hi is None else hi
    ticks = [(m.start(), m.end()) for m in re.finditer(r"`+", source[lo:hi])]
    by_len: dict[int, list[int]] = {}
    for k, (a, b) in enumerate(ticks):
        by_len.setdefault(b - a, []).append(k)
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(ticks):
        a, b = ticks[k]
        backslashes = 0
        while a - backslashes > 0 and source[lo + a - backslashes - 1] == "\\":
            backslashes += 1
        if backslashes % 2:
            k += 1
            continue
        same = by_len[b - a]
        j = bisect.bisect_right(same, k)
        if j == len(same):
            k += 1
            continue
        close = same[j]
        out.append((lo + b, lo + ticks[close][0]))
        k = close + 1
    return out


# --- HTML ---------------------------------------------------------------------------------


def find_script_attrs(html: str, schemes: frozenset[str]) -> list[ScriptUrl]:
    """Script URLs in the URL attributes of any tag (``<a href>``, ``<button formaction>``,
    ``<svg><a xlink:href>``, ``<object data>``), in a meta refresh and in an iframe's
    ``srcdoc`` page, event handlers (``onclick=``, ``onerror=``) and ``<script>`` tags;
    offsets are those of the attribute value (of the tag) in `html`."""
    out: list[ScriptUrl] = []
    for attr in html_attributes(html, ANY_TAG_RE):
        value = attr.value
        start = attr.start
        if attr.name.startswith("on") and attr.name[2:].isalpha():
            # onclick, onerror, onmouseover: an event handler is a script link in all but name
            out.append(ScriptUrl(attr.start, attr.end, f"{attr.name}={value}", attr.name, "handler"))
            continue
        if attr.name == _NESTED_HTML:
            inner = find_script_attrs(value, schemes)
            if inner:
                out.append(inner[0]._replace(start=attr.start, end=attr.end))
            continue
        if attr.name == "content":
            m = _REFRESH.match(value)
            if m is None:
                continue
            value = value[m.end():]
            raw = _REFRESH.match(html, attr.start, attr.end)
            if raw is not None:  # point at the URL when "0;url=" is written plainly
                start = raw.end()
        elif attr.name not in URL_ATTRIBUTES:
            continue
        decoded = percent_decoded(value, schemes) if "%" in value else None
        scheme = script_scheme(decoded if decoded is not None else value, schemes)
        if scheme is not None:
            out.append(ScriptUrl(start, attr.end, browser_view(decoded or value), scheme, "html"))
    # A quoted value may hold "<" (``src="data:text/html,<script>..."``), which the tag
    # pattern leaves out to stay linear: such attributes are read as text.
    starts = [x.start for x in out]  # attribute values: disjoint, in order
    for x in find_script_urls(html, schemes):
        k = bisect.bisect_left(starts, x.end) - 1
        if x.context == "attribute" and (k < 0 or out[k].end <= x.start):
            out.append(x._replace(context="html"))
    out.sort(key=lambda x: x.start)
    starts = [x.start for x in out]
    for tag in _SCRIPT_TAG.finditer(html):  # not one written inside an attribute's value
        k = bisect.bisect_right(starts, tag.start()) - 1
        if k < 0 or out[k].end <= tag.start():
            out.append(ScriptUrl(tag.start(), tag.end(), "<script>", "script", "handler"))
    out.sort(key=lambda x: x.start)
    return out
