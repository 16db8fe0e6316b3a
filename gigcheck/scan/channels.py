"""One gig's channel and payment analysis, computed once and shared by the rules that
report it (contact-handle, contact-invitation, contact-channel-mention, payment-off-
platform, payment-details).

The rules only choose what to report; everything here is kept on the gig's `GigScan`,
and the compiled vocabulary on the pack's `Vocabulary`.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from gigcheck.detectors.handle_labels import labelled_names
from gigcheck.detectors.handles import HandleMatch, find_handles, link_platform_kind
from gigcheck.detectors.invitations import InvitationMatch, find_invitations
from gigcheck.detectors.lexicon import Match
from gigcheck.detectors.lexicon_gate import ascii_view
from gigcheck.detectors.payment import WEAK, OfferMatch, find_offers
from gigcheck.detectors.payment_details import (
    DetailMatch,
    find_account_details,
    find_handle_details,
    payment_link_host,
)
from gigcheck.detectors.payment_topics import payments_a_topic
from gigcheck.detectors.payment_words import pay_words
from gigcheck.detectors.run_scan import RunScan
from gigcheck.detectors.triggers import PLATFORM, ChannelVocab
from gigcheck.document.acrostics import ACROSTIC, acrostics
from gigcheck.document.cut_words import CUT_WORD, cut_words
from gigcheck.document.front_matter_lines import field_lines
from gigcheck.document.gig import Gig
from gigcheck.document.handle_pieces import HANDLE_PIECES, handle_pieces
from gigcheck.document.items import ITEM_PHRASE, LABEL_LIST, label_lists
from gigcheck.document.list_heads import ListHead, item_heads, list_heads
from gigcheck.document.tables import CELL_SEP, column_runs, header_starts, join_runs, names_column, stacked_runs
from gigcheck.records import TextRun
from gigcheck.regex_cache import cached_regex
from gigcheck.scan.answers import refused_question
from gigcheck.scan.contacts import contact_spans, gig_label_pairs, gig_phrases
from gigcheck.scan.gigscan import GigScan
from gigcheck.scan.links import gig_links
from gigcheck.scan.templates import in_framed_block, under_example_headers
from gigcheck.text.fold import fold
from gigcheck.text.letters import LETTER_RUN
from gigcheck.text.normalized import Normalized
from gigcheck.text.spaced_underscore import spaced_underscore
from gigcheck.text.spacing import bracketed_letter

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
    if any(p in shape for p in _LEETISH) or bracketed_letter(text) or spaced_underscore(text):
        return True
    return " a a a " in " ".join(shape.split()).join("  ")


# Triggers are judged per window of the gig's text (WINDOW characters of the runs read
# one after the other): real gigs have at most 16 in one (4,000 real gigs, posts and
# descriptions); text padded with them (an HTML comment of "wa wa wa …", a front-matter
# key of "skype skype …") has hundreds. A window with more than MAX_PER_WINDOW is padded:
# only JUDGED_IN_PADDING of its triggers next to other text (where an identifier or a
# request stands) are judged, and the window is reported (contact-padding), so nothing
# in it passes unseen. The budget is per window, never per gig: padding never leaves the
# text after it unread, and the work stays linear.
WINDOW = 2000
MAX_PER_WINDOW = 32
JUDGED_IN_PADDING = 8


@dataclass(frozen=True, slots=True)
class Padding:
    """A stretch of the gig made mostly of trigger words: a source span."""

    start: int
    end: int
    section: str
    count: int  # trigger words in it


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
        runs = _phrases_joined(gig_phrases(scan), runs)
        # A cell under a header that names a channel is that channel's handle.
        runs += column_runs(scan.gig) + stacked_runs(scan.gig)
        # A label and the identifier right below it ("- Skype:" over "- live:nora").
        runs += gig_label_pairs(scan) + label_lists(gig_list_heads(scan))
        # A handle cut one piece a line under its channel ("Discord:⏎- nomade⏎- _⏎- pixel").
        runs += handle_pieces(scan.gig)
        runs += acrostics(scan.gig)  # "**S**peedy⏎**K**ind⏎…" then "ID: nico.renders"
        runs += cut_words(scan.gig)  # "1. 문의는 카⏎2. 톡 ID: mint"
        runs += field_lines(scan.gig)  # "channel: tg⏎handle: @name" in the front matter
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
        joined = "\n".join(texts)
        found: dict[int, list[Match]] = {}
        for m in cv.triggers.scan(joined):
            k = bisect_right(starts, m.start) - 1
            a = starts[k]
            if m.end > a + len(texts[k]):
                continue
            found.setdefault(k, []).append(Match(m.start - a, m.end - a, m.text, m.payloads, m.fuzzy))
        _read_apart(cv, joined, chosen, found)
        everything = [
            Match(m.start + starts[k], m.end + starts[k], m.text, m.payloads, m.fuzzy)
            for k in sorted(found) for m in found[k]
        ]
        padding: list[Padding] = []
        judged: dict[int, list[Match]] = {}
        for m in _budgeted(joined, everything, starts, texts, chosen, runs, padding):
            k = bisect_right(starts, m.start) - 1
            a = starts[k]
            judged.setdefault(k, []).append(Match(m.start - a, m.end - a, m.text, m.payloads, m.fuzzy))
        scan.memo(("channels", "padding"), lambda: padding)
        # Run by run, not the joined runs first: each run's literal gate shuts on most runs
        # at once, while the joined text holds the words of every run, opened the gate in
        # one gig of two and was then searched whole by the marks' regex (a seventh of a
        # gig's checking). Only the runs without a trigger are asked.
        for k, (leet, _) in enumerate(chosen):
            if k not in judged and ("@" in leet.text or "live:" in leet.text):
                # an "@name" the seller claims needs no trigger ("o meu é @x"), nor Skype's own "live:name"
                judged[k] = []
            elif k not in judged and _paid_straight_marked(cv, leet.text):
                judged[k] = []  # "a deposit goes to me directly" needs no trigger (paid_straight.py)
            elif k not in judged and labelled_names(cv, chosen[k][1].text):
                judged[k] = []  # "Handle: mira_designs" names no platform (handle_labels.py)
        return [
            RunScan(runs[k], chosen[k][0], chosen[k][1], judged[k], cv.line_joiners) for k in sorted(judged)
        ]

    return scan.memo(("channels", "scans"), build)


def _paid_straight_marked(cv: ChannelVocab, text: str) -> bool:
    """Whether a run without triggers has a word of paying straight or of the order skipped
    (paid_straight.py reads it)."""
    words = pay_words(cv)
    return words.straight.search(text) is not None or words.order_skip.search(text) is not None


# Text between two triggers that makes them stand next to other text: a word, a digit
# or a symbol an identifier is made of.
_OTHER_TEXT = cached_regex(r"[^\W_]|[@+$]")


def _budgeted(
    joined: str, matches: list[Match], starts: list[int], texts: list[str],
    chosen: list[tuple[Normalized, Normalized]], runs: list[TextRun], padding: list[Padding],
) -> list[Match]:
    """The triggers to judge: all of them in windows with at most MAX_PER_WINDOW; in a
    padded window, those at the ends of a row of trigger words (next to other text, where
    an identifier or a request would stand), the first and last of them. Padded
    stretches are added to `padding`, one per run and row of padded windows."""
    by_window: dict[int, list[int]] = {}
    for i, m in enumerate(matches):
        by_window.setdefault(m.start // WINDOW, []).append(i)
    if all(len(ix) <= MAX_PER_WINDOW for ix in by_window.values()):
        return matches
    keep: list[Match] = []
    dense: list[Match] = []
    for ix in by_window.values():
        if len(ix) <= MAX_PER_WINDOW:
            keep.extend(matches[i] for i in ix)
            continue
        dense.extend(matches[i] for i in ix)
        edges = [i for i in ix if _at_edge(joined, matches, i)]
        half = JUDGED_IN_PADDING // 2
        edges = edges if len(edges) <= JUDGED_IN_PADDING else edges[:half] + edges[-half:]
        keep.extend(matches[i] for i in edges)
    _add_padding(dense, starts, texts, chosen, runs, padding)
    keep.sort(key=lambda m: m.start)
    return keep


def _at_edge(joined: str, matches: list[Match], i: int) -> bool:
    """Whether trigger `i` stands next to text other than trigger words."""
    m = matches[i]
    before = matches[i - 1].end if i else max(0, m.start - 40)
    after = matches[i + 1].start if i + 1 < len(matches) else min(len(joined), m.end + 40)
    return _OTHER_TEXT.search(joined, before, m.start) is not None or (
        _OTHER_TEXT.search(joined, m.end, after) is not None
    )


def _add_padding(
    dense: list[Match], starts: list[int], texts: list[str],
    chosen: list[tuple[Normalized, Normalized]], runs: list[TextRun], padding: list[Padding],
) -> None:
    """One Padding per row of padded windows (a gap of a window or more ends a row),
    over the runs that hold at least a few of its trigger words (not the ordinary
    sentence that shares a window with it)."""
    rows: list[list[Match]] = []
    for m in sorted(dense, key=lambda m: m.start):
        if rows and m.start - rows[-1][-1].end <= WINDOW:
            rows[-1].append(m)
        else:
            rows.append([m])
    for row in rows:
        per_run: dict[int, list[Match]] = {}
        for m in row:
            per_run.setdefault(bisect_right(starts, m.start) - 1, []).append(m)
        heavy = {k: ms for k, ms in per_run.items() if len(ms) >= _PADDING_PIECE} or per_run
        spans = []
        for k, ms in heavy.items():
            a = starts[k]
            x, y = chosen[k][0].span(ms[0].start - a, min(ms[-1].end - a, len(texts[k])))
            spans.append(runs[k].src_span(x, y))
        first = min(heavy)
        padding.append(Padding(min(p for p, _ in spans), max(q for _, q in spans), runs[first].section, len(row)))


# Trigger words of a run that make it part of a padded stretch (fewer: an ordinary
# sentence next to it; many one-word runs, a list of tags, count when nothing else does).
_PADDING_PIECE = 4


def gig_padding(scan: GigScan) -> list[Padding]:
    """Stretches of the gig padded with trigger words, in document order."""
    run_scans(scan)
    return scan.memo(("channels", "padding"), list)


# A word with Greek or Cyrillic letters may be a platform name written entirely in
# look-alikes ("ѕкуре"), which `fold` keeps as it is (it only Latinizes mixed words).
# Words are cut first and tested after: a pattern that looks for the letter inside a word
# would rescan the letters before it from every start (quadratic on 200 KB of CJK text).
_LOOKALIKE_LETTER = cached_regex(r"[\u0370-\u052f]")
# Symbols standing for letters that `deleet` leaves: currency and other signs anywhere
# ("$k¥pe", "teleg€am"), and "@", "$", "|", "+" ending a word ("inst@"), where deleet
# keeps them because they may be punctuation. "@" starting a word is a handle's.
_SYMBOL_LETTERS = str.maketrans(
    {"¥": "y", "€": "e", "£": "l", "¢": "c", "§": "s", "©": "c", "®": "r", "@": "a", "$": "s", "|": "l", "+": "t"}
)
_SYMBOL_LETTER = cached_regex(r"[¥€£¢§©®]|[^\W\d_][@$|+](?![\w@$|+])")
_WORD = cached_regex(r"(?:[^\W\d_]|[¥€£¢§©®@$|+])+")


def _disguised_names(cv: ChannelVocab, text: str, have: list[Match]) -> list[Match]:
    """Platform names spelled in look-alike letters of another script or with symbols for
    letters: read word by word with every look-alike made Latin (`fold(whole_script=True)`)
    and every symbol its letter. Words that a trigger already reads whole, or that a
    longer trigger covers, are left to it."""
    out: list[Match] = []
    # Triggers do not overlap: those overlapping a word are found by bisection.
    taken = sorted((m.start, m.end) for m in have)
    ends = [b for _, b in taken]
    read: dict[str, tuple[object, ...] | None] = {}  # each distinct word is read once
    for w in _WORD.finditer(text):
        word = w.group()
        x, y = w.span()
        if not 3 <= len(word) <= 15 or word[0] == "@":
            continue
        lookalike = _LOOKALIKE_LETTER.search(word) is not None
        if not lookalike and not _SYMBOL_LETTER.search(word + " "):
            continue
        i = bisect_right(ends, x)
        if i < len(taken) and taken[i][0] < y and any(
            a < x or y < b or (a, b) == (x, y) for a, b in _overlapping(taken, i, y)
        ):
            continue
        if word not in read:
            read[word] = _platform_payloads(cv, word, lookalike)
        payloads = read[word]
        if payloads is not None:
            out.append(Match(w.start(), w.end(), word, payloads, True))
    return out


def _overlapping(taken: list[tuple[int, int]], i: int, y: int) -> Iterator[tuple[int, int]]:
    """The spans from `taken[i]` on that start before `y`."""
    while i < len(taken) and taken[i][0] < y:
        yield taken[i]
        i += 1


def _platform_payloads(cv: ChannelVocab, word: str, lookalike: bool) -> tuple[object, ...] | None:
    """The platform payloads of `word` read with its look-alikes Latin and its symbols
    letters, or None when it names no platform."""
    latin = fold(word, whole_script=True).text if lookalike else word
    latin = latin.translate(_SYMBOL_LETTERS)
    if latin == word or not latin.isascii() or not latin.isalpha():
        return None
    found = cv.triggers.resolve(latin)
    if found is None or not any(isinstance(p, tuple) and p[0] == PLATFORM for p in found[0]):
        return None
    return tuple(p for p in found[0] if isinstance(p, tuple) and p[0] == PLATFORM)


def _read_apart(
    cv: ChannelVocab, joined: str, chosen: list[tuple[Normalized, Normalized]], found: dict[int, list[Match]]
) -> None:
    """Add to `found` (triggers per run) the names the lexicon's scan cannot read: platform
    names in look-alike letters or symbols, and words glued to an "@" deleet made a letter.
    A name read whole replaces the pieces of it read before ("sk" in "sk¥pe")."""
    # Neither pattern spans a line break or looks past one, so a run holds a match
    # exactly where the joined text holds it there: one search rules out most gigs.
    disguised = _LOOKALIKE_LETTER.search(joined) or _SYMBOL_LETTER.search(joined)
    for k, (leet, words) in enumerate(chosen):
        extra = []
        if disguised and (_LOOKALIKE_LETTER.search(leet.text) or _SYMBOL_LETTER.search(leet.text)):
            extra = _disguised_names(cv, leet.text, found.get(k, []))
        if extra:
            found[k] = _replaced(found.get(k, []), extra)
        glued = _glued_at_words(cv, leet.text, words.text, found.get(k, []))
        if glued:
            found[k] = _replaced(found.get(k, []), glued)


# A word glued to an "@" that deleet read as a letter: "ping@lunabeats_" is "pingalunabeats_"
# in the leet view, one word no trigger reads; the "words" view keeps "@".
_GLUED_AT = cached_regex(r"(?<![\w@.])([^\W\d_]{2,15})@(?=[^\W_])")


def _glued_at_words(cv: ChannelVocab, leet: str, words: str, have: list[Match]) -> list[Match]:
    """Triggers ending right at an "@" of `words` that the leet view turned into a letter
    ("ping@lunabeats_", "dm@kai.builds"): the raw view still sees a verb or a platform
    before a handle. why (rt35: leetspeak must not hide a handle glued to its verb)."""
    if leet == words or "@" not in words:
        return []
    out: list[Match] = []
    taken = {(m.start, m.end) for m in have}
    for g in _GLUED_AT.finditer(words):
        at = g.end(1)
        if leet[at] == "@":
            continue  # deleet kept it: the handle is read as written
        x = g.start(1)
        out.extend(
            Match(x + m.start, x + m.end, m.text, m.payloads, m.fuzzy)
            for m in cv.triggers.scan(words[x:at])
            if m.end == at - x and (x + m.start, at) not in taken
        )
    return out


def _replaced(found: list[Match], extra: list[Match]) -> list[Match]:
    """`found` without the matches inside one of `extra`, with `extra` added, in order."""
    spans = sorted((e.start, e.end) for e in extra)
    firsts = [a for a, _ in spans]
    kept = []
    for m in found:
        # Extras do not overlap each other: the one starting last at or before m may hold it.
        i = bisect_right(firsts, m.start) - 1
        if i < 0 or m.end > spans[i][1]:
            kept.append(m)
    return sorted(kept + extra, key=lambda m: m.start)


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
            a, b = prev.gap_to(run)
            if 0 <= b - a <= 40 and gig.source[a:b].strip(" \t") == "|":
                out[-1] = join_runs([prev, run], CELL_SEP, prev.kind)
                continue
        out.append(run)
    return out



def _phrases_joined(phrases: list[tuple[TextRun, list[TextRun]]], runs: list[TextRun]) -> list[TextRun]:
    """List items that read as one sentence ("- Escríbeme⏎- por WhatsApp⏎- al 612...")
    replaced by the sentence, so an invitation and its channel, or a channel and its
    handle, are read together."""
    if not phrases:
        return runs
    first = {id(items[0]): joined for joined, items in phrases}
    inside = {id(r) for _, items in phrases for r in items}
    return [first.get(id(r), r) for r in runs if id(r) in first or id(r) not in inside]


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
        if any(rs.run.kind in _READ_AGAIN for rs, _ in out):
            # A sentence over list items reads again what a label over its value may
            # have read ("- Telegram:⏎- @mia"): one finding per identifier.
            own = [_id_src(rs, h) for rs, h in out if rs.run.kind not in _READ_AGAIN]
            # (pieces joined and spelled words give way to the readings of the list too)
            listed = own + [_id_src(rs, h) for rs, h in out if rs.run.kind in _READ_AGAIN - _READ_LAST]
            out = [
                (rs, h) for rs, h in out
                if rs.run.kind not in _READ_AGAIN
                or not any(a < d and c < b for a, b in [_id_src(rs, h)] for c, d in (
                    listed if rs.run.kind in _READ_LAST else own))
            ]
        return out

    return scan.memo(("channels", "handles"), build)


# Runs that read list items again (a sentence over items, a label over a list), and, why
# , a header over its cell ("Handle: @mia_design", kind "table_column"): the row holds it.
# Pieces joined and words spelled by initials likewise ("Skype:⏎nico.⏎renders" is found on
# its lines already).
_READ_AGAIN = frozenset({ITEM_PHRASE, LABEL_LIST, "table_column", HANDLE_PIECES, ACROSTIC, CUT_WORD})
_READ_LAST = frozenset({HANDLE_PIECES, ACROSTIC, CUT_WORD})


def _id_src(rs: RunScan, h: HandleMatch) -> tuple[int, int]:
    """The source span of a handle's identifier."""
    return rs.run.src_span(*rs.words.span(h.id_start, h.id_end))


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
                # a block quote or code block under "Translation sample:": the work shown
                if in_framed_block(scan, run):
                    continue
                # "Звоните +7 (XXX) XXX-XX-XX": a masked number is a template's call to
                # action, unless the seller claims it ("call me: XXX ..." stays).
                pv = cv.placeholders
                if pv.masked_at(rs.text, inv.end) and not pv.owned(rs.text, inv.end):
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
                    if not _example_account(run.text, d, cv):
                        out.append((run, None, d))
        for rs in run_scans(scan):
            for d in find_handle_details(rs, cv):
                out.append((rs.run, rs.words, d))
        return out

    return scan.memo(("payment", "details"), build)


def _example_account(text: str, d: DetailMatch, cv: ChannelVocab) -> bool:
    """An IBAN shown as an example or a format, as a form's validation or an invoice design
    shows one ("Ich prüfe IBAN-Formate wie DE89 3704 …", "e.g. GB82 WEST …"), and that no
    first-person word claims ("my IBAN, e.g. for transfers: …" stays the seller's).."""
    pv = cv.placeholders
    if d.kind != "iban" or not pv.example_near(text, d.start, d.end) or pv.claimed_after(text, d.end):
        return False
    # (a dot before a lower-case word ends no sentence: "My IBAN, e.g. for transfers: …")
    cut = max(
        (m.end() for m in _SENTENCE_END.finditer(text, max(0, d.start - _OWNER_CHARS), d.start)
         if not text[m.end():m.end() + 1].islower()),
        default=0,
    )
    before = _LETTERS.findall(text, max(cut, d.start - _OWNER_CHARS), d.start)
    return not any(w.casefold() in pv.firsts for w in before)


# How far back in its sentence a first-person word claims an example IBAN ("My IBAN, e.g. …").
_OWNER_CHARS = 120
_SENTENCE_END = cached_regex(r"[!?。！？\n]|\.\s+")
_LETTERS = cached_regex(LETTER_RUN)


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
        rows: list[tuple[RunScan, list[OfferMatch]]] = []
        for rs in run_scans(scan):
            mine = [d for r, n, d in details if r is rs.run and n is not None]
            found = find_offers(rs, cv, mine)
            if CELL_SEP in rs.run.text:
                rows.append((rs, found))
            out += [(rs, o) for o in found]
        return [
            (rs, o) for rs, o in out if not _row_clears(rs, o, rows) and not _lead_in_clears(scan, cv, rs, o)
        ]

    return scan.memo(("payment", "offers"), build)


def gig_list_heads(scan: GigScan) -> list[ListHead]:
    """The gig's heads and the lists they govern (`list_heads`), found once: the offer
    reading (`label_lists`) and the work reading (`_lead_in_clears`) both read them."""
    return scan.memo(("list_heads",), lambda: list_heads(scan.gig))


def _lead_in_clears(scan: GigScan, cv: ChannelVocab, rs: RunScan, o: OfferMatch) -> bool:
    """A weak offer of a list item under a head that makes payments the work
    ("Integrasi payment gateway Midtrans ke toko Laravel kamu:" over "- QRIS, GoPay,
    OVO", "## Payments I integrate" over "- PayPal"): what the head says of the list is
    said of each of its items, as a label list's is (`label_lists`, for heads too long to
    be one). why (rt54 subject false alarm)."""
    if o.strength != WEAK or rs.run.kind not in ("text", ITEM_PHRASE, LABEL_LIST) or not rs.run.segments:
        return False
    if rs.run.kind == LABEL_LIST:
        # the head and its items read as one ("Incluye: …, Bizum como método de pago"): the head's section speaks
        heads = scan.memo(("list_heads", "by head"), lambda: {
            h.head.segments[0].src_start: h for h in gig_list_heads(scan) if h.head.segments
        })
        lead = heads.get(rs.run.segments[0].src_start)
        return lead is not None and _section_is_work(scan, cv, lead)
    governs = scan.memo(("list_heads", "items"), lambda: item_heads(gig_list_heads(scan)))
    h = governs.get(rs.run.segments[0].src_start)
    return h is not None and (_head_is_work(scan, cv, h) or _section_is_work(scan, cv, h))


def _head_is_work(scan: GigScan, cv: ChannelVocab, h: ListHead) -> bool:
    """Head `h` makes payments the work; read once per head, whatever the number of its items."""

    def build() -> bool:
        # (a line of no trigger has no scan of its own: its context words are read here)
        return _run_is_work(scan, cv, h.head)

    return scan.memo(("list_heads", "work", h.head.segments[0].src_start), build)


# Runs looked back from a list's head for its section's heading and lead paragraph.
_SECTION_REACH = 6


def _section_is_work(scan: GigScan, cv: ChannelVocab, h: ListHead) -> bool:
    """Head `h` says nothing of payments ("**Incluye**", "**Ce que vous obtenez**") but its
    section's heading or a paragraph between that heading and `h` makes them the work ("##
    Integração Pix para seu e-commerce", "Integro Bizum y Redsys en tu tienda"): what a section
    opens with is said of the lists in it. why (rt57 subject false alarms: the items of an
    integration gig's "what you get" list read as offers)."""

    def build() -> bool:
        runs = [r for r in scan.gig.runs if r.segments]
        at = next((i for i, r in enumerate(runs) if r is h.head), None)
        if at is None:
            return False
        for r in reversed(runs[max(0, at - _SECTION_REACH):at]):
            if r.kind in ("heading", "text") and _run_is_work(scan, cv, r, last_only=False):
                return True
            if r.kind == "heading":
                break
        return False

    return scan.memo(("list_heads", "section work", h.head.segments[0].src_start), build)


def _run_is_work(scan: GigScan, cv: ChannelVocab, run: TextRun, last_only: bool = True) -> bool:
    """Run `run` makes payments its topic (`payments_a_topic`) in its last sentence, or with
    `last_only` false in any of its sentences."""
    view = scan.view(run, "fold")
    rs = RunScan(run, view, view, [])
    end = max(0, len(view.text) - 1)
    at = end if last_only else 0
    while True:
        if payments_a_topic(rs, cv, at):
            return True
        nxt = rs.sentence(at)[1]
        if nxt <= at or nxt > end:
            return False
        at = nxt


def _row_clears(rs: RunScan, o: OfferMatch, rows: list[tuple[RunScan, list[OfferMatch]]]) -> bool:
    """A weak offer of a cell read under its column header ("Standard: Stripe + PayPal")
    that its whole row reads as no offer ("| Gateways integrated | Stripe | Stripe +
    PayPal |"): the row's first cell says what the services are, the header does not.
    why (rt54 subject false alarm: a package table of the gateways the seller integrates)."""
    if o.strength != WEAK or rs.run.kind != "table_column":
        return False
    a, b = _source_of(rs, o)
    for row, offers in rows:
        lo, hi = row.run.whole_span()
        if lo <= a < hi:
            return not any(x < b and a < y for x, y in (_source_of(row, p) for p in offers))
    return False


def _source_of(rs: RunScan, o: OfferMatch) -> tuple[int, int]:
    """The source span of offer `o` (in the words view of `rs`)."""
    x, y = rs.words.span(o.start, o.end)
    return rs.run.src_span(x, y)
