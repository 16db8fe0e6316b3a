"""Cross-gig rules (GC9xx): what only a batch of drafts shows, never a single gig.

A batch rule works in two halves (crossgig.py drives them):

- `collect` runs in the worker that checks a gig, right after the ordinary rules: it
  yields a few small keys (a normalized contact detail, a description's MinHash
  signature), each with the Hit where this gig's finding would point.
- `new_index` builds, in the parent, the index the keys of every gig go into; once all
  gigs are in, the index says which other gigs share each key and `message` words it.

Like every finding, theirs can be silenced with `gigcheck-disable` comments (in the gig
that carries the finding; the other gigs are still matched against it) or `--ignore`.
Gigs declare their seller with `seller:` in the front matter (or the `seller` column of
an export); drafts of the same seller are never matched against each other, and a gig
without a seller may belong to anyone.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from typing import ClassVar

from gigcheck.detectors.identities import IdentityVocab, identity
from gigcheck.detectors.minhash import signature
from gigcheck.document import gig as G
from gigcheck.document.gig import Gig
from gigcheck.records import Finding, Hit, Match, Severity
from gigcheck.rules.base import Context, Option, Rule
from gigcheck.text.english import plural


class BatchRule(Rule):
    """Base of the cross-gig rules: `check` finds nothing in a gig alone."""

    kind = "batch"
    category = "cross-gig"
    # The index the engine keeps for this rule's keys: "exact" (equal keys) or
    # "near-duplicate" (MinHash signatures, at the `similarity` option's threshold).
    index: ClassVar[str] = "exact"

    def check(self, gig: Gig, ctx: Context) -> Iterator[Hit]:
        return iter(())

    def collect(self, gig: Gig, contacts: list[Finding], ctx: Context) -> Iterator[tuple[Hashable, Hit]]:
        """This gig's keys, each with where its finding would point (message left empty).
        `contacts`: the gig's findings that quote a contact detail."""
        raise NotImplementedError

    def describe(self, match: Match, name_of: Callable[[int], str]) -> str:
        """The message of a gig's finding, once the batch says which drafts it shares with."""
        raise NotImplementedError


def _names(match: Match, name_of: Callable[[int], str]) -> str:
    """"a.md, b.md and c.md" or "a.md, b.md, c.md and 12 other drafts"."""
    names = [name_of(g) for g in match.others]
    rest = match.total - len(names)
    if rest > 0:
        return f"{', '.join(names)} and {plural(rest, 'other draft')}"
    return _and(names)


def _offset(gig: Gig, line: int, column: int) -> int:
    starts = gig.index.starts
    return starts[min(line, len(starts)) - 1] + column - 1


class SharedContactDetail(BatchRule):
    """The same contact detail appears in several sellers' drafts.

    One email address, phone number or messenger handle in drafts of different sellers
    usually means one person behind several accounts, which marketplaces forbid. Every
    draft that shares it is flagged and names the others.

    It builds on the contact rules' findings (categories `contact` and `payment`), and
    compares only identifiers, however they are written: email addresses
    (`Studio.Lina@Gmail.com`, `studiolina+gigs@googlemail.com` and `studio.lina@gmail.com`
    are one Gmail mailbox), phone numbers in international form (`wa.me/447700900123` is
    `+44 7700 900123`), handles with their channel (`t.me/lina_art` is `Telegram:
    @lina_art`, but not `Instagram: @lina_art`), payment accounts (IBANs, wallets,
    $cashtags) and links to someone's page. Naming a channel or a service is not an
    identifier: two sellers who both write "message me on WhatsApp" or "PayPal only" are
    not linked. A detail whose rule is not selected is not compared.
    """

    code = "GC901"
    name = "shared-contact-detail"
    severity = Severity.ERROR
    redact = True  # it quotes the shared detail
    summary = "The same contact detail appears in other sellers' drafts."
    bad_example = (
        "<!-- drafts/anna/logo.md -->\nEmail me first: studio.lina@gmail.com\n\n"
        "<!-- drafts/ben/banner.md -->\nWrite to studio.lina@gmail.com before ordering.\n"
    )
    good_example = (
        "<!-- drafts/anna/logo.md -->\nEmail me first: studio.lina@gmail.com\n\n"
        "<!-- drafts/ben/banner.md -->\nSend me your brief through the order page.\n"
    )
    suggestions = {"default": "Check whether these drafts belong to one person with several accounts."}

    messages = {"default": "This contact detail also appears in {n:other draft}: {names}."}

    def collect(self, gig: Gig, contacts: list[Finding], ctx: Context) -> Iterator[tuple[Hashable, Hit]]:
        v = ctx.vocabulary
        vocab = v.compiled(
            "identities", lambda: IdentityVocab.from_tables(v.table("channels"), v.table("email"), v.table("links"))
        )
        seen: set[str] = set()
        for f in contacts:
            key = identity(f.key, f.excerpt, vocab)
            if key is None:
                continue  # a channel or a service named, no one's identifier
            if key in seen:
                continue  # one finding per detail: the first place it appears
            seen.add(key)
            start, end = _offset(gig, f.line, f.column), _offset(gig, f.end_line, f.end_column)
            yield key, Hit(start, end, f.section, "", self.suggestion(), key=f.key)

    def describe(self, match: Match, name_of: Callable[[int], str]) -> str:
        return self.message(n=match.total, names=_names(match, name_of))


class CopiedDescription(BatchRule):
    """The description is (nearly) the same as in another seller's draft.

    Copied descriptions are either taken from another seller or written once for several
    accounts of one person; both break marketplace rules, and buyers trust neither. Two
    descriptions are compared by the share of 3-word sequences they have in common
    (Jaccard similarity, estimated with MinHash), so reordered paragraphs, changed case or
    punctuation and a few swapped words do not hide a copy.

    Options (`[rules.copied-description]` in the pack): `similarity`, the share from which
    two descriptions count as copies (0.6: well above what two honest descriptions of the
    same service share); `min_words`, the length under which a description is not
    compared (short texts are alike by chance).
    """

    code = "GC902"
    name = "copied-description"
    severity = Severity.WARNING
    summary = "The description is a copy of another seller's draft."
    index = "near-duplicate"
    options = (
        Option("similarity", float, 0.6, "Share of 3-word sequences from which two descriptions are copies.",
               low=0, high=1),
        Option("min_words", int, 30, "Shorter descriptions are not compared (alike by chance)."),
    )
    # Each draft named with its own share (the pair's similarity), most alike first;
    # the drafts counted but not named, with the lowest share among them all.
    messages = {"default": "This description is {shares}.", "rest": "at least {pct}% the same as {n:other draft}"}
    bad_example = (
        "<!-- drafts/anna/voice.md -->\n---\ntitle: I will record a warm voice over\n---\n## Description\n"
        "I record warm, natural voice overs for explainer videos, ads and audiobooks in my home studio. Every "
        "recording is edited, cleaned of noise and delivered as a WAV file within two days of your order.\n\n"
        "<!-- drafts/ben/voice.md -->\n---\ntitle: I will record your voice over\n---\n## Description\n"
        "I record warm, natural voice overs for explainer videos, ads and audiobooks in my own studio. Every "
        "recording is edited, cleaned of noise and delivered as a WAV file within two days of your order.\n"
    )
    good_example = (
        "<!-- drafts/anna/voice.md -->\n---\ntitle: I will record a warm voice over\n---\n## Description\n"
        "I record warm, natural voice overs for explainer videos, ads and audiobooks in my home studio. Every "
        "recording is edited, cleaned of noise and delivered as a WAV file within two days of your order.\n\n"
        "<!-- drafts/ben/voice.md -->\n---\ntitle: I will narrate your documentary\n---\n## Description\n"
        "Deep British narration for documentaries and corporate films, recorded on a Neumann microphone. You get "
        "one free revision, a clean master and separate files for each chapter of your script.\n"
    )
    suggestions = {
        "default": "Compare the drafts: copied text means copied work or one person behind several accounts."
    }

    def collect(self, gig: Gig, contacts: list[Finding], ctx: Context) -> Iterator[tuple[Hashable, Hit]]:
        section = gig.sections.get(G.DESCRIPTION)
        runs = section.runs if section else []
        first = next((r for r in runs if r.kind in G.VISIBLE_PROSE and r.text.strip()), None)
        if first is None:
            return
        sig = signature(G.prose_text(section), ctx.options["min_words"])
        if sig is None:
            return
        # Point at the description's first line: the whole text would drown the report.
        line_end = first.text.find("\n")
        start, end = first.src_span(0, len(first.text) if line_end < 0 else line_end)
        yield sig, Hit(start, end, G.DESCRIPTION, "", self.suggestion())

    def describe(self, match: Match, name_of: Callable[[int], str]) -> str:
        shares = match.shares or (match.similarity,) * len(match.others)
        groups: list[tuple[int, list[str]]] = []  # (percent, drafts), drafts of one percent together
        for gig, share in zip(match.others, shares, strict=True):
            pct = _percent(share)
            if groups and groups[-1][0] == pct:
                groups[-1][1].append(name_of(gig))
            else:
                groups.append((pct, [name_of(gig)]))
        parts = [f"{pct}% the same as {_and(names)}" for pct, names in groups]
        rest = match.total - len(match.others)
        if rest > 0:
            parts.append(self.message("rest", pct=_percent(match.least), n=rest))
        return self.message(shares="; ".join(parts))


def _percent(share: float) -> int:
    """A share as a whole percentage, rounded down: "at least 60%" stays true."""
    return int(share * 100 + 1e-9)


def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


RULES = (SharedContactDetail, CopiedDescription)
