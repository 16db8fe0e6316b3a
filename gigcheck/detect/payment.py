"""Payments outside the marketplace: services offered as a way to pay ("pay via PayPal",
"Payment: Payoneer or crypto", "Aceito Pix"), paying outside said outright ("skip the
fees", "pay me directly"), and payment details (IBANs, crypto wallet addresses,
`$cashtags`, "venmo @name").

Offers work on the trigger scan of a run (triggers.py): a service named with a pay word
right next to it ("pay via", "accepted", "only", "transfer") or followed by an account
("Payoneer account: finance@…", "GCash 0917 …") is an offer; with a pay word elsewhere in
its clause it is a weaker one (a warning). A work subject next to the service ("PayPal
checkout integration", "Payoneer vs Wise", "Bitcoin whitepaper") or in the clause of a
weak one, a negation ("I do not accept payments outside Fiverr") or the marketplace as
the way ("pay with PayPal on Fiverr") undo it.

Details are checked, not just shaped: an IBAN must have its country's length and valid
check digits (ISO 13616, mod 97), a Bitcoin address its Base58Check or Bech32 checksum,
so order numbers and hashes that look alike are left alone.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from .lexicon import Match, ascii_view
from .triggers import (
    CASHTAG,
    NEG,
    OFF,
    PAY_CUE,
    PAY_HANDLE,
    PAY_MARKET,
    PAY_OFF,
    PAY_TOPIC,
    PAY_VERB,
    PAY_WORD,
    REFUSAL,
    SERVICE,
    SERVICE_AMBIGUOUS,
    ChannelVocab,
    RunScan,
    kinds,
    refused,
    words_between,
)

STRONG = "strong"  # an offer (error)
WEAK = "weak"  # a service near payment words (warning)
OUTSIDE = "outside"  # paying outside said outright (error)


@dataclass(frozen=True, slots=True)
class OfferMatch:
    start: int  # view offsets
    end: int
    service: str | None  # as written (normalized), None for "pay outside"
    strength: str


@dataclass(frozen=True, slots=True)
class DetailMatch:
    start: int  # offsets: view offsets for "cashtag"/"handle", run text offsets otherwise
    end: int
    kind: str  # iban | btc | eth | cashtag | handle
    value: str


# An account right after a service: an address, a handle, a cashtag or a number.
_ACCOUNT = re.compile(r"[\w.+\-]+(?:@|\s?[(\[]?\s?at\s?[)\]]?\s)[\w\-]+|@[\w][\w.\-]{1,40}|\$[a-z][\w]{1,19}|\+?\(?\d[\d\s().\-]{5,}\d")
_CASHTAG = re.compile(r"\$[a-z][a-z0-9_]{1,19}(?![\w$])")
_AT_HANDLE = re.compile(r"@[\w][\w.\-]{1,40}")


def find_offers(scan: RunScan, cv: ChannelVocab, details: list[DetailMatch]) -> list[OfferMatch]:
    """Offers of off-platform payment in a run, one per sentence (none in a sentence
    that already holds a payment detail: that finding says it)."""
    out: list[OfferMatch] = []
    done: set[tuple[int, int]] = set()
    for t in scan.triggers:
        ks = kinds(t)
        if not ks & {SERVICE, SERVICE_AMBIGUOUS, PAY_OFF}:
            continue
        sent = scan.sentence(t.start)
        if sent in done:
            continue
        if any(sent[0] <= d.start < sent[1] for d in details if d.kind in ("cashtag", "handle")):
            continue
        found = _judge(scan, cv, t, ks, sent)
        if found is not None:
            done.add(sent)
            out.append(found)
    return out


def _negated(scan: RunScan, cv: ChannelVocab, at: int) -> bool:
    c0, _ = scan.clause(at)
    text = scan.text
    return any(
        kinds(m) & {NEG, REFUSAL} and m.end <= at and words_between(text, m.end, at) <= 6
        for m in scan.context(cv, c0, at)
    )


def _judge(scan: RunScan, cv: ChannelVocab, t: Match, ks: set[str], sent: tuple[int, int]) -> OfferMatch | None:
    text = scan.text
    s0, s1 = sent
    if _negated(scan, cv, t.start) or refused(scan, cv, t.end):
        return None
    ctx = scan.context(cv, s0, s1)
    if PAY_OFF in ks:
        # "every payment should go through Fiverr, even if a client asks to pay directly":
        # the marketplace named apart from the phrase (not "pay outside Fiverr") undoes it.
        if any(PAY_MARKET in kinds(m) and (m.end <= t.start or words_between(text, t.end, m.start) > 2) for m in ctx):
            if not any(OFF in kinds(o) and s0 <= o.start < s1 for o in scan.triggers):
                return None
        return OfferMatch(t.start, t.end, None, OUTSIDE)
    if t.end < len(text) - 1 and text[t.end] == "-" and text[t.end + 1].isalpha():
        return None  # "Cash App-style", "Bitcoin-themed"
    if _account_after(scan, cv, t.end):
        return OfferMatch(t.start, t.end, t.text, STRONG)  # "Payoneer account: finance@…"
    c0, c1 = scan.clause(t.start)
    # Subject next to it: "PayPal checkout", "Stripe and PayPal payment gateway".
    for m in ctx:
        if PAY_CUE in kinds(m):
            gap = words_between(text, t.end, m.start) if m.start >= t.end else words_between(text, m.end, t.start)
            if gap <= 2:
                return None
    if any(PAY_TOPIC in kinds(m) for m in ctx):
        return None  # "an article: how to pay with PayPal safely"
    outside = any(
        (PAY_OFF in kinds(o) or OFF in kinds(o)) and s0 <= o.start < s1 and not _negated(scan, cv, o.start)
        for o in scan.triggers
    )
    if not outside and any(PAY_MARKET in kinds(m) for m in ctx):
        return None  # "pay with PayPal on Fiverr", "payment via Fiverr's checkout only"
    service = t.text
    if outside:
        return OfferMatch(t.start, t.end, service, STRONG)
    near = 1  # "pay via PayPal", "aceito pagamento por Pix", "PayPal transfer works"
    # Context words inside the service's own name ("bank transfer") do not count.
    ctx = [m for m in ctx if m.end <= t.start or m.start >= t.end]
    for m in ctx:
        if not kinds(m) & {PAY_WORD, PAY_VERB}:
            continue
        if m.end <= t.start and words_between(text, m.end, t.start) <= near:
            return OfferMatch(min(m.start, t.start), t.end, service, STRONG)
        if m.start >= t.end and words_between(text, t.end, m.start) <= near:
            return OfferMatch(t.start, max(m.end, t.end), service, STRONG)
    if SERVICE not in ks:
        return None
    if any(PAY_CUE in kinds(m) and c0 <= m.start < c1 for m in ctx):
        return None
    if text[s0:s1].rstrip().endswith(("?", "？")):
        return None  # a question about a service is not an offer of it
    if any(PAY_VERB in kinds(m) and c0 <= m.start < c1 for m in ctx):
        return OfferMatch(t.start, t.end, service, WEAK)
    # Several services listed together, with no work around them ("Western Union or
    # MoneyGram for clients in Africa"): a menu of ways to pay.
    others = {o.text for o in scan.triggers if SERVICE in kinds(o) and s0 <= o.start < s1 and o.text != t.text}
    if others and not any(PAY_CUE in kinds(m) for m in ctx):
        return OfferMatch(t.start, t.end, service, WEAK)
    return None


def _account_after(scan: RunScan, cv: ChannelVocab, end: int) -> bool:
    text = scan.words.text
    c = cv.connect.match(text, end)
    pos = c.end() if c is not None else end
    return _ACCOUNT.match(text, pos) is not None and pos - end <= 20


def find_handle_details(scan: RunScan, cv: ChannelVocab) -> list[DetailMatch]:
    """"$cashtags" after Cash App and "@names" after Venmo, PayPal, Revolut ..."""
    out: list[DetailMatch] = []
    text = scan.words.text
    for t in scan.triggers:
        ks = kinds(t)
        if PAY_HANDLE not in ks and SERVICE not in ks:
            continue
        c = cv.connect.match(text, t.end)
        pos = c.end() if c is not None else t.end
        if pos - t.end > 20:
            continue
        m = _CASHTAG.match(text, pos)
        if m is not None:
            out.append(DetailMatch(t.start, m.end(), "cashtag", m.group()))
            continue
        m = _AT_HANDLE.match(text, pos)
        if m is not None and PAY_HANDLE in ks and (m.end() >= len(text) or text[m.end()] != "@"):
            ident = m.group().rstrip(".-")
            out.append(DetailMatch(t.start, m.start() + len(ident), "handle", ident))
    # A cashtag anywhere in a sentence that names Cash App ("Cash App: send to $luna").
    if "$" in text:
        for m in _CASHTAG.finditer(text):
            if any(d.start <= m.start() < d.end for d in out):
                continue
            s0, s1 = scan.sentence(m.start())
            if m.start() > 0 and text[m.start() - 1].isalnum():
                continue
            if any(CASHTAG in kinds(x) for x in scan.context(cv, s0, s1)):
                out.append(DetailMatch(m.start(), m.end(), "cashtag", m.group()))
    return out


# ---------------------------------------------------------------------- account numbers

_DETAILS = re.compile(
    r"(?<![A-Za-z0-9])(?:"
    r"(?P<iban>[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)"
    r"|(?P<bech>bc1[ac-hj-np-z02-9]{11,71})"
    r"|(?P<b58>[13][a-km-zA-HJ-NP-Z1-9]{25,34})"
    r"|(?P<eth>0x[0-9a-fA-F]{40})"
    r")(?![A-Za-z0-9])"
)
# Cheap test before the scan, on the text's shape (one str.translate, substring tests):
# an IBAN starts with two capitals and two digits ("AA11"); a wallet address is a run of
# 25+ letters and digits.
_SHAPE = {chr(c): " " for c in range(128)}
_SHAPE.update({c: "A" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"})
_SHAPE.update({c: "a" for c in "abcdefghijklmnopqrstuvwxyz"})
_SHAPE.update({c: "1" for c in "0123456789"})
_SHAPE_TABLE = str.maketrans(_SHAPE)
_UNIFORM = str.maketrans("A1", "aa")
_RUN25 = "a" * 25


def may_hold_details(text: str) -> bool:
    plain = ascii_view(text)
    if plain is None:
        return True
    shape = plain.translate(_SHAPE_TABLE)
    return "AA11" in shape or _RUN25 in shape.translate(_UNIFORM)


def find_account_details(text: str, iban_lengths: dict[str, int]) -> list[DetailMatch]:
    """IBANs and crypto wallet addresses in raw run text (case matters for them)."""
    if not may_hold_details(text):
        return []
    out: list[DetailMatch] = []
    for m in _DETAILS.finditer(text):
        kind = m.lastgroup
        value = m.group()
        if kind == "iban":
            compact = value.replace(" ", "")
            if iban_lengths.get(compact[:2]) == len(compact) and _iban_ok(compact):
                out.append(DetailMatch(m.start(), m.end(), "iban", compact))
        elif kind == "bech":
            if _bech32_ok(value):
                out.append(DetailMatch(m.start(), m.end(), "btc", value))
        elif kind == "b58":
            if _base58check_ok(value):
                out.append(DetailMatch(m.start(), m.end(), "btc", value))
        elif kind == "eth":
            hexpart = value[2:]
            if len(set(hexpart.lower())) > 4:  # not 0x000…0 or 0xffff…
                out.append(DetailMatch(m.start(), m.end(), "eth", value))
    return out


def _iban_ok(iban: str) -> bool:
    moved = iban[4:] + iban[:4]
    digits = "".join(str(int(c, 36)) for c in moved)
    return int(digits) % 97 == 1


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B58_INDEX = {c: i for i, c in enumerate(_B58)}


def _base58check_ok(s: str) -> bool:
    n = 0
    for c in s:
        n = n * 58 + _B58_INDEX[c]
    raw = n.to_bytes(25, "big") if n.bit_length() <= 200 else b""
    if len(raw) != 25 or raw[0] not in (0, 5):
        return False
    check = hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4]
    return check == raw[-4:]


_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_ok(s: str) -> bool:
    hrp, _, data = s.lower().rpartition("1")
    if hrp != "bc" or len(data) < 7:
        return False
    values = [_BECH.find(c) for c in data]
    if -1 in values:
        return False
    gen = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    chk = 1
    for v in [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp] + values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk in (1, 0x2BC830A3)  # Bech32 (v0) or Bech32m (Taproot)


def payment_link_host(url: str, host: str | None, hosts: list[str]) -> str | None:
    """The payment host entry a link matches ("paypal.me", "wise.com/pay"), if any."""
    if not host:
        return None
    from urllib.parse import urlsplit

    h = host.lower().rstrip(".")
    h = h.removeprefix("www.")
    try:
        path = urlsplit(url if "//" in url else "//" + url).path.lower()
    except ValueError:
        path = ""
    for entry in hosts:
        eh, _, ep = entry.partition("/")
        if h == eh or h.endswith("." + eh):
            if not ep or path.strip("/").startswith(ep):
                return entry
    return None
