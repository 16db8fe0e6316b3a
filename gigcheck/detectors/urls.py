"""Find links in plain text and in HTML attributes: pure functions over strings.

`find_links` reports every stretch of text a buyer could follow (or type into a browser):

* ``url``          ``https://johndoe.com/demo`` (any ``scheme://``)
* ``www``          ``www.johndoe.com``
* ``bare-domain``  ``johndoevoices.com``, ``sub.example.co.uk/path``
* ``spelled``      ``johndoe dot com``, ``johndoe [dot] com``, ``johndoe(dot)net``, ``johndoe [.] com``
* ``scheme``       ``mailto:bob@x.com``, ``tel:+15551234567``, ``skype:bob?call``, ``whatsapp://send?...``

Offsets index the given text (end exclusive). Trailing punctuation is left out the way
GitHub's autolinker does it. Email addresses (``bob@gmail.com``, ``bob [at] gmail [dot] com``)
are not domains here: the contact rules own them.

Every regex here is linear: each repetition ranges over a class disjoint from what may
follow it, and every match start is anchored by a look-behind that a character inside
the same token cannot satisfy, so a failed attempt never re-scans the same run. What
cannot be said in a linear regex (is the last label a TLD? is the host too long?) is
checked in Python on the match.
"""
from __future__ import annotations

import html as _html
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple

from gigcheck.regex_cache import cached_regex
from gigcheck.text.trie import alternation

__all__ = ["LinkMatch", "SpelledWords", "find_links", "parse_html_links", "html_attributes", "HtmlAttr", "FORMS"]

FORMS = ("url", "www", "bare-domain", "spelled", "scheme")


@dataclass(frozen=True)
class SpelledWords:
    """The words of spelled links, from the pack's `[vocab.links]`: what stands for "."
    ("johndoe dot com") and for "@" (then it is an email, not a link), first words that
    make "X dot com" prose ("the dot com bubble", "asp dot net"), and technology names
    written like domains ("ASP.NET")."""

    dots: tuple[str, ...] = ()
    ats: tuple[str, ...] = ()
    stopwords: frozenset[str] = field(default_factory=frozenset)
    not_domains: frozenset[str] = field(default_factory=frozenset)
    # why (rt26 disguise FP "names like Booking.com or Hotels.com are written as 'booking dot
    # com'"): businesses named by their domain; bare or spelled, with no path, the name of one
    name_domains: frozenset[str] = field(default_factory=frozenset)
    # why ("obj.pk", "self.app", "this.store"): the objects code calls attributes
    # on; "obj.pk" is Django's primary key before it is a host in Pakistan
    code_receivers: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def from_table(cls, table: Mapping[str, Any]) -> SpelledWords:
        def words(key: str) -> list[str]:
            return [str(w).lower() for w in table.get(key, ())]

        return cls(tuple(words("spelled_dot_words")), tuple(words("spelled_at_words")),
                   frozenset(words("spelled_stopwords")), frozenset(words("not_domains")),
                   frozenset(words("name_domains")), frozenset(words("code_receivers")))


NO_WORDS = SpelledWords()

_MAX_HOST = 253
_MAX_LABEL = 63


class LinkMatch(NamedTuple):
    start: int
    end: int
    url: str  # the link as a browser would take it ("johndoe dot com" -> "johndoe.com")
    form: str  # one of FORMS


_SP = r"[ \t]"
_LABEL = r"[\w-]+"


def _separator(dots: tuple[str, ...]) -> str:
    """Separators between host labels. Each alternative starts with a character that a
    label (a word character or "-") cannot contain, so label/separator boundaries are never
    ambiguous."""
    dot = "|".join([alternation(dots), r"\."]) if dots else r"\."
    return (
        rf"\.|{_SP}{{0,3}}[\[({{<]{_SP}{{0,3}}(?:{dot}){_SP}{{0,3}}[\])}}>]{_SP}{{0,3}}"  # [dot] (dot) {.} <dot>
        rf"|{_SP}{{1,3}}(?:{dot}){_SP}{{1,3}}"  # " dot " and " . "
    )
# Tail of a URL or a host's path: up to whitespace, angle brackets, quotes, backticks or
# "]" (RFC 3986 allows "]" only around an IPv6 literal, matched separately).
_TAIL = r"[^\s<>\"`\]]"

# Punctuation that ends a sentence rather than a link (GFM's list plus ; and ').
_TRAILING = frozenset("?!.,:*_~;'")

class _Patterns(NamedTuple):
    links: re.Pattern[str]
    separator: re.Pattern[str]
    at_before: re.Pattern[str]  # an email is on either side: "bob@" before the host,
    at_after: re.Pattern[str]  # "@"/"[at]" right after it


@lru_cache(maxsize=8)
def _patterns(schemes: tuple[str, ...], dots: tuple[str, ...], ats: tuple[str, ...]) -> _Patterns:
    scheme_alt = alternation(schemes) or "(?!)"
    sep = _separator(dots)
    at = rf"@|[\[({{<]{_SP}{{0,3}}(?:{alternation(ats) or '(?!)'}){_SP}{{0,3}}[\])}}>]"
    links = cached_regex(
        # scheme://...  (the scheme is bounded, so a failed attempt costs at most 32 steps)
        rf"(?P<url>(?<![\w+.-])[a-z][a-z0-9+.-]{{0,31}}://(?:\[[0-9a-f:.]{{0,64}}\])?{_TAIL}*)"
        # mailto:..., tel:..., skype:... (no space after the colon: "Skype: bob" is prose)
        rf"|(?P<scheme>(?<![\w+.-])(?:{scheme_alt}):{_TAIL}+)"
        # host chain, then optional port and path
        rf"|(?P<host>(?<![\w.@-]){_LABEL}(?:(?:{sep}){_LABEL})+)"
        rf"(?P<port>:\d{{1,5}}(?![\w]))?"
        rf"(?P<path>[/?#]{_TAIL}*)?",
        re.IGNORECASE,
    )
    return _Patterns(
        links,
        cached_regex(sep, re.IGNORECASE),
        cached_regex(rf"(?:{at}){_SP}{{0,3}}$", re.IGNORECASE),
        cached_regex(rf"{_SP}{{0,3}}(?:{at})", re.IGNORECASE),
    )


def _as_set(values: Iterable[str] | None) -> frozenset[str]:
    if values is None:
        return frozenset()
    if isinstance(values, frozenset):
        return values
    return frozenset(v.lower() for v in values)


@lru_cache(maxsize=8)
def _last_labels(hosts: frozenset[str]) -> frozenset[str]:
    return frozenset(h.rsplit(".", 1)[-1] for h in hosts)


def _trim(s: str) -> str:
    """Drop trailing punctuation and unbalanced trailing ``)`` / ``}``, GFM style.

    (``]`` never gets here: `_TAIL` stops at it, so ``[http://a](http://b)`` in raw
    Markdown yields two links.) Linear: the bracket counts are taken once.
    """
    opened = {")": s.count("("), "}": s.count("{")}
    closed = {")": s.count(")"), "}": s.count("}")}
    end = len(s)
    while end:
        ch = s[end - 1]
        if ch in _TRAILING:
            end -= 1
        elif ch in closed and closed[ch] > opened[ch]:
            closed[ch] -= 1
            end -= 1
        else:
            break
    return s[:end]


def _valid_labels(labels: list[str]) -> bool:
    for label in labels:
        if not label or len(label) > _MAX_LABEL or "_" in label or label[0] == "-" or label[-1] == "-":
            return False
    return True


def _is_known(host: str, known: frozenset[str]) -> bool:
    if not known:
        return False
    labels = host.split(".")
    return any(".".join(labels[i:]) in known for i in range(len(labels) - 1))


def _host_ok(
    labels: list[str], form: str, tlds: frozenset[str], known: frozenset[str], not_domains: frozenset[str]
) -> bool:
    host = ".".join(labels).lower()
    if len(host) > _MAX_HOST or len(labels) < 2 or not _valid_labels(labels):
        return False
    if host in not_domains:
        return False
    if _is_known(host, known):
        return True
    tld = labels[-1]
    if form == "www":
        return len(labels) >= 2 and any(c.isalpha() for c in tld) and len(tld) >= 2
    if not (tld.lower() in tlds and (tld.islower() or tld.isupper())):
        return _country_second_level(labels)
    # "5.in", "1.co", "3.it": the name before the TLD must have a letter.
    return any(c.isalpha() for c in labels[-2])


# What follows a dotted abbreviation inside a sentence: its own closing dot, a space and a
# word that does not start a new sentence ("m.in. korektę", "p.es. il logo").
_ABBREVIATION_TAIL = cached_regex(r"\.[ \t]+")
_ABBREVIATION_LABEL = 2  # letters in each label of one ("m.in", "p.es"); hosts have longer names


def _dotted_abbreviation(labels: list[str], text: str, end: int, known: frozenset[str]) -> bool:
    """why (rt34 wording "w tym serwisie – m.in. korektę"): labels of one or two
    letters closed by a dot and followed by a lower-case word read as an abbreviation
    ("między innymi", "per esempio"), not as a domain; a known host stays one ("t.me.")."""
    if not all(len(label) <= _ABBREVIATION_LABEL and label.isalpha() for label in labels):
        return False
    tail = _ABBREVIATION_TAIL.match(text, end)
    return (
        tail is not None and text[tail.end():tail.end() + 1].islower()
        and not _is_known(".".join(labels).lower(), known)
    )


# The second-level labels under which country registries sell names ("rizkydesain.my.id",
# "studio.com.pl", "x.co.ke"): registry structure, not words of a language. why (rt25
# "website saya: rizkydesain.my.id"): a country ending left out of `spelled_tlds` (".id"
# is also "user.id" in code) is a domain's under one of these.
_SECOND_LEVEL = frozenset({"co", "com", "net", "org", "ac", "edu", "gov", "my", "web", "or", "biz", "sch", "ne", "go"})


def _country_second_level(labels: list[str]) -> bool:
    """`labels` end with a registry's second level and a two-letter country code."""
    tld = labels[-1]
    return (
        len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(tld) == 2 and tld.isalpha()
        and tld.islower() and tld.isascii() and any(c.isalpha() for c in labels[-3])
    )


class _Vocab(NamedTuple):
    """What `find_links` was given, as sets, with its compiled patterns."""

    tlds: frozenset[str]
    known: frozenset[str]
    known_tlds: frozenset[str]
    schemes: frozenset[str]
    words: SpelledWords
    pat: _Patterns


def find_links(
    text: str,
    *,
    spelled_tlds: Iterable[str],
    known_hosts: Iterable[str] | None = None,
    schemes: Iterable[str] = (),
    words: SpelledWords = NO_WORDS,
) -> list[LinkMatch]:
    """Every link in `text`, in order, without overlaps.

    `spelled_tlds` are the TLDs that make a bare or spelled name a domain; `known_hosts`
    (hosts or registrable domains, e.g. every host in the links vocabulary) are found
    whatever their TLD (``youtu.be``, ``flic.kr``); `schemes` are the contact schemes
    found without ``//`` (``mailto:``), and which ``scheme://`` links count as form
    ``scheme``; `words` are the words of spelled forms (without them, only "[.]" and
    " . " spell a dot).
    """
    known = _as_set(known_hosts)
    scheme_set = _as_set(schemes)
    pat = _patterns(tuple(sorted(scheme_set)), words.dots, words.ats)
    v = _Vocab(_as_set(spelled_tlds), known, _last_labels(known), scheme_set, words, pat)
    out: list[LinkMatch] = []
    for m in pat.links.finditer(text):
        if m.group("url") is not None:
            found = _url_link(m, v)
        elif m.group("scheme") is not None:
            found = _scheme_link(m)
        else:
            found = _host_link(m, text, v)
        if found is not None:
            out.append(found)
    return out


def _url_link(m: re.Match[str], v: _Vocab) -> LinkMatch | None:
    """``scheme://...``."""
    raw = _trim(m.group("url"))
    scheme, _, rest = raw.partition("://")
    if not rest:
        return None
    form = "scheme" if scheme.lower() in v.schemes else "url"
    return LinkMatch(m.start(), m.start() + len(raw), raw, form)


def _scheme_link(m: re.Match[str]) -> LinkMatch | None:
    """``mailto:...``, ``tel:...``: a contact scheme without ``//``."""
    raw = _trim(m.group("scheme"))
    if raw.endswith(":") or raw.partition(":")[2] == "":
        return None
    return LinkMatch(m.start(), m.start() + len(raw), raw, "scheme")


def _host_chain(m: re.Match[str]) -> tuple[int, str, int] | None:
    """(start, host chain, end of the chain) of a host match, without the Markdown
    emphasis or dashes around it; None when nothing is left or it is far too long."""
    start = m.start()
    chain = m.group("host")
    host_end = m.end("host")
    if len(chain) > 4 * _MAX_HOST:  # spelled separators are at most ~11 chars per dot
        return None
    # "--johndoe.com", "_johndoe.com_" (Markdown emphasis): the link is inside
    stripped = chain.lstrip("-_")
    start += len(chain) - len(stripped)
    chain = stripped
    if m.group("port") is None and m.group("path") is None:
        stripped = chain.rstrip("_")
        host_end -= len(chain) - len(stripped)
        chain = stripped
    if not chain:
        return None
    return start, chain, host_end


def _may_end_host(chain: str, v: _Vocab) -> bool:
    """Fast reject before splitting: the last label must be able to end a host."""
    i = len(chain)
    while i and (chain[i - 1].isalnum() or chain[i - 1] in "-_"):
        i -= 1
    last = chain[i:].lower()
    after_www = chain[3:4]
    maybe_www = chain[:3].lower() == "www" and after_www != "" and not (after_www.isalnum() or after_www in "-_")
    return last in v.tlds or last in v.known_tlds or maybe_www or _country_second_level(chain.lower().split("."))


def _host_link(m: re.Match[str], text: str, v: _Vocab) -> LinkMatch | None:
    """A host chain (``www.x.com``, ``x.com/path``, ``x dot com``) with its port and path."""
    found = _host_chain(m)
    if found is None:
        return None
    start, chain, host_end = found
    if not _may_end_host(chain, v):
        return None
    if v.pat.at_after.match(text, host_end) or v.pat.at_before.search(text, max(0, start - 12), start):
        return None  # an email address (or its local part), spelled or not
    seps = v.pat.separator.findall(chain)
    labels = v.pat.separator.split(chain)
    spelled = any(sep != "." for sep in seps)
    if spelled:
        form = "spelled"
        if labels[0].lower() in v.words.stopwords:
            return None
    elif labels[0].lower() == "www":
        form = "www"
    else:
        form = "bare-domain"
    if not _host_ok(labels, form, v.tlds, v.known, v.words.not_domains):
        return None
    if form != "www" and not m.group("path") and ".".join(labels).lower() in v.words.name_domains:
        return None  # "names like Booking.com", "booking dot com": a business's name
    if form == "bare-domain" and not m.group("path") and labels[0].lower() in v.words.code_receivers:
        return None  # "obj.pk", "request.user.pk", "this.store": an attribute in code
    if form == "bare-domain" and not m.group("path") and _dotted_abbreviation(labels, text, host_end, v.known):
        return None  # "m.in. korektę", "p.es. il marchio": a sentence's abbreviation, no host
    tail = (m.group("port") or "") + (m.group("path") or "")
    if m.group("path"):
        tail = _trim(tail)
        # a port with nothing after it but punctuation is kept; an emptied path is dropped
    end = host_end + len(tail)
    host = ".".join(labels) if spelled else chain
    return LinkMatch(start, end, host + tail, form)


# --- HTML -----------------------------------------------------------------------------

_URL_ATTRS = {
    "a": ("href",),
    "area": ("href",),
    "link": ("href",),
    "img": ("src",),
    "iframe": ("src",),
    "embed": ("src",),
    "source": ("src",),
    "video": ("src", "poster"),
    "audio": ("src",),
    "track": ("src",),
    "script": ("src",),
    "object": ("data",),
    "form": ("action",),
}
# A start tag: quoted values may hold ">", but nothing in the tag crosses "<", so an
# unterminated tag costs only the distance to the next "<".
_TAG_BODY = r"(?=[\s/>])((?:[^<>\"']|\"[^\"<]*\"|'[^'<]*')*)>"
_TAG_RE = cached_regex(
    r"<(" + "|".join(sorted(_URL_ATTRS, key=len, reverse=True)) + r")" + _TAG_BODY, re.IGNORECASE
)
# Any start tag (``<button formaction>``, ``<svg><a xlink:href>``): for attributes that
# matter whatever the tag (detectors/script_urls.py).
ANY_TAG_RE = cached_regex(r"<([A-Za-z][A-Za-z0-9:-]{0,63})" + _TAG_BODY)
_ATTR_RE = cached_regex(r"""([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""")


class HtmlAttr(NamedTuple):
    tag: str  # lower case
    name: str  # lower case
    start: int  # offsets of the value in the HTML (quotes and surrounding whitespace excluded)
    end: int
    value: str  # character references decoded, as a browser reads it


def html_attributes(html: str, tag_re: re.Pattern[str] = ANY_TAG_RE) -> list[HtmlAttr]:
    """Valued attributes of the start tags `tag_re` matches (group 1 the tag name, group 2
    its attributes). Only the first occurrence of an attribute in a tag counts, as in
    browsers; empty values are left out."""
    out: list[HtmlAttr] = []
    for tag in tag_re.finditer(html):
        tag_name = tag.group(1).lower()
        seen: set[str] = set()
        body_start = tag.start(2)
        for attr in _ATTR_RE.finditer(tag.group(2)):
            name = attr.group(1).lower()
            if name in seen:
                continue
            seen.add(name)
            for g in (2, 3, 4):
                if attr.group(g) is not None:
                    raw = attr.group(g)
                    a = body_start + attr.start(g)
                    break
            else:
                continue
            stripped = raw.strip(" \t\r\n\f")
            if not stripped:
                continue
            a += len(raw) - len(raw.lstrip(" \t\r\n\f"))
            out.append(HtmlAttr(tag_name, name, a, a + len(stripped), _html.unescape(stripped)))
    return out


def parse_html_links(html: str) -> list[tuple[int, int, str]]:
    """URL-valued attributes of inline HTML: ``<a href>``, ``<img src>``, ``<iframe src>``...

    Returns ``(start, end, value)`` with the offsets of the attribute value inside `html`
    (quotes excluded, surrounding whitespace excluded) and the value with character
    references decoded, as a browser would follow it (``&#104;ttp://`` is ``http://``).
    Only the first occurrence of an attribute in a tag counts, as in browsers.
    """
    return [(a.start, a.end, a.value) for a in html_attributes(html, _TAG_RE) if a.name in _URL_ATTRS[a.tag]]
