"""Email addresses in a normalized view of a run: plain, disguised, or named by provider.

The view is lower case with look-alikes, fullwidth forms and zero-width characters
folded and spaced letters joined (the "words" view), so "ｓａｒａ＠ｇｍａｉｌ．ｃｏｍ" and
"d a n n y @ g m a i l . c o m" arrive as ordinary text. What remains are the disguises
sellers type on purpose:

* "@" written as a word or in brackets: "at", "(at)", "[at]", "{at}", "<at>", "-at-",
  "(@)", "(a t)", and in other languages ("arroba", "chez", "Klammeraffe", "собака", "艾特");
* "." the same way: "dot", "[.]", "(dot)", "[d.o.t]", "period", "punto", "точка", "点";
* only the provider: "jane_doe at gmail", "my gmail is rickyvoices", "hotmail: kay.art",
  "I'm on hotmail as brandon_3d", "my gmail (marco.cuts)".

Detection starts from the "@"-forms (a few per text), reads the domain forward and the
name backward from there, so ordinary prose costs one regular-expression scan. Every
pattern is linear: repeated parts cannot overlap, and backward reads are bounded.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from gigcheck.detectors.email_entities import unescape_entities
from gigcheck.detectors.email_reading import (
    IDENT,
    Label,
    account,
    anchor_starts,
    dot_words,
    placeholder,
    provider_handles,
    read_domain,
    read_local,
    tld_ok,
)
from gigcheck.detectors.email_vocab import EmailVocab, may_hold_email, squash
from gigcheck.regex_cache import cached_regex
from gigcheck.text.normalized import Normalized

__all__ = [
    "EmailMatch", "EmailVocab", "find_emails", "find_reversed", "may_hold_email", "read_symbols", "unescape_entities",
]

PLAIN = "plain"
DISGUISED = "disguised"
PROVIDER = "provider"


@dataclass(frozen=True, slots=True)
class EmailMatch:
    """An address found at view text ``[start, end)``; `value` is ``local@domain``."""

    start: int
    end: int
    value: str
    form: str  # PLAIN, DISGUISED or PROVIDER (named by its mail provider only)


def find_emails(norm: Normalized, ev: EmailVocab) -> list[EmailMatch]:
    """Email addresses in `norm.text` (a lower-case normalized view), in text order."""
    s = norm.text
    found = _at_addresses(s, ev)
    if any(name in s for name in ev.gate_providers):
        found.extend(_named_accounts(s, found, ev))
    return [
        e for e in _first_of_overlapping(found)
        if not (_masked(norm.source[slice(*norm.span(e.start, e.end))]) and not ev.placeholders.owned(s, e.start))
    ]


# A run of mask characters where letters were hidden ("j***@g***.com"); the view drops them.
_MASK_RUN = cached_regex(r"[*•●]{2,}")
_MASK_CHARS = cached_regex(r"[*•●]")


def _masked(written: str) -> bool:
    """An address with its name masked, as data work shows it ("I mask emails in your CRM
    export: j***@g***.com", "jo****@gmail.com"): no one can write to it (rt24
    disguise negative), unless the seller claims it ("my email: mark***@gmail.com"). One
    run of hidden letters in the name, no more: "m*a*r*k@gmail.com" and "m**a**r**k@..."
    put a separator after every letter and stay addresses."""
    local = written.partition("@")[0]
    runs = _MASK_RUN.findall(local)
    return len(runs) == 1 and len(_MASK_CHARS.findall(local)) == len(runs[0])


def read_symbols(norm: Normalized, ev: EmailVocab) -> Normalized | None:
    """`norm` with the pack's symbols for "@" and "." read as them ("anna🌀gmail•com"
    -> "anna@gmail.com"), character for character (offsets kept); None when it has none."""
    if norm.text.isascii() or ev.symbol_chars.isdisjoint(norm.text):
        return None
    return Normalized(norm.text.translate(ev.symbols), norm.origin, norm.source)


# A word holding one "@": what a reversed address looks like ("moc.liamg@kram").
_AT_WORD = cached_regex(r"(?<![\w.+-])[\w.+-]{1,64}@[\w.-]{1,64}(?![\w-])")


def find_reversed(norm: Normalized, ev: EmailVocab) -> list[EmailMatch]:
    """Addresses written backwards ("moc.liamg@kram" = kram@gmail.com): a word with
    "@" that, read right to left, is an address on a known provider or with a listed
    domain ending whose reading forwards is not one ("moc.liamg" ends in no listed
    ending). `value` is the address read the right way round."""
    out: list[EmailMatch] = []
    s = norm.text
    if "@" not in s:
        return out
    for m in _AT_WORD.finditer(s):
        word = m.group().rstrip(".-")  # a full stop after the address ends the sentence
        local, _, domain = word[::-1].partition("@")
        labels = domain.split(".")
        forward_tld = word.rsplit(".", 1)[-1] if "." in word.split("@", 1)[1] else ""
        if len(labels) < 2 or not all(labels) or not local.strip(".-+"):
            continue
        known = domain in ev.providers.values() or labels[-1] in ev.tlds
        if known and forward_tld not in ev.tlds and labels[-1] not in ev.file_ext:
            out.append(EmailMatch(m.start(), m.start() + len(word), f"{local}@{domain}", DISGUISED))
    return out


@dataclass(frozen=True, slots=True)
class _Address:
    """What stands around one "@" form: the name before it, the domain labels after it."""

    at: re.Match[str]
    start: int  # where the name starts
    tokens: list[str]  # the name's parts between written-out dots ("sara dot k")
    local: str  # the tokens joined by "."
    labels: list[Label]
    dots: list[str]  # the kinds of dot between the labels (group names of `ev.dot`)

    @property
    def word_at(self) -> bool:
        return self.at.lastgroup == "word"

    @property
    def plain_at(self) -> bool:
        return self.at.lastgroup == "sym" and self.at.group() == "@"

    @property
    def disguised_local(self) -> bool:
        return len(self.tokens) > 1


def _at_addresses(s: str, ev: EmailVocab) -> list[EmailMatch]:
    """Addresses around the "@" forms: whole ones, and names with only their provider."""
    found: list[EmailMatch] = []
    # Searched at most once, and only when a provider-only name needs it.
    has_context = cache(lambda: ev.context.search(s) is not None)
    done = -1
    for start in anchor_starts(s, ev):
        if start < done:
            continue
        a = ev.at.match(s, start)
        if a is None:
            continue
        done = a.end()
        match = _address_at(s, a, ev, has_context)
        if match is not None:
            found.append(match)
    return found


def _address_at(s: str, a: re.Match[str], ev: EmailVocab, has_context: Callable[[], bool]) -> EmailMatch | None:
    """The address around the "@" form `a`, or None."""
    labels, dots = read_domain(s, a.end(), ev)
    if len(labels) == 1 and labels[0][2] in ev.dotless_domains:
        labels, dots = _dotted(labels[0], ev.dotless_domains[labels[0][2]])
    # A domain needs two labels or a provider's name ("a@a@a..." has neither).
    if not labels or (len(labels) == 1 and labels[0][2] not in ev.bare_providers):
        return None
    read = read_local(s, a.start(), ev)
    if read is None:
        return None
    local_start, local_text = read
    if local_text.endswith((".", "-", "+")):
        return None
    tokens = [t for t in ev.local_dot.split(local_text) if t]
    local = ".".join(tokens)
    if not any(ch.isalpha() for ch in local):
        return None  # "2.0 at github.com"
    # "IG @sun.studio" is a handle after a word; "sara @gmail.com" a spaced address.
    spaced = a.lastgroup == "sym" and a.group()[0] in " \t\n" and a.group()[-1] == "@"
    if spaced and ".".join(t for _, _, t in labels[:2]) not in ev.domains:
        return None
    # "I use Gmail @gmail.com addresses", "staff get @gmail.com inboxes": a
    # prose word or the provider's own name before a spaced "@" names no one's mailbox.
    if spaced and (local.lower() in ev.not_local or local.lower() in (labels[0][2], *ev.providers)):
        return None
    around = _Address(a, local_start, tokens, local, labels, dots)
    k = _domain_length(s, around, ev)
    if k is not None:
        return _whole_address(s, around, k, ev)
    return _provider_only(around, ev, has_context)


def _dotted(label: Label, domain: str) -> tuple[list[Label], list[str]]:
    """A provider's domain read without its dots ("gmailcom", "orangefr": written so, or
    spelled a dot after every letter, "o.r.a.n.g.e.f.r", which the view joins) as its
    labels, placed within the one label read. why ("c.l.a.i.r.e@o.r.a.n.g.e.f.r")."""
    start, end, _ = label
    out: list[Label] = []
    pos = start
    for part in domain.split("."):
        out.append((pos, min(end, pos + len(part)), part))
        pos += len(part)
    return out, ["dword"] * (len(out) - 1)


def _domain_length(s: str, c: _Address, ev: EmailVocab) -> int | None:
    """How many labels make the domain: the longest run that ends with an acceptable
    domain ending; None when there is none, or the words around say it is prose."""
    weak_at = c.word_at and c.at.group().strip() in ev.weak
    weak_dots = {"dword"} if c.labels and dot_words(s, c.labels) <= ev.weak else set()
    for k in range(len(c.labels), 1, -1):
        ks = c.dots[: k - 1]
        real_dots = all(d == "dsym" for d in ks)
        if not tld_ok(c.labels[k - 1][2], strict=not (c.plain_at and real_dots), ev=ev):
            continue
        names = [t for _, _, t in c.labels[:k]]
        if _not_a_domain(names, c, ev):
            return None
        weak = weak_at and all(d == "dsym" or d in weak_dots for d in ks)
        if weak and not c.disguised_local and not _address_despite_words(s, c, names[0], real_dots, ev):
            return None
        return k
    return None


def _not_a_domain(names: list[str], c: _Address, ev: EmailVocab) -> bool:
    """Labels that only look like a domain, or a word "at" between prose."""
    if c.word_at and names[0] in ev.not_domain:
        return True
    if re.fullmatch(r"\d+x", names[0]):  # "logo@2x.png"
        return True
    if all(n.isdigit() for n in names):  # "deploy@203.0.113.10"
        return True
    return c.word_at and len(c.tokens) == 1 and c.local in ev.not_local  # "look at gmail.com", "I am at home dot com"


def _address_despite_words(s: str, c: _Address, first: str, real_dots: bool, ev: EmailVocab) -> bool:
    """Whether an address written with only ordinary words is one anyway: "portfolio
    at behance.net", "world at some point in" are prose; "sara.k at behance.net", "x at
    gmail point com" and "E-mail: lam at cs.stanford.edu" are not.

    (A word like "email" before helps only with real dots: "contact ... the world at
    some point in time" stays prose.)"""
    return bool(
        IDENT.search(c.local)
        or first in ev.providers
        or (real_dots and ev.context.search(s, max(0, c.start - 40), c.start))
    )


def _whole_address(s: str, c: _Address, k: int, ev: EmailVocab) -> EmailMatch | None:
    """The address with the first `k` labels as its domain, unless it is none to report."""
    end = c.labels[k - 1][1]
    domain = ".".join(t for _, _, t in c.labels[:k])
    # "git@github.com:owner/repo" is an SSH remote, not an address.
    if end < len(s) and s[end] == ":" and end + 1 < len(s) and (s[end + 1].isalnum() or s[end + 1] in "/~"):
        return None
    # "Your link-in-bio at linktr.ee/yourname": a word "at" before a web address with its
    # path is where the page is, not a disguised mailbox (rt13 placeholder).
    if c.word_at and s[end:end + 1] == "/" and s[end + 1:end + 2].isalnum():
        return None
    if placeholder(c.local, domain, ev, s, c.start) or domain in ev.allowed_domains:
        return None
    plain = c.plain_at and all(d == "dsym" for d in c.dots[: k - 1]) and not c.disguised_local
    return EmailMatch(c.start, end, f"{c.local}@{domain}", PLAIN if plain else DISGUISED)


def _provider_only(c: _Address, ev: EmailVocab, has_context: Callable[[], bool]) -> EmailMatch | None:
    """Only the provider: "jane_doe at gmail", "kay(at)hotmail"."""
    name = c.labels[0][2]
    if name not in ev.bare_providers:
        return None
    if c.word_at:
        if c.local in ev.not_local:
            return None
        if not IDENT.search(c.local) and not has_context():
            return None
    domain = ev.providers[name]
    if placeholder(c.local, domain, ev):
        return None
    return EmailMatch(c.start, c.labels[0][1], f"{c.local}@{domain}", PROVIDER)


def _named_accounts(s: str, found: list[EmailMatch], ev: EmailVocab) -> list[EmailMatch]:
    """Accounts named with their provider ("my gmail is rickyvoices") where no address
    of `found` stands."""
    taken = [(e.start, e.end) for e in found]
    out: list[EmailMatch] = []
    for m in provider_handles(s, ev):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        named = account(s, m, ev)
        if named is None:
            continue
        handle, end = named
        prov = m.group("prov")
        prov = ev.alias_names.get(squash(prov), prov)
        domain = ev.providers.get(prov, prov + ".com")
        out.append(EmailMatch(m.start(), end, f"{handle}@{domain}", PROVIDER))
    return out


def _first_of_overlapping(found: list[EmailMatch]) -> list[EmailMatch]:
    """`found` in text order; of overlapping matches, the one that starts first (the
    longest among those starting together)."""
    if len(found) <= 1:
        return found
    found.sort(key=lambda e: (e.start, -e.end))
    kept: list[EmailMatch] = []
    for e in found:
        if kept and e.start < kept[-1].end:
            continue
        kept.append(e)
    return kept
