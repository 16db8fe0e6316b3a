"""The host a browser would really contact for a link, as sellers write links.

Userinfo, ports, backslashes, missing or extra slashes, percent-escapes, punycode and
full-width dots are read the way browsers (WHATWG URL) read them, so a disguise such
as "https://evil.net\\@youtube.com" names the host it really goes to.
"""
from __future__ import annotations

import unicodedata
from urllib.parse import unquote, urlsplit

from gigcheck.detectors.host_verdicts import Verdict
from gigcheck.regex_cache import cached_regex

__all__ = ["parse"]

# Schemes whose URLs have a host a browser contacts. WHATWG "special" schemes treat "\"
# like "/" and skip any number of slashes after the colon.
_SPECIAL = frozenset({"http", "https", "ftp", "ws", "wss"})
_WEB = _SPECIAL | frozenset({"ftps", "sftp"})

_SCHEME_RE = cached_regex(r"([A-Za-z][A-Za-z0-9+.\-]*):")
_PORT_ONLY = cached_regex(r"\d*(?:[/?#]|$)")
_FORBIDDEN_HOST = cached_regex(r"[\x00-\x20#%/:<>?@\[\\\]^|\x7f]")
_C0_AND_SPACE = "".join(map(chr, range(0x21)))
# Dots that UTS 46 maps to "." (ideographic, full-width, half-width ideographic).
_DOTS = str.maketrans({"\u3002": ".", "\uff0e": ".", "\uff61": "."})


def parse(
    url: str, contact_schemes: frozenset[str], script_schemes: frozenset[str] = frozenset()
) -> Verdict | tuple[str, str, str]:
    """(host, path, note) a browser would use, or a final Verdict (contact or script
    scheme, invalid)."""
    u = url.strip(_C0_AND_SPACE)
    u = u.replace("\t", "").replace("\n", "").replace("\r", "")
    if not u:
        return Verdict("invalid", None, None, "empty link")
    absolute = _absolute(u, contact_schemes, script_schemes)
    if isinstance(absolute, Verdict):
        return absolute
    u, scheme = absolute
    if scheme in _SPECIAL:
        # WHATWG: "\" is "/" before the query in special URLs ("https://evil.net\@youtube.com").
        cut = min((i for i in (u.find("?"), u.find("#")) if i >= 0), default=len(u))
        u = u[:cut].replace("\\", "/") + u[cut:]
    return _host_and_path(u)


def _absolute(u: str, contact_schemes: frozenset[str], script_schemes: frozenset[str]) -> Verdict | tuple[str, str]:
    """`u` with the scheme a browser would give it, and that scheme; or a final Verdict."""
    m = _SCHEME_RE.match(u)
    if m is None:
        if u.startswith("//") or u.startswith("\\\\"):
            return "http:" + u, "http"
        return "http://" + u, "http"
    scheme = m.group(1).lower()
    rest = u[m.end():]
    authority = rest.startswith("//")
    host_port = not authority and (
        "." in scheme  # "johndoe.com:8080/x"
        or (
            rest[:1].isdigit()  # "localhost:8080"
            and _PORT_ONLY.match(rest) is not None
            and scheme not in contact_schemes
            and scheme not in _SPECIAL
        )
    )
    if host_port:
        return "http://" + u, "http"
    if scheme in script_schemes:
        return Verdict("script", None, None, f"{scheme}: links run code or carry a page inside the link")
    if scheme in contact_schemes:
        return Verdict(
            "contact-scheme", None, None, f"{scheme}: links open a contact channel outside the marketplace"
        )
    if scheme in _SPECIAL:
        # http:example.com, http:/\example.com: browsers skip any slashes and backslashes
        return scheme + "://" + rest.lstrip("/\\"), scheme
    if not authority or scheme not in _WEB:
        return Verdict("invalid", None, None, f"{scheme}: is not a web link")
    return u, scheme


def _host_and_path(u: str) -> Verdict | tuple[str, str, str]:
    """(host, path, note) of the absolute URL `u`, or a final Verdict."""
    try:
        parts = urlsplit(u)
    except ValueError:
        return Verdict("invalid", None, None, "malformed link")
    userinfo, at, hostport = parts.netloc.rpartition("@")
    note = f"'{userinfo}@' before the host is a disguise" if at and userinfo else ""
    if hostport.startswith("["):
        end = hostport.find("]")
        if end < 0:
            return Verdict("invalid", None, None, "malformed IPv6 address")
        return Verdict("disallowed", hostport[: end + 1].lower(), None, "an IP address is not a portfolio host")
    host, _, port = hostport.partition(":")
    if port and not port.isdigit():
        return Verdict("invalid", None, None, f"{hostport!r} has an invalid port")
    normalized = _normalize_host(host)
    if isinstance(normalized, Verdict):
        return normalized
    return normalized, parts.path, note


def _decode_punycode(ace: str) -> str | None:
    """The Unicode label for an ``xn--`` label, or None when browsers would reject it."""
    try:
        decoded = ace.encode("ascii").decode("punycode")
        if decoded.encode("punycode").decode("ascii") != ace:
            return None
    except (UnicodeError, ValueError):
        return None
    if decoded.isascii() or any(unicodedata.category(c)[0] in "CZ" for c in decoded):
        return None
    return unicodedata.normalize("NFKC", decoded).lower()


def _normalize_host(raw: str) -> str | Verdict:
    try:
        host = unquote(raw, errors="strict") if "%" in raw else raw
    except UnicodeDecodeError:
        return Verdict("invalid", None, None, f"{raw!r} is not a valid host")
    host = unicodedata.normalize("NFKC", host.translate(_DOTS)).translate(_DOTS).lower().rstrip(".")
    if not host:
        return Verdict("invalid", None, None, "link without a host")
    if _FORBIDDEN_HOST.search(host):
        return Verdict("invalid", None, None, f"{raw!r} is not a valid host")
    if "xn--" in host:
        labels = []
        for label in host.split("."):
            if label.startswith("xn--"):
                decoded = _decode_punycode(label[4:])
                if decoded is None:
                    return Verdict("invalid", host, None, f"{host} has a broken punycode label")
                label = decoded
            labels.append(label)
        host = ".".join(labels)
    if len(host) > 253 or any(not label or len(label) > 63 for label in host.split(".")):
        return Verdict("invalid", host[:253], None, "not a valid host name")
    return host
