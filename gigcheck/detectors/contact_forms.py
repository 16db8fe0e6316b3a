"""Links to contact and booking forms: a form that collects the buyer's details (Google
Forms, Typeform, Tally, a scheduling page, a site's own `/contact-us`) is a means of
direct contact for marketplaces that say so (Upwork's "link to a contact form or form
requesting contact information"). A portfolio page on the same site is not one.

Pure functions over a link's URL; the hosts and path segments are the pack's
(`[vocab.links]` `contact_form_hosts`, `contact_form_paths`).
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import unquote, urlsplit

__all__ = ["FormVocab"]

# A page's file extension, ignored when a path segment is compared ("contact.html").
_EXTENSIONS = (".html", ".htm", ".php", ".aspx", ".asp")


class FormVocab:
    """The `[vocab.links]` contact-form words, compiled."""

    def __init__(self, table: Mapping[str, Any]) -> None:
        entries = [h.lower().strip("/") for h in table.get("contact_form_hosts", ()) if isinstance(h, str) and h]
        self.hosts = [(e.partition("/")[0], "/" + e.partition("/")[2] if "/" in e else "") for e in entries]
        self.paths = frozenset(p.lower() for p in table.get("contact_form_paths", ()) if isinstance(p, str))

    def form_of(self, url: str, host: str | None) -> str | None:
        """What makes `url` a contact form (the form host, or the contact page's path
        segment), or None. `host` is the link's real host as the links finder judged it."""
        if not host:
            return None
        host = host.lower().removeprefix("www.")
        try:
            path = unquote(urlsplit(url if "//" in url else "//" + url).path).lower()
        except ValueError:
            return None
        for name, prefix in self.hosts:
            if (host == name or host.endswith("." + name)) and (not prefix or path.startswith(prefix)):
                return name + prefix
        for segment in path.split("/"):
            for ext in _EXTENSIONS:
                segment = segment.removesuffix(ext)
            if segment in self.paths:
                return f"{host}/{segment}"
        return None
