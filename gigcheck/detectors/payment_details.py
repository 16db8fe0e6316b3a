"""Payment details: the account written after a service ("UPI: priya@okaxis", "Pix
(celular): +55 …"), "$cashtags" and "@names" after the services that use them, UPI
addresses, and IBANs and crypto wallet addresses checked, not just shaped (checksums.py):
an IBAN must have its country's length and valid check digits (ISO 13616, mod 97), a
wallet address (Bitcoin, Litecoin, Dogecoin, TRON) its Base58Check or Bech32 checksum, so
order numbers and hashes that look alike are left alone. A wallet-shaped string whose
checksum fails is still one when a coin or a wallet is named right around it ("Send LTC to
ltc1q…"): a mistyped address is still an offer to be paid there.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from gigcheck.detectors.checksums import BECH_COINS, base58check_coin, bech32_coin, iban_ok
from gigcheck.detectors.lexicon_gate import ascii_view
from gigcheck.detectors.payment_words import pay_words
from gigcheck.detectors.run_scan import RunScan, kinds
from gigcheck.detectors.triggers import CASHTAG, PAY_HANDLE, SERVICE, ChannelVocab
from gigcheck.regex_cache import cached_regex


@dataclass(frozen=True, slots=True)
class DetailMatch:
    start: int  # offsets: view offsets for "cashtag"/"handle", run text offsets otherwise
    end: int
    kind: str  # iban | btc | ltc | doge | trx | eth | cashtag | handle | upi
    value: str


# An account right after a service: an address (also written "name at host dot com"), a
# handle, a cashtag, a number, a bank's SWIFT/BIC code. The local part is bounded (64
# characters at most): glued text without spaces is not read to its end.
_ACCOUNT = cached_regex(
    r"[\w.+\-]{1,64}@[\w\-]+(?:\.[\w\-]+){0,4}"
    r"|[\w.+\-]{1,64}\s?[(\[]?\s?at\s?[)\]]?\s[\w\-]+\s?[(\[]?\s?(?:\.|dot)\s?[)\]]?\s?[a-z]{2,}"
    r"|@[\w][\w.\-]{1,40}|\$[a-z][\w]{1,19}|\+?\(?\d[\d\s().\-/]{5,}\d"
    r"|[a-z]{6}\d[a-z0-9](?:[a-z0-9]{3})?(?![\w@])"
)

_KEY = cached_regex(r"(?=(?:[a-z\-]*\d){2})[a-z0-9][a-z0-9\-]{5,40}(?![\w@])")


_NOTE = cached_regex(r"[ \t]*[(\[][^()\[\]\n]{1,24}[)\]]")
_IN_BRACKETS = cached_regex(r"[ \t]*[(\[][ \t]*([^()\[\]\n]{6,40}?)[ \t]*[)\]]")
_CASHTAG = cached_regex(r"\$[a-z][a-z0-9_]{1,19}(?![\w$])")
_AT_HANDLE = cached_regex(r"@[\w][\w.\-]{1,40}")


# What follows a service as its account, read up to 40 characters after at most two short
# words ("to", "an IBAN"): letters of a country code, then digits, masks and separators
# ("IBAN XX00 0000 0000 0000 00").
_ACCOUNT_AHEAD = cached_regex(
    r"[ \t:：\-–]{0,4}(?:[^\W\d_]{1,8}[ \t:：]{1,3}){0,2}((?:[a-z]{2})?[\dx][\dx \t.\-/]{5,40})"
)


def _filler_account(value: str) -> bool:
    """An account of one repeated digit, masked or not ("0000 0000 0000", "XX00 0000
    0000"): a form's stand-in no bank gives out. (Not an address or a handle.)"""
    value = re.sub(r"[\s.\-/]+", "", value.lower())
    digits = "".join(ch for ch in value if ch.isdigit())
    masked = value[2:] if value[:2].isalpha() else value
    return len(digits) >= 6 and len(set(digits)) == 1 and not masked.strip("0123456789x")


def filler_after(text: str, end: int) -> bool:
    """A stand-in account right after the service at `end` (`text` the folded words view)."""
    m = _ACCOUNT_AHEAD.match(text, end)
    return m is not None and _filler_account(m.group(1))


def account_after(scan: RunScan, cv: ChannelVocab, end: int, ambiguous: bool) -> tuple[int, int] | None:
    """The span of an account right after the service at `end`, if any. After a service that is also an
    ordinary word ("Swift", "Pix", "Wise") only behind a label ("Pix (celular): +55 …"),
    and not an "@name" ("Swift: @MainActor" is code)."""
    text = scan.words.text
    inner = _IN_BRACKETS.match(text, end)
    if inner is not None and _ACCOUNT.fullmatch(inner.group(1)) is not None:
        digits = sum(ch.isdigit() for ch in inner.group(1))
        if digits >= 9 or (not ambiguous and "@" in inner.group(1)):
            return inner.span(1)  # "mi Bizum (612 555 019)": the account in brackets
        return None  # "Bitcoin (2009 - 2024)": years, not an account
    noted = None if ambiguous else _bank_note(text, end)
    if noted is not None:
        return noted
    pos = end
    named = False  # words that name the account ("till number", "chave")
    for rx in (_NOTE, cv.connect, cv.account_labels, cv.connect, cv.to_words):
        m = rx.match(text, pos)
        if m is not None:
            named = named or rx is cv.account_labels
            pos = m.end()
    if pos - end > 40:
        return None
    label = text[end:pos].strip()
    m = _ACCOUNT.match(text, pos)
    if m is None and (named or any(ch in ":=" for ch in label)):
        m = _KEY.match(text, pos)
    if m is None:
        return None
    if ambiguous and (not label or m.group().startswith("@")):
        return None
    return m.span()


# A note in brackets a word or two after a bank service, holding a bank's name and an
# account number among other words ("계좌이체 가능합니다 (국민 123-45-6789-012, 예금주 김하늘)",
# "transferencia (BBVA 0182 1234 5678 9012, titular Ana Ruiz)"); a word up to 20 letters, as the
# folded view spells Hangul in its jamo ("가능합니다" is 13). Bounded pieces: linear.
_NOTE_AHEAD = cached_regex(r"(?:[ \t]+[^\W\d_]{1,20}){0,2}[ \t]*[(\[]([^()\[\]\n]{9,60})[)\]]")
# (not inside a decimal: "1,500.50" is an amount)
_BANK_NUMBER = cached_regex(
    r"(?<!\w)(?<!\d[.,])(?:\d{2,8}(?:[ \-]\d{2,8}){1,5}|\d{9,20})(?![\w%]|[.,]\d)"
)
_BANK_DIGITS = 9  # fewer make a date ("API 2024-06-20"), an amount or a count


def _bank_note(text: str, end: int) -> tuple[int, int] | None:
    """The span of an account number in a bracketed note right after the service at
    `end` (`_NOTE_AHEAD`): the seller's account, whatever else the note says."""
    note = _NOTE_AHEAD.match(text, end)
    if note is None:
        return None
    for m in _BANK_NUMBER.finditer(note.group(1)):
        if sum(map(str.isdigit, m.group())) >= _BANK_DIGITS:
            return note.start(1) + m.start(), note.start(1) + m.end()
    return None


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
            if not _stand_in(cv, m.group()):
                out.append(DetailMatch(t.start, m.end(), "cashtag", m.group()))
            continue
        m = _AT_HANDLE.match(text, pos)
        if m is not None and PAY_HANDLE in ks and (m.end() >= len(text) or text[m.end()] != "@"):
            ident = m.group().rstrip(".-")
            if not _stand_in(cv, ident):
                out.append(DetailMatch(t.start, m.start() + len(ident), "handle", ident))
    # A UPI address, wherever it stands ("Send the advance to rahul@ybl on PhonePe"): its
    # provider suffix has no dot, so it is no email address, only an account to pay.
    if "@" in text:
        for m in pay_words(cv).vpa.finditer(text):
            if not any(d.start <= m.start() < d.end for d in out):
                out.append(DetailMatch(m.start(), m.end(), "upi", m.group()))
    if "$" in text:
        out += _cashtags_in_sentences(scan, cv, out)
    return out


def _cashtags_in_sentences(scan: RunScan, cv: ChannelVocab, found: list[DetailMatch]) -> list[DetailMatch]:
    """A cashtag anywhere in a sentence that names Cash App ("Cash App: send to $luna"), not
    one of `found`."""
    text = scan.words.text
    out = []
    for m in _CASHTAG.finditer(text):
        if any(d.start <= m.start() < d.end for d in found):
            continue
        s0, s1 = scan.sentence(m.start())
        if m.start() > 0 and text[m.start() - 1].isalnum():
            continue
        if any(CASHTAG in kinds(x) for x in scan.context(cv, s0, s1)) and not _stand_in(cv, m.group()):
            out.append(DetailMatch(m.start(), m.end(), "cashtag", m.group()))
    return out


def _stand_in(cv: ChannelVocab, tag: str) -> bool:
    """A "$cashtag" or "@name" of a template, made of placeholder words as webmail names must be
    ("$yourname", "@your_name"; anyone may register "$yourbrand"). why (rt57 subject: a fintech
    UI with a "`$yourname` cashtag profile" screen)."""
    return cv.placeholders.is_placeholder(tag.lstrip("$@"), strict=True)


# Wallet shapes are wide (any letters and digits): the checksum, or a coin named around
# a mistyped one, decides.
_DETAILS = cached_regex(
    r"(?<![A-Za-z0-9])(?:"
    # An IBAN's groups may go on over a line break ("TR33 0006 1005 1978⏎6457 8413 26"):
    # its length and check digits decide.
    # Written in lower case too ("iban: de89 3704 …"): the check digits decide.
    r"(?P<iban>[A-Za-z]{2}\d{2}(?:[ \n]?[A-Za-z0-9]{4}){2,7}(?:[ \n]?[A-Za-z0-9]{1,3})?)"
    r"|(?P<bech>(?:bc|ltc|tb|BC|LTC|TB)1[A-Za-z0-9]{11,87})"
    r"|(?P<b58>[13LMDT][A-Za-z0-9]{25,34})"
    r"|(?P<eth>0x[0-9a-fA-F]{40})"
    r")(?![A-Za-z0-9])"
)

_B58_FIRST = {"1": "btc", "3": "btc", "L": "ltc", "M": "ltc", "D": "doge", "T": "trx"}

_NEAR_BEFORE, _NEAR_AFTER = 60, 30


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
    return "AA11" in shape or "aa11" in shape or _RUN25 in shape.translate(_UNIFORM)


def find_account_details(
    text: str, iban_lengths: dict[str, int], coin_words: re.Pattern[str] | None = None
) -> list[DetailMatch]:
    """IBANs and crypto wallet addresses in raw run text (case matters for them).
    `coin_words` finds what names a coin or a wallet ("BTC", "wallet"): a wallet-shaped
    string near one is reported even when its checksum fails."""
    if not may_hold_details(text):
        return []
    out: list[DetailMatch] = []
    for m in _DETAILS.finditer(text):
        kind = m.lastgroup
        value = m.group()
        if kind == "iban":
            compact = value.replace(" ", "").replace("\n", "").upper()
            if iban_lengths.get(compact[:2]) == len(compact) and iban_ok(compact):
                out.append(DetailMatch(m.start(), m.end(), "iban", compact))
        elif kind in ("bech", "b58"):
            coin = bech32_coin(value) if kind == "bech" else base58check_coin(value)
            if coin is None and _looks_random(value) and _coin_near(text, m.start(), m.end(), coin_words):
                coin = BECH_COINS.get(value.lower().partition("1")[0]) if kind == "bech" else _B58_FIRST[value[0]]
            if coin is not None:
                out.append(DetailMatch(m.start(), m.end(), coin, value))
        elif kind == "eth":
            hexpart = value[2:]
            if len(set(hexpart.lower())) > 4:  # not 0x000…0 or 0xffff…
                out.append(DetailMatch(m.start(), m.end(), "eth", value))
    return out


def _looks_random(value: str) -> bool:
    """Letters and digits mixed like an encoded key, not a word or a number."""
    return any(c.isdigit() for c in value) and sum(c.isalpha() for c in value) >= len(value) // 3


def _coin_near(text: str, start: int, end: int, coin_words: re.Pattern[str] | None) -> bool:
    if coin_words is None:
        return False
    return coin_words.search(text, max(0, start - _NEAR_BEFORE), start) is not None or (
        coin_words.search(text, end, end + _NEAR_AFTER) is not None
    )


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
        if (h == eh or h.endswith("." + eh)) and (not ep or path.strip("/").startswith(ep)):
            return entry
    return None
