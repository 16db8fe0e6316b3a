"""The emails and phone numbers of a gig, found once and shared.

contact-email, contact-phone and the channel rules (which leave to these the text they
claim) all ask here; each run is examined once per gig (kept on its `GigScan`), and only if
cheap first tests on its raw text say an address or a number may be there: most gigs
cost one scan of their text per kind, and no normalized view at all.

Every `Contact` is located in its run's text (`TextRun.src_span` maps it to the file).
"""
from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace

from gigcheck.detectors import emails, phone_validity, phones
from gigcheck.detectors.email_swaps import read_swaps
from gigcheck.detectors.phone_reversed import find_reversed_phones
from gigcheck.detectors.phone_together import together_cue
from gigcheck.detectors.phone_vocab import words_of
from gigcheck.document.gig import Gig
from gigcheck.document.items import ITEM_PAIR, ITEM_PHRASE, item_joins, item_pairs, label_pairs, phrase_items
from gigcheck.document.list_numbers import LIST_NUMBER, list_numbers
from gigcheck.document.table_numbers import TABLE_NUMBER, opens_number, table_numbers
from gigcheck.document.tables import CELL_SEP, column_runs, labelled, row_runs
from gigcheck.records import Segment, TextRun
from gigcheck.regex_cache import cached_regex
from gigcheck.scan.gigscan import GigScan
from gigcheck.scan.named_cells import other_number_cells
from gigcheck.scan.templates import under_example_headers
from gigcheck.text.bidi import display_order
from gigcheck.text.fold import fold
from gigcheck.text.normalized import Normalized
from gigcheck.text.spacing import collapse_spaced, join_pieces, unseparate_words

__all__ = [
    "Contact", "EMAIL", "PHONE", "gig_contacts", "gig_item_pairs", "gig_label_pairs", "gig_phrases", "run_contacts",
    "gate_text", "contact_spans",
]

EMAIL = "email"
PHONE = "phone"
# A cell read alone or under its column header (`named_cells`).
_CELL_KINDS = frozenset({"text", "table_column"})
_JOINED_KINDS = frozenset({"table_row", TABLE_NUMBER, ITEM_PAIR, ITEM_PHRASE})


@dataclass(frozen=True, slots=True)
class Contact:
    kind: str  # EMAIL or PHONE
    start: int  # run text offsets
    end: int
    value: str  # "local@domain" or E.164
    form: str  # emails.PLAIN/DISGUISED/PROVIDER, phones.PLAIN/SPELLED/DISGUISED


# Fullwidth, mathematical, circled, superscript and subscript letters and digits, and
# invisible characters: rare, but sellers use them to hide "ａｔ", "s\u200bkype" or
# "⁵⁵⁵⁻⁰¹⁴²", "③①②" from word lists and digit tests.
_DISGUISE = cached_regex(
    "[\uff01-\uff5e\u2460-\u24ff\u2776-\u2793\u00b2\u00b3\u00b9\u2070-\u209f"
    "\U0001d400-\U0001d7ff\u200b-\u200f\u2060-\u2064\ufeff\u00ad]"
)
_INVISIBLE = cached_regex("[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]")


def gate_text(raw: str) -> str:
    """`raw` in lower case for the cheap first tests; with disguised characters undone
    (NFKC, invisibles dropped) when there are any."""
    if not raw.isascii() and _DISGUISE.search(raw):
        raw = _INVISIBLE.sub("", unicodedata.normalize("NFKC", raw))
    return raw.lower()


def runs(scan: GigScan) -> list[TextRun]:
    """Every run a buyer or an editor can see, plus paragraphs with their inline HTML put
    back ("name<at>site<dot>com" is split by the parser into text and tags), table
    rows read across their cells ("| (312) 555- | 0148 |") and neighbouring list
    items a number may run over (see `run_contacts`)."""
    def build() -> list[TextRun]:
        gig = scan.gig
        found = [*scan.scanned_runs(), *inline_html_runs(gig), *row_runs(gig), *gig_item_pairs(scan)]
        # A sentence over list items ("- Escríbeme⏎- por WhatsApp⏎- al 612 445 566"): the
        # phone word in one item cues the number in the next.
        found += [joined for joined, _ in gig_phrases(scan) if _phone_digits(scan, joined.text)]
        # A number under its label: a header cell ("| Phone |" over "| 912 345 678 |") or
        # a label paragraph; only values with a phone number's digits are read again.
        found += [r for r in [*column_runs(gig), *gig_label_pairs(scan)] if _digit_count(r.text) >= _PHONE_DIGITS]
        found += _cued_table_numbers(scan)
        # A cell its header or row label names as another number is read through its row only
        named = other_number_cells(gig, scan.vocabulary.phones)
        if named:
            found = [r for r in found if r.kind not in _CELL_KINDS or r.segments[0].src_start not in named]
        return under_example_headers(scan, found)  # "| ... | Example |" tables

    return scan.memo(("contacts", "runs"), build)


def _cued_table_numbers(scan: GigScan) -> list[TextRun]:
    """A number cut into table cells (`table_numbers`) or hidden one piece a list item or
    line (`list_numbers`), read under the phone word the table or the paragraph next to
    it names ("| 0532 | 418 |" over "| 77 | 06 |", then "join the numbers in order: my
    WhatsApp"): a count or a score table names none; pieces among words ("Lundi — 06")
    need a word that says to read them together too; a number that opens with "+" or a
    trunk "0" is read as any number is."""
    pv = scan.vocabulary.phones
    out = []
    for number in [*table_numbers(scan.gig), *list_numbers(scan.gig)]:
        if number.leading:
            out.append(number.run)  # "+" down the left edge of a list: a number as written
            continue
        around = gate_text(number.around)
        if number.worded:
            cue = together_cue(around, pv)
            if cue is not None:
                out.append(labelled(cue, number.run, LIST_NUMBER))
            continue
        cue = next((w for w in words_of(around) if w in pv.context), None)
        if cue is not None:
            out.append(labelled(cue, number.run, TABLE_NUMBER))
        elif opens_number(number.run.text):
            # "+" or a trunk "0" opens a number on its own: valid numbers only (`phones`).
            out.append(number.run)
    return out


def gig_phrases(scan: GigScan) -> list[tuple[TextRun, list[TextRun]]]:
    """The gig's sentences read over list items (`phrase_items`), built once."""
    return scan.memo(("items", "phrases"), lambda: phrase_items(scan.gig))


# The contact, link and channel scans all read these: built once per gig (the same run
# objects, so the views derived from them are built once too).
def gig_item_pairs(scan: GigScan) -> list[TextRun]:
    """The gig's list items and table cells read on into the next (`item_pairs`)."""
    return scan.memo(("items", "pairs"), lambda: item_pairs(scan.gig))


def gig_label_pairs(scan: GigScan) -> list[TextRun]:
    """The gig's labels with the value right below them (`label_pairs`)."""
    return scan.memo(("items", "labels"), lambda: label_pairs(scan.gig))


# Fewer digits than this make no phone number: labelled values shorter are not read again.
_PHONE_DIGITS = 7


def _digit_count(text: str) -> int:
    return sum(ch.isdigit() for ch in text)


def _phone_digits(scan: GigScan, text: str) -> bool:
    """`text` has a phone number's digits, as digits or spelled out ("- tre tre nove⏎- uno
    due otto⏎- quattro cinque sei sette", one group an item). why (rt22 linebreak)."""
    if _DIGIT.search(text):
        return _digit_count(text) >= _PHONE_DIGITS
    return phones.may_hold_phone(gate_text(text), scan.vocabulary.phones)


class _GigText:
    """All runs of a gig joined in lower case, for the cheap first tests over the whole
    gig: one scan instead of one per run, and most gigs stop there."""

    __slots__ = ("text", "_tokens")

    def __init__(self, runs: list[TextRun]) -> None:
        self.text = gate_text("\n".join(r.text for r in runs))
        self._tokens: frozenset[str] | None = None

    @property
    def tokens(self) -> frozenset[str]:
        """The words between whitespace (a set: intersecting it with a vocabulary is cheap)."""
        if self._tokens is None:
            self._tokens = frozenset(self.text.split())
        return self._tokens


# Four single characters in a row, spaced ("j o r d a n", "g m a i l"): an address may be
# spelled out so, and the cheap tests read it joined. Fixed pieces: linear.
_SPACED_OUT = cached_regex(r"(?<!\w)\w (?:\w ){3}")


def _may_hold(
    kind: str, scan: GigScan, text: str, tokens: frozenset[str] | None = None, run: TextRun | None = None
) -> bool:
    """Whether `text` (a run's gate text, or the whole gig's) may hold a contact of `kind`;
    with `run`, the stated swap is asked of the view it is read in."""
    if kind == EMAIL:
        ev = scan.vocabulary.emails
        if emails.may_hold_email(text, ev, tokens):
            return True
        # "j o r d a n . k e l l y 9 0 at g m a i l dot c o m": the "at" word stands
        # before a domain only once the letters are joined.
        if _SPACED_OUT.search(text) is not None and emails.may_hold_email(collapse_spaced(text).text, ev):
            return True
        # "ana • at • studio • dot • co": likewise once the separators are read as spaces;
        # only an "@" word among the words makes that worth a look.
        words = tokens if tokens is not None else frozenset(text.split())
        if ev.swaps.may_declare(text, words) and (run is None or _swap_cued(scan, run)):
            return True  # "swap the 🌸 for the at-sign: lena🌸mailbox.org" (email_swaps)
        if ev.at_tokens.isdisjoint(words):
            return False
        parted = unseparate_words(text).text
        return parted != text and emails.may_hold_email(parted, ev)
    return phones.may_hold_phone(text, scan.vocabulary.phones, tokens)


def _swap_cued(scan: GigScan, run: TextRun) -> bool:
    """Whether a cue of a stated swap stands in the run's "fold" view, where `read_swaps`
    looks for one (it reads nothing without). The words that open a cue ("change", "read",
    "=") stand in most gigs: on the 2,000 bench gigs their gate alone sent 99 of 100 runs
    that reached the readings of an address there, for nothing."""
    view = scan.view(_as_address_lines(run), "fold")
    return scan.vocabulary.emails.swaps.cue.search(view.text) is not None


def run_contacts(scan: GigScan, run: TextRun, kind: str) -> list[Contact]:
    """The emails (kind EMAIL) or phone numbers (PHONE) in one run, cached per gig."""

    def build() -> list[Contact]:
        low = gate_text(run.text)
        if not _may_hold(kind, scan, low, frozenset(low.split()), run):
            return []
        if kind == EMAIL:
            return _emails(scan, run)
        digits = scan.view(run, "digits")
        pv = scan.vocabulary.phones
        found = phones.find_phones(digits, pv)
        backwards = find_reversed_phones(run.text, pv)
        found += [r for r in backwards if not any(r.start < m.end and m.start < r.end for m in found)]
        return [Contact(PHONE, m.start, m.end, m.value, m.form) for m in found]

    def across_cells() -> list[Contact]:
        # A row run repeats its cells: only what spans two of them is new, and a number
        # whole in one cell that its neighbour labels ("| WhatsApp | 912 345 678 |": the
        # cell alone reads as a count of thousands). gig_contacts drops the cell's own
        # reading of the same span.
        return [c for c in build() if CELL_SEP in run.text[c.start:c.end] or kind == PHONE]

    def across_items() -> list[Contact]:
        # Likewise list items read together: only what spans a break between two.
        joins = item_joins(run)
        return [c for c in build() if any(c.start < at < c.end for at in joins)]

    def valid_only() -> list[Contact]:
        # Cells of bare numbers are data as often as a number cut up: only a number
        # valid where it is dialled counts, whatever the cue ("| 2021 | 140 |" is not).
        return [c for c in build() if phone_validity.valid(c.value, (None,)) is not None]

    joined = {"table_row": across_cells, TABLE_NUMBER: valid_only, ITEM_PAIR: across_items}.get(run.kind, build)
    return scan.memo(("contacts", kind, run), joined)


_DIGIT = cached_regex(r"\d")


def _as_address_lines(run: TextRun) -> TextRun:
    """The run as the email readings read it: a table row's cells as lines of one address
    ("| anna.kowalska | @gmail.com |"), a line break (padded to the separator's length,
    offsets kept) instead of "|"."""
    if run.kind == "table_row":
        return replace(run, text=run.text.replace(CELL_SEP, " \n "))
    return run


def _emails(scan: GigScan, run: TextRun) -> list[Contact]:
    ev = scan.vocabulary.emails
    run = _as_address_lines(run)
    if run.kind == "html" and "&" in run.text:
        # Raw HTML keeps its character references: "ada&#x40;site.com".
        words = collapse_spaced(fold(display_order(emails.unescape_entities(run.text))))
    else:
        words = scan.view(run, "words")
    out = _emails_in(words, ev)
    if not out and run.kind != "html" and _DIGIT.search(words.text):
        # Leetspeak in the address ("4n4@gm41l.c0m", "ana at 0utl00k d0t c0m"): read
        # with digits as letters, but only when nothing was found as written.
        leet = scan.view(run, "mail_leet")
        if leet.text != words.text:
            out = [replace(c, form=emails.DISGUISED) for c in _emails_in(leet, ev)]
    if not out:
        # Symbols and emoji for "@" and "." ("anna🌀gmail•com"), likewise.
        sym = emails.read_symbols(words, ev)
        if sym is not None:
            out = [replace(c, form=emails.DISGUISED) for c in _emails_in(sym, ev)]
            if not out and "@" in sym.text:
                out = _with_reversed(sym, ev, out)  # "moc•liamg🌀anna"
    if not out:
        # One symbol parting the pieces ("ana • at • studio • dot • co", "ana → @ → …"):
        # read as spaces, likewise.
        parted = unseparate_words(words)
        if parted.text != words.text:
            out = [replace(c, form=emails.DISGUISED) for c in _emails_in(parted, ev)]
    if not out and _PIECE_MARK.search(words.text):
        # The name handed over in pieces ("my first name (priya) + 'designs' at yahoo").
        joined = join_pieces(words)
        if joined.text != words.text:
            out = [replace(c, form=emails.DISGUISED) for c in _emails_in(joined, ev)]
    if not out and ev.swaps.may_declare(words.text, frozenset(words.text.split())):
        # A stand-in the seller says to swap ("where you see (a) put @: lena(a)gmail"):
        # read on the folded view, before brackets inside words are dropped.
        swapped = read_swaps(scan.view(run, "fold"), ev.swaps)
        if swapped is not None:
            view = collapse_spaced(swapped)
            out = [replace(c, form=emails.DISGUISED) for c in _emails_in(view, ev)]
    if "@" in words.text:
        out = _with_reversed(words, ev, out)
    return out


# Quotes, brackets or a "+" that an address's name may be handed over in (`join_pieces`).
_PIECE_MARK = cached_regex("[+'\"‘’“”«»`(\\[]")


def _with_reversed(words: Normalized, ev: emails.EmailVocab, out: list[Contact]) -> list[Contact]:
    """`out` with the addresses written backwards ("moc.liamg@kram"); one read forwards
    on the same span gives way when its ending is not a listed one ("otohp.anna")."""
    for m in emails.find_reversed(words, ev):
        a, b = words.span(m.start, m.end)
        rev = Contact(EMAIL, a, b, m.value, m.form)
        same = [c for c in out if c.start < b and a < c.end]
        if not same:
            out.append(rev)
        elif all(c.value.rsplit(".", 1)[-1] not in ev.tlds for c in same):
            out = [rev if c is same[0] else c for c in out if c is same[0] or c not in same]
    return out


def _emails_in(view: Normalized, ev: emails.EmailVocab) -> list[Contact]:
    out = []
    for m in emails.find_emails(view, ev):
        a, b = view.span(m.start, m.end)
        out.append(Contact(EMAIL, a, b, m.value, m.form))
    return out


def gig_contacts(scan: GigScan, kind: str) -> Iterator[tuple[TextRun, Contact]]:
    """Every email (kind EMAIL) or phone number (PHONE) of the gig, in run order."""
    rs = runs(scan)
    whole = scan.memo(("contacts", "text"), lambda: _GigText(rs))
    if not _may_hold(kind, scan, whole.text, whole.tokens):
        return
    found = [(run, c) for run in rs for c in run_contacts(scan, run, kind)]
    covers = _Covers([run.src_span(c.start, c.end) for run, c in found if run.kind in _JOINED_KINDS])
    for run, c in found:
        if run.kind not in _JOINED_KINDS and covers(*run.src_span(c.start, c.end)):
            continue  # a piece of what a row or a pair of items reads whole
        yield run, c


class _Covers:
    """Whether a source span lies inside one of `spans`: sorted by start, with the
    farthest end reached so far, so each question costs a binary search (a table of many
    numbers asks as many questions as it has spans)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans.sort()
        self.starts = [x for x, _ in spans]
        self.reach: list[int] = []
        far = -1
        for _, y in spans:
            far = max(far, y)
            self.reach.append(far)

    def __call__(self, a: int, b: int) -> bool:
        k = bisect_right(self.starts, a)
        return k > 0 and self.reach[k - 1] >= b


def contact_spans(scan: GigScan, run: TextRun, kinds: tuple[str, ...] = (EMAIL, PHONE)) -> list[tuple[int, int]]:
    """Run-text spans of the emails and phone numbers the email and phone rules find in
    `run` (found once per gig)."""
    return [(c.start, c.end) for kind in kinds for c in run_contacts(scan, run, kind)]


def inline_html_runs(gig: Gig) -> list[TextRun]:
    """Text runs that had inline HTML cut out of them, with that HTML put back.

    "samira<at>icloud<dot>com" parses as the text "samiraicloudcom" and two HTML runs;
    a detector scanning the text alone sees neither the name nor the disguise. Only
    short tags inside a paragraph are put back (comments are runs of their own).
    """
    html = [
        r for r in gig.runs
        if r.kind == "html" and r.segments and len(r.text) <= 40 and not r.text.startswith("<!--")
    ]
    if not html:
        return []
    out = []
    for run in gig.runs:
        if run.kind != "text" or len(run.segments) < 2:
            continue
        first, last = run.segments[0], run.segments[-1]
        lo, hi = first.src_start, last.src_start + last.src_len
        inner = [h for h in html if lo < h.segments[0].src_start < hi]
        if not inner:
            continue
        pieces = [(s.src_start, run.text[s.text_start:s.text_start + s.text_len], s) for s in run.segments]
        pieces += [(h.segments[0].src_start, h.text, h.segments[0]) for h in inner]
        pieces.sort(key=lambda p: p[0])
        text, segs, at = [], [], 0
        for _, piece, s in pieces:
            segs.append(Segment(at, s.src_start, len(piece), s.src_len if s.text_len != s.src_len else len(piece)))
            text.append(piece)
            at += len(piece)
        out.append(TextRun("".join(text), run.section, run.kind, tuple(segs)))
    return out

