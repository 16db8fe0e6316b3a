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
import unicodedata
from dataclasses import dataclass
from types import MappingProxyType
from typing import AbstractSet, Iterable, Mapping, Optional

from gigcheck.text.normalize import Normalized, trie_pattern

__all__ = ["EmailMatch", "EmailVocab", "find_emails", "may_hold_email", "unescape_entities"]

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


_WS = r"[ \t\n]"
_OPEN = r"[(\[{<«\"'“‘]"
_CLOSE = r"[)\]}>»\"'”’]"
_LABEL = r"[^\W_]+(?:-+[^\W_]+)*"  # letters/digits with inner hyphens; linear
_LOCAL_TOKEN = r"[^\W_][\w.+%-]{0,63}"
_LOCAL_LOOKBEHIND = r"(?<![\w.+%-])"
_IDENT = re.compile(r"[\d._-]")


def _glued(word: str) -> bool:
    """CJK words stand without spaces around them."""
    return all(unicodedata.east_asian_width(ch) in "WF" for ch in word)


def _alt(words: Iterable[str], spelled: bool = False) -> str:
    """Alternation of words, longest first; an inner space or hyphen is optional.

    With `spelled`, the letters of a word may also stand apart, each after at most one
    separator ("a t", "d.o.t"): the views join spaced letters only from three on, so
    a two-letter "a t" arrives as it was typed."""
    apart = r"[ .\-_*\u00b7]?" if spelled else ""
    parts = []
    for w in sorted({w.strip().lower() for w in words if w.strip()}, key=lambda w: (-len(w), w)):
        parts.append(r"[ \-]?".join(apart.join(map(re.escape, p)) for p in re.split(r"[ \-]", w)))
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


def _forms(latin: str, spelled: str, cjk: str, symbol: str, prefix: Optional[str]) -> list[str]:
    """The disguised spellings of one symbol ("@" or "."); `spelled` is `latin` with its
    letters allowed apart, accepted only inside brackets ("(a t)", "[d.o.t]"), where
    the brackets say the letters belong together.

    With a `prefix`, each is a named group (``<prefix>br``, ``<prefix>dash``, ...), so a
    match tells which kind it was; without one, plain groups."""

    def group(name: str) -> str:
        return f"(?P<{prefix}{name}>" if prefix is not None else "(?:"

    return [
        group("br") + rf"{_WS}{{0,2}}{_OPEN}{_WS}?(?:{spelled}|{cjk}|{symbol}){_WS}?{_CLOSE}{_WS}{{0,2}})",
        group("dash") + rf"{_WS}{{0,2}}[-_]{{1,2}}{_WS}?{latin}{_WS}?[-_]{{1,2}}{_WS}{{0,2}})",
        group("word") + rf"{_WS}{{1,3}}{latin}{_WS}{{1,3}})",
        group("cjk") + rf"{_WS}{{0,2}}{cjk}{_WS}{{0,2}})",
    ]


class EmailVocab:
    """The pack's `[vocab.email]` (and the possessives of `[vocab.grammar]`), compiled
    once per pack (scan/vocabulary.py)."""

    def __init__(self, vocab: Mapping, grammar: Mapping = MappingProxyType({})) -> None:
        def words(key: str) -> list[str]:
            return [str(w).lower() for w in vocab.get(key, [])]

        at_words, dot_words = words("at_words"), words("dot_words")
        at_latin = _alt(w for w in at_words if not _glued(w))
        at_spelled = _alt((w for w in at_words if not _glued(w)), spelled=True)
        at_cjk = _alt(w for w in at_words if _glued(w))
        dot_latin = _alt(w for w in dot_words if not _glued(w))
        dot_spelled = _alt((w for w in dot_words if not _glued(w)), spelled=True)
        dot_cjk = _alt(w for w in dot_words if _glued(w))

        self.domains = {d.lower() for d in vocab.get("providers", [])}
        need_tld = set(words("provider_names_need_tld"))
        # provider name -> its domain ("gmail" -> "gmail.com"); the first listed wins.
        self.providers: dict[str, str] = {}
        for d in vocab.get("providers", []):
            self.providers.setdefault(d.lower().split(".", 1)[0], d.lower())
        self.aliases = {str(k).lower(): str(v).lower() for k, v in vocab.get("provider_aliases", {}).items()}
        # Aliases keyed without spaces and hyphens, as the pattern lets them vary.
        self.alias_names = {_squash(k): v for k, v in self.aliases.items()}
        self.bare_providers = {p for p in self.providers if p not in need_tld}
        self.tlds = set(words("tlds"))
        self.file_ext = set(words("file_extensions"))
        self.placeholder_domains = set(words("placeholder_domains"))
        self.placeholder_tlds = set(words("placeholder_tlds"))
        self.placeholder_prefixes = tuple(words("placeholder_prefixes"))
        self.placeholder_locals = set(words("placeholder_locals"))
        self.not_local = set(words("not_local"))
        self.not_domain = set(words("not_domain"))
        self.weak = set(words("weak_words"))
        self.not_handle = set(words("not_handle"))
        self.allowed_domains = set(words("allowed_domains"))
        self.context = re.compile(
            r"(?<![^\W_])" + _alt(words("context_words")) + r"(?![^\W_])"
        )
        self.possessives = {str(w).lower() for w in grammar.get("possessives", ())}

        # "@" forms. `sym` is "@" itself (doubled, or with spaces around it).
        self.at = re.compile(
            "|".join([rf"(?P<sym>{_WS}{{0,3}}@{{1,3}}{_WS}{{0,3}})", *_forms(at_latin, at_spelled, at_cjk, "@", "")])
        )
        # "." forms; `sym` is "." itself, `spaced` a "." with spaces around it.
        self.dot = re.compile(
            "|".join(
                [
                    r"(?P<dsym>\.{1,3})(?![ \t\n])",
                    # Spaces on both sides, or before only: "gmail . com", "gmail .com";
                    # never after only, which ends a sentence ("at home. It ...").
                    rf"(?P<dspaced>{_WS}{{1,2}}\.{{1,3}}{_WS}{{0,2}})",
                    *_forms(dot_latin, dot_spelled, dot_cjk, r"\.", "d"),
                ]
            )
        )
        alias = _alt(self.aliases)
        self.label = re.compile(rf"(?P<alias>{alias})(?![^\W_])|{_LABEL}")
        # The name before an "@" form: tokens joined by written-out dots ("sara dot
        # designs"); it must end exactly where the "@" form starts (searched with endpos).
        # (In names, also " . " with spaces on both sides: "j o h n . d o e @ ...".)
        local_dot = "|".join([*_forms(dot_latin, dot_spelled, dot_cjk, r"\.", None), rf"{_WS}{{1,2}}\.{_WS}{{1,2}}"])
        self.local = re.compile(
            rf"{_LOCAL_LOOKBEHIND}{_LOCAL_TOKEN}(?:(?:{local_dot}){_LOCAL_TOKEN}){{0,5}}\Z"
        )
        self.local_dot = re.compile(local_dot)
        self.local_dot_end = re.compile(rf"(?:{local_dot})\Z")
        # Provider named with the account: "my gmail is rickyvoices", "protonmail: x42".
        names = _alt([*words("account_providers"), *self.aliases])
        nouns = _alt(words("account_nouns"))
        verbs = _alt(words("account_verbs"))
        # "I'm on hotmail as brandon_3d": `as` is a verb only after a presence word.
        presence_verbs = _alt(words("presence_verbs"))
        self.presence_words = set(words("presence_words"))
        self.provider_handle = re.compile(
            rf"(?<![\w@.])(?P<prov>{names})(?:{_WS}+{nouns}){{0,2}}"
            rf"(?:{_WS}*[:=→>]{{1,2}}{_WS}*|{_WS}+[-–—]{{1,2}}{_WS}+|{_WS}+{verbs}{_WS}+(?:[:=]{_WS}*)?"
            rf"|{_WS}+(?P<as>{presence_verbs}){_WS}+|{_WS}*(?P<open>[(\[]){_WS}?)"
            rf"(?P<handle>[^\W\d_][\w.+-]{{2,63}})"
        )
        # Where "@" forms may start, for `find_emails`: each pattern starts with a
        # character class, so a scan skips to those characters at C speed (the full
        # alternation above, tried at every position, costs ~100 µs per KB).
        at_trie = _trie(w for w in at_words if not _glued(w))
        self.scan = [
            re.compile(rf"{_OPEN}[ \t\n]?(?:{at_spelled}|{at_cjk}|@)"),
            re.compile(rf"[-_]{{1,2}}[ \t\n]?{at_latin}[ \t\n]?[-_]"),
            re.compile(rf"[ \t\n]{at_trie}[ \t\n]"),
        ]
        self.scan_cjk = re.compile(at_cjk)
        # For `may_hold_email` on raw text: bracketed and dashed forms and CJK words
        # (rare characters start each, so the scan is fast); word forms ("at",
        # "arroba") and provider names are looked up among the text's words instead.
        self.gate_bracket = re.compile(rf"{_OPEN[:-1]}\-_]{_WS}?(?:{at_spelled}|@){_WS}?{_CLOSE[:-1]}\-_]")
        self.gate_cjk = re.compile(at_cjk)
        self.at_tokens = frozenset(w for w in at_words if " " not in w and "-" not in w and not _glued(w))
        self.gate_providers = tuple(words("account_providers"))
        # `ev.hint.search(text)`: the same test as an object with a regex's `search`
        # (truthy when an address may be there), for callers that expect a pattern.
        self.hint = _Hint(self)
        self.provider_tokens = frozenset(
            v for name in self.gate_providers if " " not in name
            for v in (name, "(" + name, *(name + p for p in ",.;:!?)"))
        )
        self.alias_tokens = {k.split(" ")[0]: k for k in self.gate_providers if " " in k}
        self.alias_first = frozenset(self.alias_tokens)


class _Hint:
    __slots__ = ("ev",)

    def __init__(self, ev: "EmailVocab") -> None:
        self.ev = ev

    def search(self, text: str) -> Optional[bool]:
        return True if may_hold_email(text.lower(), self.ev) else None


def _trie(words: Iterable[str]) -> str:
    """A trie-shaped alternation (see `trie_pattern`); inner spaces and hyphens are
    optional, as in `_alt`."""
    return trie_pattern((w.strip().lower() for w in words), lambda ch: r"[ \-]?" if ch in " -" else re.escape(ch))


def _anchor_starts(s: str, ev: EmailVocab) -> list[int]:
    """Where "@" forms may start in `s`, moved back over up to three spaces (the forms
    include the spaces around them)."""
    starts = []
    i = s.find("@")
    while i >= 0:
        starts.append(i)
        i = s.find("@", i + 1)
    for pattern in ev.scan:
        starts.extend(m.start() for m in pattern.finditer(s))
    if not s.isascii():
        starts.extend(m.start() for m in ev.scan_cjk.finditer(s))
    out = []
    for i in sorted(set(starts)):
        j = i
        while j > 0 and i - j < 3 and s[j - 1] in " \t\n":
            j -= 1
        out.append(j)
    return out


_LOCAL_CHARS = frozenset("_+%-.")


def _read_local(s: str, end: int, ev: EmailVocab) -> Optional[tuple[int, str]]:
    """The name that ends at `end` (where the "@" form starts): (start, text), or None.

    Usually one token ("sara.designs"), read backward character by character; when a
    written-out dot comes before it ("sara dot designs"), the bounded pattern
    `ev.local` reads the whole name. Both look back a bounded distance: linear overall.
    """
    j = end
    while j > 0 and end - j < 64 and (s[j - 1].isalnum() or s[j - 1] in _LOCAL_CHARS):
        j -= 1
    while j < end and not s[j].isalnum():
        j += 1
    if j == end or (j > 0 and (s[j - 1].isalnum() or s[j - 1] in _LOCAL_CHARS)):
        return None  # nothing there, or a token longer than a name can be
    if j > 0 and ev.local_dot_end.search(s, max(0, j - 16), j):
        m = ev.local.search(s, max(0, end - 100), end)
        if m is not None:
            return m.start(), m.group()
    return j, s[j:end]


def _tld_ok(tld: str, strict: bool, ev: EmailVocab) -> bool:
    if tld in ev.file_ext:
        return False
    if strict:
        return tld in ev.tlds
    return (2 <= len(tld) <= 24 and tld.isalpha()) or (tld.startswith("xn--") and len(tld) <= 30)


def _placeholder(local: str, domain: str, ev: EmailVocab) -> bool:
    labels = domain.split(".")
    if domain in ev.placeholder_domains or labels[-1] in ev.placeholder_tlds:
        return True
    name = labels[-2] if len(labels) >= 2 else labels[0]
    if name.startswith(ev.placeholder_prefixes) and name not in ev.providers:
        return True
    return local in ev.placeholder_locals


def _read_domain(s: str, pos: int, ev: EmailVocab):
    """Labels after an "@" form: [(start, end, text)], and the dot kinds between them."""
    labels: list[tuple[int, int, str]] = []
    dots: list[str] = []
    m = ev.label.match(s, pos)
    while m is not None and len(labels) < 8:
        text = m.group()
        if m.group("alias"):
            text = ev.alias_names.get(_squash(text), text)
        labels.append((m.start(), m.end(), text))
        d = ev.dot.match(s, m.end())
        if d is None:
            break
        nxt = ev.label.match(s, d.end())
        if nxt is None:
            break
        dots.append(d.lastgroup or "dsym")
        m = nxt
    return labels, dots


_ENTITY = re.compile(r"&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};)")


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


def _provider_handles(s: str, ev: EmailVocab) -> list[re.Match]:
    """"my gmail is x" forms, tried only where a provider name stands."""
    starts = []
    for name in ev.gate_providers:
        _find_all(s, name, starts)
    found = []
    done = -1
    for i in sorted(set(starts)):
        if i < done:
            continue
        m = ev.provider_handle.match(s, i)
        if m is not None:
            found.append(m)
            done = m.end()
    return found


def _account(s: str, m: re.Match, ev: EmailVocab) -> Optional[tuple[str, int]]:
    """The account a "my gmail is x" match names and where the finding ends, or None
    when the word after the provider is not an account name."""
    handle = m.group("handle").rstrip(".-")
    end = m.start("handle") + len(handle)
    if len(handle) < 3 or handle in ev.not_local or handle in ev.placeholder_locals:
        return None
    shaped = _IDENT.search(handle) is not None and sum(ch.isalpha() for ch in handle) >= 2
    before = s[max(0, m.start() - 12): m.start()].split()
    opened = m.group("open")
    if opened:
        # Brackets after a provider mostly hold notes ("gmail (work)", "(e.g. x)",
        # "(a.k.a)"): only an account-shaped name that fills them is one.
        closed = s[end:end + 1] == (")" if opened == "(" else "]")
        if not (shaped and closed) or all(len(p) == 1 for p in handle.split(".")):
            return None
        return handle, end + 1
    if m.group("as") and (not before or before[-1] not in ev.presence_words):
        return None  # "use Gmail as smtp_relay" is a setup, "I'm on hotmail as x" an account
    if not shaped:
        # A plain word is an account name only after "my", and when the
        # sentence ends there: "my gmail is ricky," but not "my gmail is full of".
        if not before or before[-1] not in ev.possessives or handle in ev.not_handle:
            return None
        if end < len(s) and s[end] == " " and s[end + 1:end + 2].isalpha():
            return None
    return handle, end


def _dot_words(s: str, labels: list[tuple[int, int, str]]) -> set[str]:
    """The words between the labels ("dot", "point"), without brackets and dashes."""
    return {s[a[1]:b[0]].strip(" \t\n()[]{}<>«»\"'“”‘’-_") for a, b in zip(labels, labels[1:])} - {"", "."}


def _squash(text: str) -> str:
    return re.sub(r"[ \-]+", "", text)


def _find_all(text: str, needle: str, out: list[int]) -> None:
    i = text.find(needle)
    while i >= 0:
        out.append(i)
        i = text.find(needle, i + 1)


def may_hold_email(lower: str, ev: EmailVocab, tokens: Optional[AbstractSet[str]] = None) -> bool:
    """Cheap first test: could `lower` (text in lower case, raw or folded; `tokens` the
    set of its ``split()``, computed when not given) hold an address? When not, its
    normalized views need not be built. Costs a few scans at C speed and set lookups;
    stops at the first sign."""
    if tokens is None:
        tokens = frozenset(lower.split())
    if "@" in lower or "\uff20" in lower or "\ufe6b" in lower or "&#" in lower or "&commat" in lower:
        return True
    if ev.gate_bracket.search(lower) or (not lower.isascii() and ev.gate_cjk.search(lower)):
        return True
    if ev.provider_tokens & tokens or any(ev.alias_tokens[w] in lower for w in ev.alias_first & tokens):
        return True
    for word in ev.at_tokens & tokens:
        # "name at site dot com": only where a domain follows the word.
        for sep in (" ", "\n", "\t"):
            i = lower.find(sep + word)
            while i >= 0:
                end = i + 1 + len(word)
                if end < len(lower) and lower[end] in " \t\n" and _domain_follows(lower, end, ev):
                    return True
                i = lower.find(sep + word, end)
    return False


def _domain_follows(s: str, pos: int, ev: EmailVocab) -> bool:
    """A label follows `pos`, and a dot form and another label, or it is a provider."""
    m = ev.label.match(s, pos + len(s[pos:pos + 4]) - len(s[pos:pos + 4].lstrip()))
    if m is None:
        return False
    text = m.group()
    if text in ev.providers or m.group("alias"):
        return True
    d = ev.dot.match(s, m.end())
    return d is not None and ev.label.match(s, d.end()) is not None


def find_emails(norm: Normalized, ev: EmailVocab) -> list[EmailMatch]:
    """Email addresses in `norm.text` (a lower-case normalized view), in text order."""
    s = norm.text
    found: list[EmailMatch] = []
    has_context: Optional[bool] = None
    done = -1
    for start in _anchor_starts(s, ev):
        if start < done:
            continue
        a = ev.at.match(s, start)
        if a is None:
            continue
        done = a.end()
        kind = a.lastgroup
        labels, dots = _read_domain(s, a.end(), ev)
        # A domain needs two labels or a provider's name ("a@a@a..." has neither).
        if not labels or (len(labels) == 1 and labels[0][2] not in ev.bare_providers):
            continue
        read = _read_local(s, a.start(), ev)
        if read is None:
            continue
        local_start, local_text = read
        if local_text.endswith((".", "-", "+")):
            continue
        tokens = [t for t in ev.local_dot.split(local_text) if t]
        local = ".".join(tokens)
        if not any(ch.isalpha() for ch in local):
            continue  # "2.0 at github.com"
        spaced_at = kind != "sym" or a.group() != "@"
        if kind == "sym" and a.group()[0] in " \t\n" and a.group()[-1] == "@":
            # "IG @sun.studio" is a handle after a word; "sara @gmail.com" a spaced address.
            if ".".join(t for _, _, t in labels[:2]) not in ev.domains:
                continue
        word_at = kind == "word"
        disguised_local = len(tokens) > 1
        weak_at = word_at and a.group().strip() in ev.weak
        weak_dots = {"dword"} if labels and _dot_words(s, labels) <= ev.weak else set()
        # The longest run of labels that ends with an acceptable domain ending.
        chosen = None
        for k in range(len(labels), 1, -1):
            ks = dots[: k - 1]
            plain = kind == "sym" and a.group() == "@" and all(d == "dsym" for d in ks)
            tld = labels[k - 1][2]
            if not _tld_ok(tld, strict=not plain, ev=ev):
                continue
            names = [t for _, _, t in labels[:k]]
            if word_at and names[0] in ev.not_domain:
                break
            if re.fullmatch(r"\d+x", names[0]):  # "logo@2x.png"
                break
            if all(n.isdigit() for n in names):  # "deploy@203.0.113.10"
                break
            weak = weak_at and all(d == "dsym" or d in weak_dots for d in ks)
            if word_at and len(tokens) == 1 and local in ev.not_local:
                break  # "look at gmail.com", "I am at home dot com"
            if weak and not disguised_local:
                # Only ordinary words: "portfolio at behance.net", "world at some point
                # in" are prose; "sara.k at behance.net", "x at gmail point com" and
                # "E-mail: lam at cs.stanford.edu" are not.
                # (A word like "email" before helps only with real dots: "contact ...
                # the world at some point in time" stays prose.)
                if not (
                    _IDENT.search(local)
                    or names[0] in ev.providers
                    or (all(d == "dsym" for d in ks) and ev.context.search(s, max(0, local_start - 40), local_start))
                ):
                    break
            chosen = k
            break
        if chosen is not None:
            end = labels[chosen - 1][1]
            domain = ".".join(t for _, _, t in labels[:chosen])
            # "git@github.com:owner/repo" is an SSH remote, not an address.
            if end < len(s) and s[end] == ":" and end + 1 < len(s) and (s[end + 1].isalnum() or s[end + 1] in "/~"):
                continue
            if _placeholder(local, domain, ev) or domain in ev.allowed_domains:
                continue
            plain = not spaced_at and all(d == "dsym" for d in dots[: chosen - 1]) and not disguised_local
            found.append(EmailMatch(local_start, end, f"{local}@{domain}", PLAIN if plain else DISGUISED))
            continue
        # Only the provider: "jane_doe at gmail", "kay(at)hotmail".
        name = labels[0][2]
        if name not in ev.bare_providers:
            continue
        if word_at:
            if local in ev.not_local:
                continue
            if not _IDENT.search(local):
                if has_context is None:
                    has_context = ev.context.search(s) is not None
                if not has_context:
                    continue
        domain = ev.providers[name]
        if _placeholder(local, domain, ev):
            continue
        found.append(EmailMatch(local_start, labels[0][1], f"{local}@{domain}", PROVIDER))
    if any(name in s for name in ev.gate_providers):
        taken = [(e.start, e.end) for e in found]
        for m in _provider_handles(s, ev):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            account = _account(s, m, ev)
            if account is None:
                continue
            handle, end = account
            prov = m.group("prov")
            prov = ev.alias_names.get(_squash(prov), prov)
            domain = ev.providers.get(prov, prov + ".com")
            found.append(EmailMatch(m.start(), end, f"{handle}@{domain}", PROVIDER))
    if len(found) > 1:
        found.sort(key=lambda e: (e.start, -e.end))
        kept: list[EmailMatch] = []
        for e in found:
            if kept and e.start < kept[-1].end:
                continue
            kept.append(e)
        found = kept
    return found
