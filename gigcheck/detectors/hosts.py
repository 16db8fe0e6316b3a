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
from collections.abc import Mapping
from functools import lru_cache
from typing import Any
from urllib.parse import unquote

from gigcheck.build_cache import cached_build
from gigcheck.detectors.host_parsing import parse
from gigcheck.detectors.host_skeletons import skeleton
from gigcheck.detectors.host_verdicts import KINDS, Verdict
from gigcheck.detectors.reference_links import ReferenceSites
from gigcheck.detectors.url_contacts import UrlWords, contact_in_url
from gigcheck.regex_cache import cached_regex

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

# List key -> kind, in precedence order (first wins when a link matches several lists).
_LISTS = (
    ("messenger_hosts", "messenger"),
    ("social_hosts", "social"),
    ("file_hosts", "file-host"),
    ("shorteners", "shortener"),
    ("marketplace_hosts", "marketplace"),
    ("allowed_hosts", "allowed"),
)
# "reference" (public documentation, reference_links.py) is no list of these: it is only
# ever the verdict of a link no list names, so every kind above wins over it.
_RANK = {kind: i for i, (_, kind) in enumerate(_LISTS)}

_REASONS = {
    "messenger": "{entry} is a chat, call or contact-hub link",
    "social": "{entry} is a social network profile link",
    "file-host": "{entry} is a file-sharing host",
    "shortener": "{entry} is a URL shortener that hides where the link goes",
    "marketplace": "{entry} is the marketplace itself",
    "allowed": "{entry} is an allowed portfolio host",
}

_IPV4ISH = cached_regex(r"(?:0x[0-9a-f]*|[0-9]+)", re.IGNORECASE)


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


def registrable_domain(host: str) -> str | None:
    """``m.youtube.com`` -> ``youtube.com``; None for IPs and hosts with no public suffix."""
    host = host.rstrip(".").lower()
    if not host or _is_ip(host):
        return None
    return _suffix_list().privatesuffix(host) or None


def _is_ip(host: str) -> bool:
    if host.startswith("["):
        return True
    last = host.rsplit(".", 1)[-1] if host else ""
    # WHATWG: a host whose last label is numeric is an IPv4 address (decimal, octal or hex).
    return bool(last) and _IPV4ISH.fullmatch(last) is not None


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
        self.script_schemes = frozenset(s.lower() for s in table.get("script_schemes", ()))
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
        self.reference = ReferenceSites(table)

    # -- public ------------------------------------------------------------------------------

    def judge(self, url: str) -> Verdict:
        parsed = parse(url, self.contact_schemes, self.script_schemes)
        if isinstance(parsed, Verdict):
            return parsed
        host, path, note = parsed
        verdict = self._host_verdict(host)
        if self._paths:
            verdict = self._with_path(verdict, host, path)
        if verdict.kind == "disallowed" and verdict.registrable and not note and self.reference:
            verdict = self._as_reference(verdict, verdict.registrable, host, path)
        if note and verdict.kind not in ("allowed", "marketplace"):
            verdict = Verdict(
                verdict.kind, verdict.host, verdict.registrable, f"{verdict.reason} ({note})", verdict.lookalike_of
            )
        return verdict

    # -- internals ---------------------------------------------------------------------------

    def _as_reference(self, verdict: Verdict, registrable: str, host: str, path: str) -> Verdict:
        """A host no list names that is public reference documentation (w3.org, a docs
        site, "/docs" on a product's site), or that only looks like it: why, in the verdict."""
        if any(host.startswith(e + ".") for e in self._spoofable.values()):
            return verdict  # "youtube.com.evil.ru/docs": a disguise, not documentation
        judged = self.reference.judge(host, registrable, path)
        if judged is None:
            return verdict
        kind, why = judged
        return Verdict(kind, verdict.host, verdict.registrable, why)

    def _with_path(self, verdict: Verdict, host: str, path: str) -> Verdict:
        best: tuple[str, str] | None = None
        lowered = unquote(path).lower()
        for suffix in _suffixes(host):
            for prefix, kind, entry in self._paths.get(suffix, ()):
                if (lowered == prefix or lowered.startswith(prefix + "/")) and (
                    best is None or _RANK[kind] < _RANK[best[0]]
                ):
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
        best: tuple[str, str] | None = None
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
        return self._unlisted(host)

    def _unlisted(self, host: str) -> Verdict:
        """A host no list names: a look-alike of a listed one, or simply not allowed."""
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
