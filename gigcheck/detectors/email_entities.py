"""HTML character references decoded, with the offset map back to what was written.

Raw HTML blocks reach the detectors as the seller typed them, so "ada&#x40;site.com"
must be read as "ada@site.com" before addresses are looked for.
"""
from __future__ import annotations

from gigcheck.regex_cache import cached_regex
from gigcheck.text.normalized import Normalized

__all__ = ["unescape_entities"]

_ENTITY = cached_regex(r"&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};)")


def unescape_entities(text: str) -> Normalized:
    """`text` with HTML character references decoded ("ada&#x40;site" -> "ada@site"),
    mapped back. For raw HTML blocks, which the parser keeps as written."""
    import html

    out: list[str] = []
    local: list[int] = []
    pos = 0
    for m in _ENTITY.finditer(text):
        rep = html.unescape(m.group())
        if rep == m.group():
            continue
        out.append(text[pos:m.start()])
        local.extend(range(pos, m.start()))
        out.append(rep)
        local.extend([m.start()] * len(rep))
        pos = m.end()
    if not pos:
        return Normalized.identity(text)
    out.append(text[pos:])
    local.extend(range(pos, len(text) + 1))
    return Normalized("".join(out), local, text)
