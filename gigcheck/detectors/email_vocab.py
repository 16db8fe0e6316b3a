"""The pack's email vocabulary compiled into patterns, and the cheap test built on it.

`EmailVocab` turns the word lists of `[vocab.email]` into the regular expressions that
`find_emails` (detectors/emails.py) reads addresses with, and into the sets and scans
`may_hold_email` uses to tell, before any normalized view is built, that a text cannot
hold an address. Every pattern is linear: repeated parts cannot overlap.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Set
from types import MappingProxyType
from typing import Any

from gigcheck.detectors.email_swaps import SwapVocab
from gigcheck.detectors.placeholders import PlaceholderVocab
from gigcheck.text.lazy_regex import LazyPattern
from gigcheck.text.letters import WORD_END, WORD_START
from gigcheck.text.trie import glued, trie_pattern

__all__ = ["EmailVocab", "may_hold_email", "squash"]

_WS = r"[ \t\n]"
_OPEN = r"[(\[{<«\"'“‘]"
_CLOSE = r"[)\]}>»\"'”’]"
_LABEL = r"[^\W_]+(?:-+[^\W_]+)*"  # letters/digits with inner hyphens; linear
_LOCAL_TOKEN = r"[^\W_][\w.+%-]{0,63}"
_LOCAL_LOOKBEHIND = r"(?<![\w.+%-])"

# The spellings of one symbol: (latin, spelled, cjk) alternations, see `_spellings`.
_Spellings = tuple[str, str, str]


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


def _trie(words: Iterable[str]) -> str:
    """A trie-shaped alternation (see `trie_pattern`); inner spaces and hyphens are
    optional, as in `_alt`."""
    return trie_pattern((w.strip().lower() for w in words), lambda ch: r"[ \-]?" if ch in " -" else re.escape(ch))


def _spellings(words: list[str]) -> _Spellings:
    """The words for one symbol as alternations: written as words, with their letters
    allowed apart (see `_alt`), and the CJK ones."""
    latin = [w for w in words if not glued(w)]
    return _alt(latin), _alt(latin, spelled=True), _alt(w for w in words if glued(w))


def _forms(spellings: _Spellings, symbol: str, prefix: str | None) -> list[str]:
    """The disguised spellings of one symbol ("@" or "."); the spelled ones (letters
    apart) are accepted only inside brackets ("(a t)", "[d.o.t]"), where the brackets
    say the letters belong together.

    With a `prefix`, each is a named group (``<prefix>br``, ``<prefix>dash``, ...), so a
    match tells which kind it was; without one, plain groups."""
    latin, spelled, cjk = spellings

    def group(name: str) -> str:
        return f"(?P<{prefix}{name}>" if prefix is not None else "(?:"

    return [
        group("br") + rf"{_WS}{{0,2}}{_OPEN}{_WS}?(?:{spelled}|{cjk}|{symbol}){_WS}?{_CLOSE}{_WS}{{0,2}})",
        group("dash") + rf"{_WS}{{0,2}}[-_]{{1,2}}{_WS}?{latin}{_WS}?[-_]{{1,2}}{_WS}{{0,2}})",
        group("word") + rf"{_WS}{{1,3}}{latin}{_WS}{{1,3}})",
        group("cjk") + rf"{_WS}{{0,2}}{cjk}{_WS}{{0,2}})",
    ]


def squash(text: str) -> str:
    """`text` without spaces and hyphens, as provider aliases are keyed: the patterns
    let them vary ("proton mail", "proton-mail")."""
    return re.sub(r"[ \-]+", "", text)


def _words(table: Mapping[str, Any], key: str) -> list[str]:
    return [str(w).lower() for w in table.get(key, [])]


class EmailVocab:
    """The pack's `[vocab.email]` (and the possessives of `[vocab.grammar]`), compiled
    once per pack (scan/vocabulary.py)."""

    def __init__(self, vocab: Mapping[str, Any], grammar: Mapping[str, Any] = MappingProxyType({})) -> None:
        def words(key: str) -> list[str]:
            return _words(vocab, key)

        self._read_lists(vocab, words)
        self.possessives = {str(w).lower() for w in grammar.get("possessives", ())}
        self.placeholders = PlaceholderVocab(grammar)
        at_words = words("at_words")
        at, dot = _spellings(at_words), _spellings(words("dot_words"))
        self._compile_symbols(at, dot)
        self._compile_provider_handle(words)
        self._compile_scans(at_words, at)
        self._compile_gates(at_words, at, words)
        self.swaps = SwapVocab(vocab, at_words, words("dot_words"))

    def _read_lists(self, vocab: Mapping[str, Any], words: Callable[[str], list[str]]) -> None:
        """The word lists, as sets to look words up in."""
        self.domains = {d.lower() for d in vocab.get("providers", [])}
        # A provider's domain with its dots dropped ("gmailcom", "orangefr"), as the view
        # reads one spelled a dot after every letter ("o.r.a.n.g.e.f.r"): the domain.
        self.dotless_domains = {d.replace(".", ""): d for d in self.domains if d.count(".") >= 1}
        need_tld = set(words("provider_names_need_tld"))
        # provider name -> its domain ("gmail" -> "gmail.com"); the first listed wins.
        self.providers: dict[str, str] = {}
        for d in vocab.get("providers", []):
            self.providers.setdefault(d.lower().split(".", 1)[0], d.lower())
        self.aliases = {str(k).lower(): str(v).lower() for k, v in vocab.get("provider_aliases", {}).items()}
        # Aliases keyed without spaces and hyphens, as the pattern lets them vary.
        self.alias_names = {squash(k): v for k, v in self.aliases.items()}
        self.bare_providers = {p for p in self.providers if p not in need_tld}
        self.tlds = set(words("tlds"))
        self.file_ext = set(words("file_extensions"))
        self.placeholder_domains = set(words("placeholder_domains"))
        self.placeholder_tlds = set(words("placeholder_tlds"))
        self.placeholder_prefixes = tuple(words("placeholder_prefixes"))
        self.placeholder_locals = set(words("placeholder_locals"))
        self.placeholder_test_domains = set(words("placeholder_test_domains"))
        self.not_local = set(words("not_local"))
        self.not_domain = set(words("not_domain"))
        self.weak = set(words("weak_words"))
        self.not_handle = set(words("not_handle"))
        self.allowed_domains = set(words("allowed_domains"))
        self.context = LazyPattern(
            WORD_START + _alt(words("context_words")) + WORD_END
        )
        self.presence_words = set(words("presence_words"))
        # Symbols and emoji for "@" and "." ("anna🌀gmail•com"), one character each:
        # read char for char, so a view keeps its offsets (see `emails.read_symbols`).
        ats = {w for w in vocab.get("at_symbols", []) if len(w) == 1}
        dots = {w for w in vocab.get("dot_symbols", []) if len(w) == 1}
        self.symbols = str.maketrans({**{c: "@" for c in ats}, **{c: "." for c in dots}})
        self.symbol_chars = frozenset(ats | dots)

    def _compile_symbols(self, at: _Spellings, dot: _Spellings) -> None:
        """The "@" and "." forms, domain labels, and the name before an "@" form."""
        # "@" forms. `sym` is "@" itself (doubled, or with spaces around it).
        self.at = LazyPattern(
            "|".join([rf"(?P<sym>{_WS}{{0,3}}@{{1,3}}{_WS}{{0,3}})", *_forms(at, "@", "")])
        )
        # "." forms; `sym` is "." itself, `spaced` a "." with spaces around it.
        self.dot = LazyPattern(
            "|".join(
                [
                    r"(?P<dsym>\.{1,3})(?![ \t\n])",
                    # Spaces on both sides, or before only: "gmail . com", "gmail .com";
                    # never after only, which ends a sentence ("at home. It ...").
                    rf"(?P<dspaced>{_WS}{{1,2}}\.{{1,3}}{_WS}{{0,2}})",
                    *_forms(dot, r"\.", "d"),
                ]
            )
        )
        alias = _alt(self.aliases)
        self.label = LazyPattern(rf"(?P<alias>{alias}){WORD_END}|{_LABEL}")
        # The name before an "@" form: tokens joined by written-out dots ("sara dot
        # designs"); it must end exactly where the "@" form starts (searched with endpos).
        # (In names, also " . " with spaces on both sides: "j o h n . d o e @ ...".)
        local_dot = "|".join([*_forms(dot, r"\.", None), rf"{_WS}{{1,2}}\.{_WS}{{1,2}}"])
        self.local = LazyPattern(
            rf"{_LOCAL_LOOKBEHIND}{_LOCAL_TOKEN}(?:(?:{local_dot}){_LOCAL_TOKEN}){{0,5}}\Z"
        )
        self.local_dot = LazyPattern(local_dot)
        self.local_dot_end = LazyPattern(rf"(?:{local_dot})\Z")

    def _compile_provider_handle(self, words: Callable[[str], list[str]]) -> None:
        """Provider named with the account: "my gmail is rickyvoices", "protonmail: x42"."""
        names = _alt([*words("account_providers"), *self.aliases])
        nouns = _alt(words("account_nouns"))
        verbs = _alt(words("account_verbs"))
        # "I'm on hotmail as brandon_3d": `as` is a verb only after a presence word.
        presence_verbs = _alt(words("presence_verbs"))
        self.provider_handle = LazyPattern(
            # (a colon may come before the noun: "gmail: the first part is kofi.mixes")
            rf"(?<![\w@.])(?P<prov>{names})(?:(?:{_WS}*[:：])?{_WS}+{nouns}){{0,2}}"
            rf"(?:{_WS}*[:=→>]{{1,2}}{_WS}*|{_WS}+[-–—]{{1,2}}{_WS}+|{_WS}+{verbs}{_WS}+(?:[:=]{_WS}*)?"
            rf"|{_WS}+(?P<as>{presence_verbs}){_WS}+|{_WS}*(?P<open>[(\[]){_WS}?)"
            rf"(?P<handle>[^\W\d_][\w.+-]{{2,63}})"
        )

    def _compile_scans(self, at_words: list[str], at: _Spellings) -> None:
        """Where "@" forms may start, for `find_emails`: each pattern starts with a
        character class, so a scan skips to those characters at C speed (the full
        alternation `self.at`, tried at every position, costs ~100 µs per KB)."""
        at_latin, at_spelled, at_cjk = at
        at_trie = _trie(w for w in at_words if not glued(w))
        self.scan = [
            LazyPattern(rf"{_OPEN}[ \t\n]?(?:{at_spelled}|{at_cjk}|@)"),
            LazyPattern(rf"[-_]{{1,2}}[ \t\n]?{at_latin}[ \t\n]?[-_]"),
            LazyPattern(rf"[ \t\n]{at_trie}[ \t\n]"),
        ]
        self.scan_cjk = LazyPattern(at_cjk)

    def _compile_gates(self, at_words: list[str], at: _Spellings, words: Callable[[str], list[str]]) -> None:
        """For `may_hold_email` on raw text: bracketed and dashed forms and CJK words
        (rare characters start each, so the scan is fast); word forms ("at",
        "arroba") and provider names are looked up among the text's words instead."""
        _, at_spelled, at_cjk = at
        self.gate_bracket = LazyPattern(rf"{_OPEN[:-1]}\-_]{_WS}?(?:{at_spelled}|@){_WS}?{_CLOSE[:-1]}\-_]")
        self.gate_cjk = LazyPattern(at_cjk)
        self.at_tokens = frozenset(w for w in at_words if " " not in w and "-" not in w and not glued(w))
        # why (audit, "ana et işareti studio nokta co"): "@" words of several words,
        # looked for whole when none of the text's words is an "@" word.
        self.at_phrases = tuple(w for w in at_words if " " in w and not glued(w))
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

    def __init__(self, ev: EmailVocab) -> None:
        self.ev = ev

    def search(self, text: str) -> bool | None:
        return True if may_hold_email(text.lower(), self.ev) else None


def may_hold_email(lower: str, ev: EmailVocab, tokens: Set[str] | None = None) -> bool:
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
    if not lower.isascii() and not ev.symbol_chars.isdisjoint(lower) and any(
        p in lower or p[::-1] in lower for p in ev.gate_providers
    ):
        return True  # "anna🌀gmail•com", backwards "moc•liamg🌀anna"
    if any(_word_at_before_domain(lower, word, ev) for word in ev.at_tokens & tokens):
        return True
    return any(_word_at_before_domain(lower, p, ev) for p in ev.at_phrases if p in lower)


def _word_at_before_domain(lower: str, word: str, ev: EmailVocab) -> bool:
    """"name at site dot com": `word` (an "@" word) stands alone somewhere with a
    domain after it."""
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
