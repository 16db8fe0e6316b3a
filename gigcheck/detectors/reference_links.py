"""Links to public reference documentation, and the seller's claim that one is their own.

A seller who writes "I follow the [WCAG 2.2 guidelines](https://www.w3.org/TR/WCAG22/)"
cites a standard, not a personal site. `ReferenceSites.judge` tells such a link from the
host and path a browser would use (detectors/hosts.py asks it about links no host list
names), with the `reference_*` lists of `[vocab.links]`:

* a host of a standards body or a public reference work (`reference_hosts`: w3.org,
  developer.mozilla.org, wikipedia.org) or of a public body (`reference_public_suffixes`:
  .gov, gov.uk, .int, europa.eu), with its subdomains;
* a documentation host: a first label in `reference_host_labels` ("docs", "developers")
  right over the registrable domain or over one more name ("docs.aws.amazon.com"), never
  over a name that is itself a domain ("docs.python.org.mysite.dev" is mysite.dev's);
* a documentation page of a product's site: a first path segment (after a locale such as
  "/pt-br") in `reference_paths` ("/docs", "/learn", "/TR", "pep-*" for a prefix).

Not a reference whatever the host: a path with a segment of `reference_personal_paths`
(a person's or a shop's page: "/users/bob", "@bob", "User:Bob"), and a host made to look
like a reference host ("developer.mozi11a.org"). `OwnerWords.claims` tells that the words
of the link, or the few around it, claim it as the seller's own ("my docs", "our guide",
"mi documentación"): then it is the seller's site after all (scan/links.py decides).
Pure functions over strings; every window is bounded.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import unquote

from gigcheck.detectors.host_skeletons import skeleton
from gigcheck.regex_cache import cached_regex
from gigcheck.text.letters import LETTER_RUN
from gigcheck.text.trie import glued

__all__ = ["OwnerWords", "ReferenceSites", "names_site"]

# A locale segment before the documentation one ("/pt-br/docs", "/en/guide", "/zh_CN/").
_LOCALE = cached_regex(r"[a-z]{2}(?:[-_][a-z]{2,4})?\Z")


def _entries(values: Iterable[Any]) -> tuple[set[str], tuple[str, ...]]:
    """Exact entries, and prefixes (entries ending in "*")."""
    exact: set[str] = set()
    prefixes: list[str] = []
    for v in values:
        low = str(v).strip().lower()
        if low.endswith("*"):
            prefixes.append(low[:-1])
        elif low:
            exact.add(low)
    return exact, tuple(prefixes)


def _matches(segment: str, entries: tuple[set[str], tuple[str, ...]]) -> bool:
    exact, prefixes = entries
    return segment in exact or any(segment.startswith(p) and len(segment) > len(p) for p in prefixes)


def _suffix_hit(host: str, entries: set[str]) -> str | None:
    labels = host.split(".")
    return next((s for s in (".".join(labels[i:]) for i in range(len(labels))) if s in entries), None)


class ReferenceSites:
    """The `reference_*` lists of `[vocab.links]`, compiled once per pack."""

    def __init__(self, table: Mapping[str, Any]) -> None:
        self.hosts = {str(h).strip().lower().rstrip(".") for h in table.get("reference_hosts", ())}
        self.public = {str(h).strip().lower().strip(".") for h in table.get("reference_public_suffixes", ())}
        self.labels = {str(h).strip().lower() for h in table.get("reference_host_labels", ())}
        self.paths = _entries(table.get("reference_paths", ()))
        self.personal = _entries(table.get("reference_personal_paths", ()))
        self.tlds = frozenset(str(t).lower() for t in table.get("spelled_tlds", ())) | self.public
        # Spoofs of a reference host or of its site ("developer.mozi11a.org",
        # "mdn.mozi11a.org"): its look -> the name it imitates.
        self.skeletons = {skeleton(h): h for h in self.hosts if "." in h}
        for h in self.hosts:
            site = ".".join(h.split(".")[-2:])
            self.skeletons.setdefault(skeleton(site), site)

    def __bool__(self) -> bool:
        return bool(self.hosts or self.public or self.labels or self.paths[0] or self.paths[1])

    def needs_name(self, host: str, registrable: str) -> bool:
        """Whether a citation of this reference must also name its site: a documentation
        path on a product's site does ("/docs" is on anyone's site, the seller's too); a
        listed reference host, a public body's or a documentation host does not."""
        return self._why(host, registrable, []) is None

    def judge(self, host: str, registrable: str, path: str) -> tuple[str, str] | None:
        """("reference", why) for a documentation link, ("disallowed", why) for a page
        that only looks like one, None when the link is no reference at all."""
        for name in (registrable, host):
            original = self.skeletons.get(skeleton(name))
            if original is not None and original != name and _suffix_hit(host, self.hosts) is None:
                return "disallowed", f"{name} imitates {original}: it is a different site"
        segments = [s for s in unquote(path).lower().split("/") if s]
        why = self._why(host, registrable, segments)
        if why is None:
            return None
        personal = next((s for s in segments if _matches(s, self.personal)), None)
        if personal is not None:
            return "disallowed", f"this {host} page (/{personal}) is a person's or a shop's page, not documentation"
        return "reference", why

    def _why(self, host: str, registrable: str, segments: list[str]) -> str | None:
        entry = _suffix_hit(host, self.hosts)
        if entry is not None:
            return f"{entry} is public reference documentation"
        entry = _suffix_hit(host, self.public)
        if entry is not None:
            return f"{host} is a public body's site"
        sub = host[: -len(registrable) - 1].split(".") if host.endswith("." + registrable) else []
        if any(s in self.tlds for s in sub[1:]):
            # "stripe.com.mysite.dev/docs": another site's name worn as a disguise (a first
            # label may be a language: "fr.react.dev/learn").
            return None
        if sub and sub[0] == "www":
            sub = sub[1:]
        if sub and sub[0] in self.labels and len(sub) <= 2:
            return f"{host} is a documentation site"
        # The first segment, or the one after a locale ("/pt-br/docs"; "/tr" is W3C's).
        firsts = segments[:2] if segments and _LOCALE.match(segments[0]) else segments[:1]
        if any(_matches(s, self.paths) for s in firsts):
            return f"{registrable}'s documentation pages are public reference documentation"
        return None


class OwnerWords:
    """The seller's possessives ("my", "our", "mi", "meine", "我的"), from the ownership
    vocabulary the contact rules use: a link they claim is the seller's own page."""

    # How much text around a link is read, and how many of its words.
    WINDOW = 60
    BEFORE = 3
    AFTER = 3
    GLUED = 8  # characters next to the link where a glued possessive counts
    _CLAUSE_END = cached_regex(r"[.;!?。！？](?:\s|$)|\n")
    _WORD = cached_regex(rf"{LETTER_RUN}(?:['’]{LETTER_RUN})?")

    def __init__(self, words: Iterable[Any], nouns: Iterable[Any] = ()) -> None:
        folded = {str(w).strip().casefold() for w in words if str(w).strip()}
        # What a possessive AFTER a link must own to claim it ("… with my own docs"), so
        # that "[WCAG](…) on my landing pages" stays a citation.
        self.nouns = {str(n).strip().casefold().rstrip("*") for n in nouns} - {""}
        self.single = {w for w in folded if " " not in w and not glued(w)}
        self.phrases = tuple(w for w in folded if " " in w and not glued(w))
        self.glued = tuple(w for w in folded if glued(w))

    def claims(self, label: str, before: str, after: str) -> bool:
        """Whether the link's text `label` or the end of the clause `before` it holds a
        possessive ("[my docs](…)", "our guide: …"), or the start of the clause `after`
        it one that owns documentation ("docs.mirastudio.dev with my own docs")."""
        before = before[-self.WINDOW:]
        ends = list(self._CLAUSE_END.finditer(before))
        if ends:
            before = before[ends[-1].end():]
        after = after[: self.WINDOW]
        end = self._CLAUSE_END.search(after)
        if end is not None:
            after = after[: end.start()]
        label = label[: 4 * self.WINDOW]
        return (
            self._holds(label, None, label)
            or self._holds(before, -self.BEFORE, before[-self.GLUED:])
            or self._owns_after(after)
        )

    def _owns_after(self, after: str) -> bool:
        words = [w.casefold() for w in self._WORD.findall(after)][: self.AFTER + 2]
        return any(
            w in self.single and any(n in self.nouns for n in words[i + 1 : i + 3])
            for i, w in enumerate(words[: self.AFTER])
        )

    def _holds(self, text: str, keep: int | None, wide: str) -> bool:
        """A possessive among the `keep` last (negative) or first words of `text`, or a
        glued one (CJK: "私の", no spaces around it) in `wide`, the few characters next
        to the link."""
        if not text.strip():
            return False
        words = [w.casefold() for w in self._WORD.findall(text)]
        if keep is not None:
            words = words[keep:] if keep < 0 else words[:keep]
        if any(w in self.single for w in words):
            return True
        joined = f" {' '.join(words)} "
        if any(f" {p} " in joined for p in self.phrases):
            return True
        low = wide.casefold()
        return any(g in low for g in self.glued)


# What a site's name is compared on: letters and digits only ("Next.js" -> "nextjs").
_NOT_ALNUM = cached_regex(r"[\W_]+")
_TEXT_WORD = cached_regex(r"[^\W_]{3,}")


def names_site(registrable: str, text: str) -> bool:
    """Whether `text` (a link's text, or the words before a bare address) names the site
    of `registrable`: the site's name in it ("[Documentación de Stripe](https://stripe.com/docs)",
    "[Next.js公式ドキュメント](https://nextjs.org/docs)"), or a word of it the name starts
    with ("[Vue-documentatie](https://vuejs.org/guide/)", "Kotlin" for kotlinlang.org).
    A documentation path on a site the text does not name ("[Docs](https://mirastudio.dev/docs)")
    cites nothing a reader can tell from the seller's own pages."""
    name = _NOT_ALNUM.sub("", registrable.split(".", 1)[0].casefold())
    if len(name) < 2:
        return False
    folded = text.casefold()
    return name in _NOT_ALNUM.sub("", folded) or any(name.startswith(w) for w in _TEXT_WORD.findall(folded))
