"""The steps `find_emails` (detectors/emails.py) reads an address with.

From each "@" form it reads the domain forward and the name backward, then tests the
ending and the placeholders; separately, it reads accounts named with their provider
("my gmail is rickyvoices"). Every read is bounded or a linear pattern of `EmailVocab`.
"""
from __future__ import annotations

import re

from gigcheck.detectors.email_vocab import EmailVocab, squash
from gigcheck.detectors.placeholders import PlaceholderVocab
from gigcheck.regex_cache import cached_regex

__all__ = [
    "IDENT",
    "Label",
    "account",
    "anchor_starts",
    "dot_words",
    "placeholder",
    "provider_handles",
    "read_domain",
    "read_local",
    "tld_ok",
]

# What makes a word look like an account name rather than prose: a digit, ".", "_" or "-".
IDENT = cached_regex(r"[\d._-]")
_LOCAL_CHARS = frozenset("_+%-.")

# A domain label: (start, end, text) in the view.
Label = tuple[int, int, str]


def anchor_starts(s: str, ev: EmailVocab) -> list[int]:
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


def read_local(s: str, end: int, ev: EmailVocab) -> tuple[int, str] | None:
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


def read_domain(s: str, pos: int, ev: EmailVocab) -> tuple[list[Label], list[str]]:
    """Labels after an "@" form: [(start, end, text)], and the dot kinds between them."""
    labels: list[Label] = []
    dots: list[str] = []
    m = ev.label.match(s, pos)
    while m is not None and len(labels) < 8:
        text = m.group()
        if m.group("alias"):
            text = ev.alias_names.get(squash(text), text)
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


def tld_ok(tld: str, strict: bool, ev: EmailVocab) -> bool:
    """Can `tld` end a domain? With `strict` (a disguised address), only a listed one."""
    if tld in ev.file_ext:
        return False
    if strict:
        return tld in ev.tlds
    if not tld.isascii():
        # why (rt16 "Xの@メンションと…作成します。お客様のアカウント…"): a TLD in another script
        # is short (.рф, .中国, .онлайн); a long run of Japanese after "。" is a sentence
        return 2 <= len(tld) <= _NATIVE_TLD_MAX and tld.isalpha()
    return (2 <= len(tld) <= 24 and tld.isalpha()) or (tld.startswith("xn--") and len(tld) <= 30)


_NATIVE_TLD_MAX = 7


def placeholder(local: str, domain: str, ev: EmailVocab, text: str = "", start: int = 0) -> bool:
    """An example address, not a contact: one of the pack's example names ("name@...");
    or, unless the seller claims it as theirs just before `start` in `text` ("my email:
    ...", "reach me at ..."), one of its example domains ("x@example.com"), a reserved
    ending ("x@site.test"), or
    a domain or name made of placeholder words ("ventas@tudominio.com", "prenom.nom@...",
    see detectors/placeholders.py); a test-data inbox anyone reads ("@mailinator.com")
    where the words around call it test or sample data.
    At a webmail provider only the name can be one, and only strictly ("yourname@gmail.com",
    not "yourbrand@gmail.com")."""
    labels = domain.split(".")
    if local in ev.placeholder_locals:
        return True
    pv = ev.placeholders
    end = start + len(local) + 1 + len(domain)
    if domain in ev.placeholder_domains:
        # why (rt29 "send them to my WeTransfer address: ben.colorist@example.org"): a
        # reserved domain is a template's stand-in unless the seller offers the address as
        # theirs; then it is contact whatever the domain, as for the composed ones below.
        return not _offered(local, text, start, end, ev)
    if domain in ev.placeholder_test_domains:
        # A test-data inbox anyone reads ("test.user1@mailinator.com" in dummy CRM data):
        # only where the words around call it test or sample data.
        end = start + len(local) + 1 + len(domain)
        return pv.example_near(text, start, end) and not pv.owned(text, start)
    name = _registered_name(labels, ev)
    webmail = domain in ev.domains
    composed = labels[-1] in ev.placeholder_tlds or (not webmail and (
        (name.startswith(ev.placeholder_prefixes) and name not in ev.providers) or pv.is_placeholder(name)
        # "yourbakery.co": any word after "your" only where the words around read as a
        # template (an example word, "your" outside the address); "Contact:
        # bob@yourfavdesigner.com" stays an address.
        or _open_placeholder(name, pv, text, start, end)
        # "name@company.com", "mario.rossi@azienda.it" where the text calls it an example
        or (pv.is_placeholder(name, generic=True) and pv.example_near(text, start, end))
    ))
    if pv.is_placeholder(local, strict=True):
        return not pv.owned(text, start)
    # why (rt31 "[Nombre] | [tu-email@empresa.com] | [Teléfono]"): "your" + a noun before
    # a generic noun of a domain ("votre-email@entreprise.fr"): both halves stand in, not a
    # webmail's real mailbox ("your-email@gmail.com" stays an address).
    if not webmail and pv.is_placeholder(local) and pv.is_placeholder(name, generic=True):
        return not pv.owned(text, start)
    return composed and not _offered(local, text, start, end, ev)


# How far before an address its contact label is read ("E-mail: ", "Contact : ").
_LABEL_REACH = 24
_LABEL_MARKS = " \t:：=-–—>→"


def _offered(local: str, text: str, start: int, end: int, ev: EmailVocab) -> bool:
    """The seller offers the address at `[start, end)` as theirs: a first-person word or a
    request claims it ("my WeTransfer address: ...", "fale comigo em ..."), or a contact
    label stands right before it ("Contact : camille.voixoff@example.fr") with nothing
    around that frames a sample, and the name is a person's or a studio's, shaped as one
    ("camille.voixoff"), not a role's ("info", "support"). why (rt29)."""
    pv = ev.placeholders
    if pv.owned(text, start):
        return True
    if IDENT.search(local) is None or pv.is_placeholder(local, generic=True):
        return False
    lo = max(0, start - _LABEL_REACH)
    m = ev.context.search(text, lo, start)
    while m is not None and text[m.end():start].strip(_LABEL_MARKS):
        m = ev.context.search(text, m.end(), start)
    return m is not None and not pv.sample_frame(text, start, end)


def _open_placeholder(name: str, pv: PlaceholderVocab, text: str, start: int, end: int) -> bool:
    """"your" + any word ("yourbakery") where the words around read as a template; a
    short possessive + any word ("tuclinica") only next to an example word."""
    if pv.is_placeholder(name, open_nouns=True) and pv.template_near(text, start, end):
        return True
    return pv.is_placeholder(name, open_nouns=True, short=True) and pv.example_near(text, start, end)


def _registered_name(labels: list[str], ev: EmailVocab) -> str:
    """The label a domain was registered as: "suaempresa" in "suaempresa.com.br"."""
    names = labels[:-1] or labels
    while len(names) > 1 and names[-1] in ev.tlds:
        names = names[:-1]
    return names[-1]


def dot_words(s: str, labels: list[Label]) -> set[str]:
    """The words between the labels ("dot", "point"), without brackets and dashes."""
    between = (s[a[1]:b[0]] for a, b in zip(labels, labels[1:], strict=False))
    return {w.strip(" \t\n()[]{}<>«»\"'“”‘’-_") for w in between} - {"", "."}


def provider_handles(s: str, ev: EmailVocab) -> list[re.Match[str]]:
    """"my gmail is x" forms, tried only where a provider name stands."""
    starts: list[int] = []
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


def _find_all(text: str, needle: str, out: list[int]) -> None:
    i = text.find(needle)
    while i >= 0:
        out.append(i)
        i = text.find(needle, i + 1)


def account(s: str, m: re.Match[str], ev: EmailVocab) -> tuple[str, int] | None:
    """The account a "my gmail is x" match names and where the finding ends, or None
    when the word after the provider is not an account name."""
    handle = m.group("handle").rstrip(".-")
    end = m.start("handle") + len(handle)
    if len(handle) < 3 or handle in ev.not_local or handle in ev.placeholder_locals:
        return None
    shaped = IDENT.search(handle) is not None and sum(ch.isalpha() for ch in handle) >= 2
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
