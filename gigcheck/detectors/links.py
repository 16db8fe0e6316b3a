"""A pack's links vocabulary, compiled for scanning text: pure functions over strings.

`LinkScanner` finds link-shaped text (URLs, `www.` forms, bare and spelled domains,
contact schemes) with `urls.find_links` and judges hosts with `hosts.LinkPolicy`; the
scan of a gig (scan/links.py) decides which runs to read and what each match means.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from gigcheck.detectors.hosts import LinkPolicy, contact_in_url, known_hosts
from gigcheck.detectors.script_urls import (
    ScriptUrl,
    browser_view,
    find_script_attrs,
    find_script_urls,
    percent_decoded,
    script_scheme,
    unescape_destination,
)
from gigcheck.detectors.urls import LinkMatch, SpelledWords, find_links
from gigcheck.regex_cache import cached_regex

# "https:", "mailto:", "johndoe.com:8080" (judge() sorts them out); else a relative path.
_HAS_SCHEME = cached_regex(r"[A-Za-z][A-Za-z0-9+.\-]*:")
# What every form needs, cheap to search for (a dot before a name character or a closing
# bracket, " . ", "[.", a colon before a non-space as in "://" and "mailto:x", "dot" in
# any case): a run without it holds no link. Kept free of IGNORECASE and leading classes,
# which make Python's regex engine slow.
_MAYBE_LINK = cached_regex(r"\.[\w\])}>-]|\s\.\s|[\[({<]\.|:\S|[dD][oO][tT]").search


# A link cut after its "/" by a line break, its path on the next line ("t.me/⏎arjun_vfx"):
# a user name there, an identifier's mark in it or alone on its line. Bounded: linear.
_PATH_ON_NEXT_LINE = cached_regex(r"[ \t]*\n[ \t]*(?P<tail>@?[^\W_][\w.\-~%]{1,60})(?P<end>[ \t]*(?:\n|$))?")
_ID_MARK = cached_regex(r"[._\d]")


def _broken_paths(text: str, found: list[LinkMatch]) -> list[LinkMatch]:
    """`found`, a link ending in "/" right before a line break read on with the user name
    on the next line."""
    out = []
    for m in found:
        if m.url.endswith("/") and m.end < len(text) and text[m.end] in " \t\n":
            nxt = _PATH_ON_NEXT_LINE.match(text, m.end)
            if nxt is not None and (nxt.group("end") is not None or _ID_MARK.search(nxt.group("tail"))):
                tail = nxt.group("tail").rstrip(".-")
                m = m._replace(end=nxt.start("tail") + len(tail), url=m.url + tail)
        out.append(m)
    return out




class LinkScanner:
    """The links vocabulary, ready for scanning: built once per pack (scan/vocabulary.py)."""

    def __init__(self, table: Mapping[str, Any]) -> None:
        self.table = table
        self.policy = LinkPolicy(table)  # verdicts cached per host
        self.tlds = frozenset(t.lower() for t in table.get("spelled_tlds", ()))
        self.known = known_hosts(table)
        self.schemes = frozenset(s.lower() for s in table.get("contact_schemes", ()))
        self.words = SpelledWords.from_table(table)
        self.script_schemes = self.policy.script_schemes

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
            return _broken_paths(text, self._find(text))
        out: list[LinkMatch] = []
        pos = 0
        for line in text.split("\n"):
            if maybe(line) is not None:
                out.extend(m._replace(start=m.start + pos, end=m.end + pos) for m in self._find(line))
            pos += len(line) + 1
        return _broken_paths(text, out)

    def _find(self, text: str) -> list[LinkMatch]:
        return find_links(text, spelled_tlds=self.tlds, known_hosts=self.known, schemes=self.schemes, words=self.words)

    def script_urls(self, text: str) -> list[ScriptUrl]:
        """Script URLs (javascript:, data: ...) where a link would be in Markdown text."""
        return find_script_urls(text, self.script_schemes) if self.script_schemes else []

    def script_attrs(self, html: str) -> list[ScriptUrl]:
        """Script URLs in the URL attributes of HTML, any tag."""
        return find_script_attrs(html, self.script_schemes) if self.script_schemes else []

    def script_target(self, raw: str) -> str | None:
        """A link target as written (``java&#x73;cript:x``) as a browser reads it, when it
        is a script URL; None otherwise."""
        if not self.script_schemes:
            return None
        value = unescape_destination(raw)
        if script_scheme(value, self.script_schemes):
            return browser_view(value)
        decoded = percent_decoded(value, self.script_schemes)
        return browser_view(decoded) if decoded is not None else None

    def contact_in(self, url: str) -> str | None:
        """The contact detail a URL carries in its path or query, if any."""
        return contact_in_url(url, self.policy.url_words)

    def target_url(self, text: str) -> str | None:
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


