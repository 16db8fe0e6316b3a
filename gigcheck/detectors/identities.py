"""Who a contact detail reaches: the identity the cross-gig check compares (GC901).

The contact and payment rules key each finding with what they matched, normalized
(`bob.smith@gmail.com`, `+447700900123`, `telegram:@bob_smith`, `iban:de89…`,
`https://t.me/bob_smith`), but also with phrases that name only a channel or a service
(`invitation:contact:whatsapp`, `pay:paypal`, `mention:zoom`). Only an identifier says
that two drafts lead to one person: two sellers who both write "message me on WhatsApp"
or "PayPal only" share a habit, not an account.

`identity` maps a finding's key (and the text it quotes) to one string per person-reaching
identifier, written the same however the seller wrote it, or None:

* ``email:bobsmith@gmail.com``  lower case, "+tag" dropped, dots dropped where the
  mailbox ignores them (`[vocab.email] identity_dotless_domains`), other names of a
  domain folded (`identity_domain_aliases`: googlemail.com is gmail.com);
* ``phone:+447700900123``       E.164, as the phone rule gives it; a chat link to a
  number (`wa.me/447700900123`, `?phone=`) is that number;
* ``telegram:bob_smith``        a handle with its channel, without "@"; a profile link
  (`t.me/bob_smith`, `instagram.com/bob`) with the channel its host names
  (`[vocab.links] handle_hosts`);
* ``url:host/path``             any other link to someone's page, without scheme, "www."
  and trailing "/";
* ``iban:…``, ``btc:…``, ``cashtag:$…`` payment accounts, as the payment rule gives them;
* ``account:…``                 an account written after a payment service ("UPI:
  priya@okaxis", "CLABE: 0121…", "Pix: 123.456.789-09"), as payment-off-platform keys it;
* ``detail:…``                  a contact detail read out of a link's address.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

from gigcheck.regex_cache import cached_regex

__all__ = ["IdentityVocab", "identity"]

# Kinds of payment detail the payment rule keys its findings with (detectors/payment_details.py
# DetailMatch.kind): each value is an account.
PAYMENT_KINDS = frozenset({"iban", "btc", "ltc", "doge", "trx", "eth", "cashtag", "account", "upi"})
# A handle without a known channel ("handle:@bob": a social handle, a Venmo name).
_ANY_CHANNEL = "handle"
# The payment rule's key of a payment link names only its host: the link is in the quote.
_PAYMENT_LINK = "link"

_EMAIL = cached_regex(r"[^\s@:/]{1,64}@[^\s@:/]{1,253}\.[^\s@:/.]{2,63}")
_PHONE = cached_regex(r"\+\d{6,15}")
_URL_START = cached_regex(r"(?:[a-z][a-z0-9+.\-]{0,31}://)?(?:www\.)?", re.IGNORECASE)
_HOSTISH = cached_regex(r"[\w\-]+(?:\.[\w\-]+)+(?::\d+)?/", re.IGNORECASE)
_HANDLE = cached_regex(r"[\w.\-#]{2,}", re.UNICODE)


@dataclass(frozen=True)
class IdentityVocab:
    """What makes two spellings one identity, from the pack's vocabulary."""

    channels: frozenset[str] = field(default_factory=frozenset)  # platform ids ("telegram")
    dotless: frozenset[str] = field(default_factory=frozenset)  # "gmail.com"
    domain_aliases: Mapping[str, str] = field(default_factory=dict)  # "googlemail.com" -> "gmail.com"
    handle_hosts: Mapping[str, str] = field(default_factory=dict)  # "t.me" -> "telegram"
    phone_hosts: frozenset[str] = field(default_factory=frozenset)  # "wa.me"
    path_sections: frozenset[str] = field(default_factory=frozenset)  # "in" of linkedin.com/in/bob

    @classmethod
    def from_tables(
        cls, channels: Mapping[str, Any], email: Mapping[str, Any], links: Mapping[str, Any]
    ) -> IdentityVocab:
        """From the pack's `[vocab.channels]`, `[vocab.email]` and `[vocab.links]`."""

        def words(table: Mapping[str, Any], key: str) -> frozenset[str]:
            return frozenset(str(w).lower() for w in table.get(key, ()))

        def pairs(table: Mapping[str, Any], key: str) -> dict[str, str]:
            return {str(k).lower(): str(v).lower() for k, v in table.get(key, {}).items()}

        return cls(
            channels=frozenset(str(p).lower() for p in channels.get("platforms", {})),
            dotless=words(email, "identity_dotless_domains"),
            domain_aliases=pairs(email, "identity_domain_aliases"),
            handle_hosts=pairs(links, "handle_hosts"),
            phone_hosts=words(links, "phone_link_hosts"),
            path_sections=words(links, "handle_path_sections"),
        )

def identity(key: str | None, quote: str, vocab: IdentityVocab) -> str | None:
    """The identity a finding's `key` (and `quote`, the text it points at) stands for,
    or None when it names no one (a channel, a service, an invitation)."""
    if not key:
        return None
    k = key.strip().lower()
    if _PHONE.fullmatch(k):
        return f"phone:{k}"
    if "@" in k and ":" not in k and _EMAIL.fullmatch(k):
        return email_identity(k, vocab)
    if "://" in k or _HOSTISH.match(k):
        return link_identity(k, vocab)
    prefix, colon, value = k.partition(":")
    if not colon:
        # a contact detail read out of a link's address (contact-in-link: "skype-bob.voice")
        return f"detail:{k}" if _HANDLE.fullmatch(k) else None
    if not value:
        return None
    if prefix == _PAYMENT_LINK:
        return link_identity(quote.strip().lower(), vocab) if "/" in quote else None
    if prefix in PAYMENT_KINDS:
        return f"{prefix}:{value}"
    if prefix in vocab.channels or prefix == _ANY_CHANNEL:
        return _handle(prefix, value.split("?", 1)[0])  # "skype:bob?call" is bob
    return None


def email_identity(address: str, vocab: IdentityVocab) -> str:
    """``Bob.Smith+fiverr@GoogleMail.com`` -> ``email:bobsmith@gmail.com``."""
    local, _, domain = address.lower().rpartition("@")
    domain = vocab.domain_aliases.get(domain, domain)
    local = local.split("+", 1)[0] or local
    if domain in vocab.dotless:
        local = local.replace(".", "")
    return f"email:{local}@{domain}"


def link_identity(url: str, vocab: IdentityVocab) -> str | None:
    """A link to someone's page or chat: ``https://www.t.me/Bob/`` -> ``telegram:bob``,
    ``wa.me/447700900123`` -> ``phone:+447700900123``; None for a site's home page."""
    u = url.strip().lower()
    start = _URL_START.match(u)
    u = u[start.end() :] if start else u
    try:
        parts = urlsplit("//" + u)
    except ValueError:
        return None
    host = (parts.hostname or "").removeprefix("www.")
    segments = [seg for seg in parts.path.split("/") if seg]
    query = parse_qs(parts.query)
    if host in vocab.phone_hosts:
        number = next(iter(query.get("phone", ())), segments[0] if segments else "")
        digits = re.sub(r"[\s().+\-]", "", number)
        if digits.isdigit() and 6 <= len(digits) <= 15:
            return f"phone:+{digits}"
    channel = vocab.handle_hosts.get(host)
    if channel is not None:
        # "linkedin.com/in/bob", "facebook.com/groups/bob": the name after a section;
        # "facebook.com/profile.php?id=100012": the id
        names = [seg for seg in segments if seg not in vocab.path_sections]
        name = next(iter(query.get("id", ())), names[0] if names else "")
        return _handle(channel, name) if name else None
    if not segments:
        return None  # the site itself names no one
    rest = "&".join(f"{k}={v}" for k, vs in sorted(query.items()) for v in vs)
    return f"url:{host}/{'/'.join(segments)}" + (f"?{rest}" if rest else "")

def _handle(channel: str, value: str) -> str | None:
    # "@bob", "bob." at a sentence's end; a meeting number or page name written with
    # spaces ("812 3456 7890", "rosa delgado songs") is one name
    name = "".join(value.split()).lstrip("@").rstrip(".,;:!?)")
    if not _HANDLE.fullmatch(name) or not any(c.isalnum() for c in name):
        return None
    return f"{channel}:{name}"

