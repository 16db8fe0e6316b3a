"""Judge where a link goes: portfolio host, marketplace, shortener, messenger... or not allowed.

`judge(url, vocab)` finds the host a browser would really contact (userinfo, ports,
backslashes, percent-escapes, punycode and full-width dots taken into account), its
registrable domain (the Public Suffix List copy bundled with `publicsuffixlist`, never
fetched), and matches both against the links vocabulary (`policies/vocab/links.toml`).

Import is cheap: the suffix list loads on the first host that needs a registrable domain,
once per process (from the build cache, see build_cache.py); verdicts are cached per host.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping, Optional
from urllib.parse import unquote, urlsplit

from gigcheck.build_cache import cached_build

__all__ = [
    "KINDS",
    "Verdict",
    "LinkPolicy",
    "UrlWords",
    "contact_in_url",
    "skeleton",
    "known_hosts",
    "registrable_domain",
]

KINDS = (
    "allowed",
    "marketplace",
    "shortener",
    "file-host",
    "messenger",
    "social",
    "contact-scheme",
    "lookalike",
    "disallowed",
    "invalid",
)

# List key -> kind, in precedence order (first wins when a link matches several lists).
_LISTS = (
    ("messenger_hosts", "messenger"),
    ("social_hosts", "social"),
    ("file_hosts", "file-host"),
    ("shorteners", "shortener"),
    ("marketplace_hosts", "marketplace"),
    ("allowed_hosts", "allowed"),
)
_RANK = {kind: i for i, (_, kind) in enumerate(_LISTS)}

_REASONS = {
    "messenger": "{entry} is a chat, call or contact-hub link",
    "social": "{entry} is a social network profile link",
    "file-host": "{entry} is a file-sharing host",
    "shortener": "{entry} is a URL shortener that hides where the link goes",
    "marketplace": "{entry} is the marketplace itself",
    "allowed": "{entry} is an allowed portfolio host",
}

# Schemes whose URLs have a host a browser contacts. WHATWG "special" schemes treat "\"
# like "/" and skip any number of slashes after the colon.
_SPECIAL = frozenset({"http", "https", "ftp", "ws", "wss"})
_WEB = _SPECIAL | frozenset({"ftps", "sftp"})

_SCHEME_RE = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")
_PORT_ONLY = re.compile(r"\d*(?:[/?#]|$)")
_IPV4ISH = re.compile(r"(?:0x[0-9a-f]*|[0-9]+)", re.IGNORECASE)
_FORBIDDEN_HOST = re.compile(r"[\x00-\x20#%/:<>?@\[\\\]^|\x7f]")
_C0_AND_SPACE = "".join(map(chr, range(0x21)))
# Dots that UTS 46 maps to "." (ideographic, full-width, half-width ideographic).
_DOTS = str.maketrans({"\u3002": ".", "\uff0e": ".", "\uff61": "."})


@dataclass(frozen=True, slots=True)
class Verdict:
    kind: str  # one of KINDS
    host: Optional[str]  # lowercase, Unicode (punycode decoded); None for contact schemes
    registrable: Optional[str]  # e.g. "youtube.com" for "m.youtube.com"; None when unknown
    reason: str  # one sentence for a finding's message
    lookalike_of: Optional[str] = None  # the vocabulary entry a lookalike imitates


# --- registrable domain (the Public Suffix List, lazily) --------------------------------


@lru_cache(maxsize=1)
def _suffix_list() -> Any:
    # ICANN suffixes only, and no unknown ones: "bob.github.io" belongs to github.io, and a
    # host under a made-up ending has no registrable domain (the judge then says so).
    # Parsing the list costs ~35 ms; the parsed list is kept in the build cache.
    import publicsuffixlist

    return cached_build(
        "suffixes",
        {"publicsuffixlist": publicsuffixlist.__version__},
        lambda: publicsuffixlist.PublicSuffixList(only_icann=True, accept_unknown=False),
        ("publicsuffixlist",),
    )


def registrable_domain(host: str) -> Optional[str]:
    """``m.youtube.com`` -> ``youtube.com``; None for IPs and hosts with no public suffix."""
    host = host.rstrip(".").lower()
    if not host or _is_ip(host):
        return None
    return _suffix_list().privatesuffix(host) or None


# --- lookalikes -------------------------------------------------------------------------

# Letters from other scripts that render like ASCII ones (UTS 39 confusables, the common part).
_CONFUSABLES = str.maketrans(
    {
        # Cyrillic
        "а": "a", "в": "b", "с": "c", "ԁ": "d", "е": "e", "һ": "h", "і": "i", "ј": "j",
        "к": "k", "ӏ": "l", "м": "m", "о": "o", "р": "p", "ԛ": "q", "ѕ": "s", "т": "t",
        "у": "y", "ү": "y", "х": "x", "ԝ": "w", "ѡ": "w", "ѵ": "v", "ц": "u", "п": "n",
        # Greek
        "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o",
        "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ϲ": "c", "ϳ": "j", "ω": "w",
        # Armenian
        "ա": "w", "հ": "h", "ո": "n", "ս": "u", "օ": "o", "ց": "g", "զ": "q",
        # Latin look-alikes
        "ı": "i", "ɩ": "i", "ℓ": "l", "ɑ": "a", "ɡ": "g", "ʋ": "u", "ɒ": "a", "ß": "b",
        "ø": "o", "đ": "d", "ħ": "h", "ł": "l", "ŧ": "t",
    }
)
# Digit/letter swaps: 0/o, 1/l/i, 5/s (and | for l).
_SWAPS = str.maketrans({"0": "o", "1": "l", "i": "l", "|": "l", "5": "s"})


def skeleton(name: str) -> str:
    """A spoof-comparison form: ``y0utube.com``, ``yоutube.com`` (Cyrillic о) -> ``youtube.com``.

    Diacritics dropped, confusable letters mapped to ASCII, then 0->o, 1/i->l, 5->s,
    rn->m, vv->w. Two names with the same skeleton look alike to a buyer.
    """
    s = unicodedata.normalize("NFKD", name.lower())
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.translate(_CONFUSABLES).translate(_SWAPS)
    return s.replace("rn", "m").replace("vv", "w")


# --- vocabulary ----------------------------------------------------------------------------


def known_hosts(table: Mapping[str, Any]) -> frozenset[str]:
    """Every host named in the `[vocab.links]` host lists (paths dropped): for `find_links`."""
    return frozenset(
        entry.lower().split("/", 1)[0] for key, _ in _LISTS for entry in table.get(key, ())
    )


def _suffixes(host: str) -> list[str]:
    labels = host.split(".")
    return [".".join(labels[i:]) for i in range(len(labels))]


class LinkPolicy:
    """The links vocabulary compiled for fast judging; verdicts cached per host."""

    def __init__(self, table: Mapping[str, Any], *, cache_size: int = 8192) -> None:
        self.url_words = UrlWords.from_table(table)
        self.contact_schemes = frozenset(s.lower() for s in table.get("contact_schemes", ()))
        self._hosts: dict[str, tuple[str, str]] = {}  # entry host -> (kind, entry)
        self._paths: dict[str, list[tuple[str, str, str]]] = {}  # entry host -> [(path, kind, entry)]
        for key, kind in reversed(_LISTS):  # later (higher precedence) lists overwrite
            for entry in table.get(key, ()):
                entry = entry.strip().lower().rstrip("/")
                host, slash, path = entry.partition("/")
                if slash:
                    self._paths.setdefault(host, []).append(("/" + path, kind, entry))
                else:
                    self._hosts[host] = (kind, entry)
        self._spoofable: dict[str, str] = {}
        for key in ("marketplace_hosts", "allowed_hosts"):
            for entry in table.get(key, ()):
                host = entry.strip().lower().partition("/")[0]
                self._spoofable.setdefault(skeleton(host), host)
        self._host_verdict = lru_cache(maxsize=cache_size)(self._judge_host)

    # -- public ------------------------------------------------------------------------------

    def judge(self, url: str) -> Verdict:
        parsed = _parse(url, self.contact_schemes)
        if isinstance(parsed, Verdict):
            return parsed
        host, path, note = parsed
        verdict = self._host_verdict(host)
        if self._paths:
            verdict = self._with_path(verdict, host, path)
        if note and verdict.kind not in ("allowed", "marketplace"):
            verdict = Verdict(verdict.kind, verdict.host, verdict.registrable, f"{verdict.reason} ({note})", verdict.lookalike_of)
        return verdict

    # -- internals ---------------------------------------------------------------------------

    def _with_path(self, verdict: Verdict, host: str, path: str) -> Verdict:
        best: Optional[tuple[str, str]] = None
        lowered = unquote(path).lower()
        for suffix in _suffixes(host):
            for prefix, kind, entry in self._paths.get(suffix, ()):
                if lowered == prefix or lowered.startswith(prefix + "/"):
                    if best is None or _RANK[kind] < _RANK[best[0]]:
                        best = (kind, entry)
        if best is None:
            return verdict
        current = _RANK.get(verdict.kind, len(_RANK))
        if _RANK[best[0]] >= current:
            return verdict
        kind, entry = best
        return Verdict(kind, verdict.host, verdict.registrable, _REASONS[kind].format(entry=entry))

    def _judge_host(self, host: str) -> Verdict:
        if _is_ip(host):
            return Verdict("disallowed", host, None, f"{host} is an IP address, not a portfolio host")
        if "." not in host:
            return Verdict("invalid", host, None, f"{host} is not a public host name")
        best: Optional[tuple[str, str]] = None
        for suffix in _suffixes(host):
            hit = self._hosts.get(suffix)
            if hit is not None and (best is None or _RANK[hit[0]] < _RANK[best[0]]):
                best = hit
        if best is not None:
            kind, entry = best
            # A two-label entry ("youtube.com") is the registrable domain of every host it
            # matches: the links of a clean gig then never load the suffix list.
            registrable = entry if entry.count(".") == 1 else registrable_domain(host)
            return Verdict(kind, host, registrable, _REASONS[kind].format(entry=entry))
        registrable = registrable_domain(host)
        # Without a known suffix ("www.fiverr.corn") the last two labels stand for the name.
        for name in (registrable, host) if registrable else (host, ".".join(host.split(".")[-2:])):
            original = self._spoofable.get(skeleton(name))
            if original is not None and original != name:
                return Verdict(
                    "lookalike",
                    host,
                    registrable,
                    f"{name} imitates {original}: it is a different site",
                    lookalike_of=original,
                )
        if registrable is None:
            return Verdict("disallowed", host, None, f"{host} has no known public suffix and is not an allowed host")
        reason = f"{registrable} is not an allowed portfolio host"
        imitated = next((e for e in self._spoofable.values() if host.startswith(e + ".")), None)
        if imitated is not None:
            reason = f"{host} belongs to {registrable}, not {imitated}"
        return Verdict("disallowed", host, registrable, reason)


def _is_ip(host: str) -> bool:
    if host.startswith("["):
        return True
    last = host.rsplit(".", 1)[-1] if host else ""
    # WHATWG: a host whose last label is numeric is an IPv4 address (decimal, octal or hex).
    return bool(last) and _IPV4ISH.fullmatch(last) is not None


def _parse(url: str, contact_schemes: frozenset[str]) -> Verdict | tuple[str, str, str]:
    """(host, path, note) a browser would use, or a final Verdict (contact scheme, invalid)."""
    u = url.strip(_C0_AND_SPACE)
    u = u.replace("\t", "").replace("\n", "").replace("\r", "")
    if not u:
        return Verdict("invalid", None, None, "empty link")
    m = _SCHEME_RE.match(u)
    if m is not None:
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
            u = "http://" + u
            scheme = "http"
        elif scheme in contact_schemes:
            return Verdict("contact-scheme", None, None, f"{scheme}: links open a contact channel outside the marketplace")
        elif scheme in _SPECIAL:
            # http:example.com, http:/\example.com: browsers skip any slashes and backslashes
            u = scheme + "://" + rest.lstrip("/\\")
        elif not authority or scheme not in _WEB:
            return Verdict("invalid", None, None, f"{scheme}: is not a web link")
    elif u.startswith("//") or u.startswith("\\\\"):
        u = "http:" + u
        scheme = "http"
    else:
        u = "http://" + u
        scheme = "http"
    if scheme in _SPECIAL:
        # WHATWG: "\" is "/" before the query in special URLs ("https://evil.net\@youtube.com").
        cut = min((i for i in (u.find("?"), u.find("#")) if i >= 0), default=len(u))
        u = u[:cut].replace("\\", "/") + u[cut:]
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
    host = _normalize_host(host)
    if isinstance(host, Verdict):
        return host
    return host, parts.path, note


def _decode_punycode(ace: str) -> Optional[str]:
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



# --- contact details hidden in a URL ---------------------------------------------------------

_EMAIL_IN_URL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
# 7-15 digits with optional single separators; the look-behind keeps starts at run starts.
# Not followed by a letter either: "1822707b03" is a share-link id, not a phone number.
_PHONE_IN_URL = re.compile(r"(?<![\w+])\+?\d(?:[-. ()]?\d){6,16}(?![0-9A-Za-z])")


@dataclass(frozen=True)
class UrlWords:
    """What in a URL's path or query is a contact detail, from the pack's `[vocab.links]`:
    messenger and webmail names in a slug, parameter names whose value is one, parameters
    whose digits are a phone number, and tracking parameters to skip."""

    contact_words: re.Pattern[str]
    contact_params: frozenset[str]
    phone_params: frozenset[str]
    tracking_params: frozenset[str]
    tracking_prefixes: tuple[str, ...]

    @classmethod
    def from_table(cls, table: Mapping[str, Any]) -> "UrlWords":
        def words(key: str) -> list[str]:
            return [str(w).lower() for w in table.get(key, ())]

        names = "|".join(re.escape(w) for w in sorted(words("url_contact_words"), key=len, reverse=True)) or "(?!)"
        return cls(
            re.compile(r"(?<![a-z])(" + names + r")(?![a-z])", re.IGNORECASE),
            frozenset(w.replace("_", "").replace("-", "") for w in words("url_contact_params")),
            frozenset(words("phone_params")),
            frozenset(words("tracking_params")),
            tuple(words("tracking_prefixes")),
        )
_SLUG_AFTER_ID = re.compile(r"-[A-Za-z]")
_SLUG_PARTS = re.compile(r"[-_. ]+")
_DATE8 = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")


def contact_in_url(url: str, words: UrlWords) -> Optional[str]:
    """The email-like, phone-like or messenger-named part of a URL's path, query or fragment.

    ``youtube.com/watch?v=x&email=bob@gmail.com`` -> ``bob@gmail.com``;
    ``soundcloud.com/skype-bob.voice`` -> ``skype-bob.voice``. Bare runs of digits that
    fill a whole path segment or query value are IDs (SoundCloud tracks, Flickr photos)
    unless a ``+``, separators or a phone-ish parameter name says otherwise.
    """
    u = url.strip()
    if "://" not in u and not u.startswith("//"):
        u = "http://" + u
    try:
        parts = urlsplit(u)
    except ValueError:
        return None
    pieces: list[tuple[str, str, str]] = []  # (text, kind, param name)
    for segment in parts.path.split("/"):
        if segment:
            pieces.append((unquote(segment), "segment", ""))
    for chunk in (parts.query, parts.fragment):
        for pair in re.split(r"[&;]", chunk):
            if not pair:
                continue
            name, eq, value = pair.partition("=")
            name = unquote(name.replace("+", " "))
            value = unquote(value.replace("+", " "))
            if name.lower().startswith(words.tracking_prefixes) or name.lower() in words.tracking_params:
                continue  # set by share buttons, not by the seller
            pieces.append((value if eq else name, "value", name.lower() if eq else ""))
    for text, _, _ in pieces:
        m = _EMAIL_IN_URL.search(text)
        if m is not None:
            return m.group()
    for text, _, param in pieces:
        for m in _PHONE_IN_URL.finditer(text):
            found = m.group()
            digits = sum(c.isdigit() for c in found)
            if digits < 7 or digits > 15:
                continue
            plain = found.isdigit()
            if plain and _DATE8.fullmatch(found):
                continue
            if plain and found == text.strip() and param not in words.phone_params:
                continue  # an ID
            if plain and text.startswith(found) and _SLUG_AFTER_ID.match(text, len(found)):
                continue  # "204407663-Using-IFTTT": a help-center or Q&A article id
            return found
    for text, _, param in pieces:
        if param and param.replace("_", "").replace("-", "") in words.contact_params and text:
            return text
        if words.contact_words.search(text) and len(_SLUG_PARTS.split(text)) <= 4:
            return text  # "skype-bob.voice", not a long title slug that names Skype
    return None
