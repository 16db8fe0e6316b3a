"""One gig's channel and payment analysis, computed once and shared by the rules that
report it (contact-handle, contact-invitation, contact-channel-mention, payment-off-
platform, payment-details).

The rules only choose what to report; everything here is kept on the gig's `GigScan`,
and the compiled vocabulary on the pack's `Vocabulary`.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from gigcheck.detectors.handles import HandleMatch, find_handles, link_platform_kind
from gigcheck.detectors.invitations import InvitationMatch, find_invitations
from gigcheck.detectors.lexicon import Match
from gigcheck.detectors.lexicon_gate import ascii_view
from gigcheck.detectors.payment import (
    DetailMatch,
    OfferMatch,
    find_account_details,
    find_handle_details,
    find_offers,
    payment_link_host,
)
from gigcheck.detectors.run_scan import RunScan
from gigcheck.detectors.triggers import PLATFORM, ChannelVocab
from gigcheck.document.gig import Gig
from gigcheck.document.items import label_pairs
from gigcheck.document.tables import CELL_SEP, column_runs, header_starts, join_runs, names_column, stacked_runs
from gigcheck.records import TextRun
from gigcheck.scan.answers import refused_question
from gigcheck.scan.contacts import contact_spans
from gigcheck.scan.gigscan import GigScan
from gigcheck.scan.links import gig_links
from gigcheck.scan.templates import under_example_headers
from gigcheck.text.fold import fold
from gigcheck.text.normalized import Normalized

# Link targets are judged whole by the links finder (gig_links), not read as prose.
_PROSE_KINDS = frozenset({"text", "heading", "code", "code_block", "image_alt", "html", "fm_value", "table"})


# Each character's shape, for a C-speed look at a text: letters "a", leetspeak digits "1",
# leetspeak symbols "2", "$" itself, anything else " ".
_SHAPE = {chr(c): " " for c in range(128)}
_SHAPE.update({c: "a" for c in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"})
_SHAPE.update({c: "1" for c in "013457"})
_SHAPE.update({c: "9" for c in "2689"})
_SHAPE.update({c: "2" for c in "@|!"})
_SHAPE["$"] = "$"
_SHAPE_TABLE = str.maketrans(_SHAPE)
# Leetspeak that `deleet` undoes: a digit or symbol inside letters ("sk1pe", "wh@tsapp"),
# "$" starting a word ("$kype"), a digit starting or ending a longer word ("1nsta",
# "skyp3"); "5k", "3d", "1st", "mp3" and "great!" are not.
_LEETISH = ("a1a", "a2a", " $a", " 1aaa", "aaa1 ")


def needs_leet(text: str) -> bool:
    """Whether the "words" and "leet" views of folded `text` can differ from it: spaced
    letters ("s k y p e", "s.k.y.p.e") or leetspeak inside a word ("sk1pe", "$kype",
    "wh@tsapp"). Substring tests on the text's shape (one str.translate); most runs have
    neither, and then those views are not built."""
    plain = ascii_view(text)
    shape = " " + (plain if plain is not None else text).translate(_SHAPE_TABLE) + " "
    if any(p in shape for p in _LEETISH):
        return True
    return " a a a " in " ".join(shape.split()).join("  ")


# Triggers read per gig at most: real gigs have a handful; hostile input (tens of
# thousands of "wa wa wa") must not cost seconds. The first ones are read.
MAX_TRIGGERS = 400


@dataclass(frozen=True, slots=True)
class LinkHandle:
    run: TextRun
    start: int  # run text offsets
    end: int
    label: str  # the site as a seller names it
    kind: str  # messenger | social | scheme
    url: str


def run_scans(scan: GigScan) -> list[RunScan]:
    """The trigger scans of the runs that have any trigger, in document order."""

    def build() -> list[RunScan]:
        cv = scan.vocabulary.channels
        runs = _rows_joined(scan.gig, [r for r in scan.scanned_runs() if r.kind in _PROSE_KINDS])
        # A cell under a header that names a channel is that channel's handle.
        runs += column_runs(scan.gig) + stacked_runs(scan.gig)
        # A label and the identifier right below it ("- Skype:" over "- live:nora").
        runs += label_pairs(scan.gig)
        runs = under_example_headers(scan, runs)  # "| ... | Example |" tables
        if not runs:
            return []
        folded = [scan.view(r, "fold") for r in runs]
        # Runs with spaced letters or leetspeak are read in their "leet" view; the others
        # as folded (the other views would equal it, and are not built).
        chosen = [(fv, fv) for fv in folded]
        if needs_leet("\n".join(f.text for f in folded)):
            for i, (run, fv) in enumerate(zip(runs, folded, strict=True)):
                if needs_leet(fv.text):
                    chosen[i] = (scan.view(run, "leet"), scan.view(run, "words"))
        # One scan of the whole gig (runs joined by line breaks, which no entry crosses),
        # so the costs per call are paid once; most gigs hold no trigger at all.
        texts = [leet.text for leet, _ in chosen]
        starts = []
        pos = 0
        for t in texts:
            starts.append(pos)
            pos += len(t) + 1
        found: dict[int, list[Match]] = {}
        for m in cv.triggers.scan("\n".join(texts), MAX_TRIGGERS):
            k = bisect_right(starts, m.start) - 1
            a = starts[k]
            if m.end > a + len(texts[k]):
                continue
            found.setdefault(k, []).append(Match(m.start - a, m.end - a, m.text, m.payloads, m.fuzzy))
        for k, (leet, _) in enumerate(chosen):
            if _LOOKALIKE_LETTER.search(leet.text) or _SYMBOL_LETTER.search(leet.text):
                extra = _disguised_names(cv, leet.text, found.get(k, []))
                if extra:
                    # A name read whole replaces the pieces of it read before ("sk" in "sk¥pe").
                    kept = [
                        m for m in found.get(k, []) if not any(e.start <= m.start and m.end <= e.end for e in extra)
                    ]
                    found[k] = sorted(kept + extra, key=lambda m: m.start)
        return [
            RunScan(runs[k], chosen[k][0], chosen[k][1], found[k], cv.line_joiners) for k in sorted(found)
        ]

    return scan.memo(("channels", "scans"), build)


# A word with Greek or Cyrillic letters may be a platform name written entirely in
# look-alikes ("ѕкуре"), which `fold` keeps as it is (it only Latinizes mixed words).
# Words are cut first and tested after: a pattern that looks for the letter inside a word
# would rescan the letters before it from every start (quadratic on 200 KB of CJK text).
_LOOKALIKE_LETTER = re.compile(r"[\u0370-\u052f]")
# Symbols standing for letters that `deleet` leaves: currency and other signs anywhere
# ("$k¥pe", "teleg€am"), and "@", "$", "|", "+" ending a word ("inst@"), where deleet
# keeps them because they may be punctuation. "@" starting a word is a handle's.
_SYMBOL_LETTERS = str.maketrans(
    {"¥": "y", "€": "e", "£": "l", "¢": "c", "§": "s", "©": "c", "®": "r", "@": "a", "$": "s", "|": "l", "+": "t"}
)
_SYMBOL_LETTER = re.compile(r"[¥€£¢§©®]|[^\W\d_][@$|+](?![\w@$|+])")
_WORD = re.compile(r"(?:[^\W\d_]|[¥€£¢§©®@$|+])+")
# Disguised words read per run: real runs have one or two; hostile ones thousands.
_MAX_DISGUISED = 64


def _disguised_names(cv: ChannelVocab, text: str, have: list[Match]) -> list[Match]:
    """Platform names spelled in look-alike letters of another script or with symbols for
    letters: read word by word with every look-alike made Latin (`fold(whole_script=True)`)
    and every symbol its letter. Words that a trigger already reads whole, or that a
    longer trigger covers, are left to it."""
    out: list[Match] = []
    taken = [(m.start, m.end) for m in have]
    tried = 0
    for w in _WORD.finditer(text):
        word = w.group()
        x, y = w.span()
        if not 3 <= len(word) <= 15 or word[0] == "@":
            continue
        lookalike = _LOOKALIKE_LETTER.search(word) is not None
        if not lookalike and not _SYMBOL_LETTER.search(word + " "):
            continue
        if any(a < y and x < b and (a < x or y < b or (a, b) == (x, y)) for a, b in taken):
            continue
        tried += 1
        if tried > _MAX_DISGUISED:
            break
        latin = fold(word, whole_script=True).text if lookalike else word
        latin = latin.translate(_SYMBOL_LETTERS)
        if latin == word or not latin.isascii() or not latin.isalpha():
            continue
        found = cv.triggers.resolve(latin)
        if found is not None and any(isinstance(p, tuple) and p[0] == PLATFORM for p in found[0]):
            payloads = tuple(p for p in found[0] if isinstance(p, tuple) and p[0] == PLATFORM)
            out.append(Match(w.start(), w.end(), word, payloads, True))
    return out


def _rows_joined(gig: Gig, runs: list[TextRun]) -> list[TextRun]:
    """Table cells of one row joined into one run ("| Telegram | @mia |" is two cells
    for the parser, one label and its value for a reader), mapped to the same source."""
    if "|" not in gig.source:
        return runs
    out: list[TextRun] = []
    headers = header_starts(gig)
    for run in runs:
        prev = out[-1] if out else None
        same = prev is not None and run.kind == prev.kind and run.section == prev.section
        same = same and not names_column(run, headers)
        if prev is not None and same and run.segments and prev.segments:
            a = prev.segments[-1].src_start + prev.segments[-1].src_len
            b = run.segments[0].src_start
            if 0 <= b - a <= 40 and gig.source[a:b].strip(" \t") == "|":
                out[-1] = join_runs([prev, run], CELL_SEP, prev.kind)
                continue
        out.append(run)
    return out



def _claimed(scan: GigScan, run: TextRun, norm: Normalized) -> Callable[[int, int], bool]:
    def claimed(a: int, b: int) -> bool:
        x, y = norm.span(a, b)
        return any(x < q and p < y for p, q in contact_spans(scan, run))

    return claimed


def gig_handles(scan: GigScan) -> list[tuple[RunScan, HandleMatch]]:
    def build() -> list[tuple[RunScan, HandleMatch]]:
        cv = scan.vocabulary.channels
        out = []
        for rs in run_scans(scan):
            for h in find_handles(rs, cv, _claimed(scan, rs.run, rs.words)):
                out.append((rs, h))
        return out

    return scan.memo(("channels", "handles"), build)


def link_handles(scan: GigScan) -> list[LinkHandle]:
    """Links to messenger chats, social profiles and contact schemes (skype:, tg:)."""

    def build() -> list[LinkHandle]:
        out = []
        for link in gig_links(scan):
            where = (link.run.text, link.start, link.end)
            kind = link_platform_kind(link.url, link.verdict.kind, scan.vocabulary.channels.placeholders, where)
            if kind is None:
                continue
            host = link.verdict.host or link.url.split(":", 1)[0]
            out.append(LinkHandle(link.run, link.start, link.end, host.removeprefix("www."), kind, link.url))
        return out

    return scan.memo(("channels", "link_handles"), build)


def _identifier_src_spans(scan: GigScan) -> list[tuple[int, int]]:
    spans = []
    for rs, h in gig_handles(scan):
        a, b = rs.words.span(h.start, h.end)
        spans.append(rs.run.src_span(a, b))
    for lh in link_handles(scan):
        spans.append(lh.run.src_span(lh.start, lh.end))
    for link in gig_links(scan):
        if link.verdict.kind == "contact-scheme":  # mailto:, tel: (the email and phone rules')
            spans.append(link.src_span())
    return spans


def gig_invitations(scan: GigScan) -> list[tuple[RunScan, InvitationMatch]]:
    def build() -> list[tuple[RunScan, InvitationMatch]]:
        cv = scan.vocabulary.channels
        out = []
        ids: list[tuple[int, int]] | None = None
        for rs in run_scans(scan):
            run = rs.run

            def blocked(a: int, b: int, rs: RunScan = rs, run: TextRun = run) -> bool:
                nonlocal ids
                if ids is None:
                    ids = _identifier_src_spans(scan)
                x, y = rs.words.span(a, b)
                sa, sb = run.src_span(x, y)
                # An identifier in the sentence, or a link right after it ("[Message me
                # on WhatsApp](https://wa.me/…)" is the link's finding).
                if any(p < sb + 3 and sa < q for p, q in ids):
                    return True
                return any(x < q and p < y for p, q in contact_spans(scan, run))

            for inv in find_invitations(rs, cv, blocked):
                # The copy a seller writes for the buyer, quoted after a frame word
                # (`Popup copy: "Drop your email below"`), invites the buyer's customers.
                if cv.placeholders.quoted_sample(rs.text, inv.start, framed=True):
                    continue
                if not refused_question(scan.gig, rs, inv.start, scan.vocabulary):
                    out.append((rs, inv))
        return out

    return scan.memo(("channels", "invitations"), build)


def gig_payment_details(scan: GigScan) -> list[tuple[TextRun, Normalized | None, DetailMatch]]:
    """Payment details: (run, the view its offsets are in or None for run text, match)."""

    def build() -> list[tuple[TextRun, Normalized | None, DetailMatch]]:
        cv = scan.vocabulary.channels
        out: list[tuple[TextRun, Normalized | None, DetailMatch]] = []
        for run in scan.scanned_runs():
            if run.kind in _PROSE_KINDS:
                for d in find_account_details(run.text, cv.iban_lengths, cv.coin_words):
                    out.append((run, None, d))
        for rs in run_scans(scan):
            for d in find_handle_details(rs, cv):
                out.append((rs.run, rs.words, d))
        return out

    return scan.memo(("payment", "details"), build)


def payment_links(scan: GigScan) -> list[tuple[TextRun, int, int, str]]:
    cv = scan.vocabulary.channels
    if not cv.payment_hosts:
        return []

    def build() -> list[tuple[TextRun, int, int, str]]:
        out = []
        for link in gig_links(scan):
            entry = payment_link_host(link.url, link.verdict.host, cv.payment_hosts)
            if entry is not None:
                out.append((link.run, link.start, link.end, entry))
        return out

    return scan.memo(("payment", "links"), build)


def gig_offers(scan: GigScan) -> list[tuple[RunScan, OfferMatch]]:
    def build() -> list[tuple[RunScan, OfferMatch]]:
        cv = scan.vocabulary.channels
        details = gig_payment_details(scan)
        out = []
        for rs in run_scans(scan):
            mine = [d for r, n, d in details if r is rs.run and n is not None]
            for o in find_offers(rs, cv, mine):
                out.append((rs, o))
        return out

    return scan.memo(("payment", "offers"), build)
