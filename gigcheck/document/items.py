"""A number split over two list items, read as one; a label and the value under it.

"- WhatsApp: +1 555⏎- 014 2288" is two list items for the parser and one number for a
reader. `item_pairs` joins two neighbouring items (or two cells of a table column) when
the first ends with a digit and the next begins with one, or an "@" or a dot stands at
the cut ("- anna.kowalska⏎- @gmail.com"); the detectors then decide (the phone detector continues a
number over the break only after a phone cue, so "- 1080 px⏎- 555 frames" stays apart).
"""
from __future__ import annotations

from gigcheck.document.gig import Gig
from gigcheck.document.list_heads import ListHead
from gigcheck.document.tables import CELL_SEP, VALUE_MARK, join_runs, labelled
from gigcheck.records import Segment, TextRun
from gigcheck.regex_cache import cached_regex

__all__ = [
    "ITEM_PAIR", "ITEM_PHRASE", "LABEL_LIST", "LABEL_PAIR", "item_join", "item_joins", "item_pairs", "label_lists",
    "headings_stacked", "label_pairs", "phrase_items", "stacked",
]

ITEM_PAIR = "item_pair"  # the kind of a joined run
ITEM_PHRASE = "item_phrase"  # the kind of a sentence read over list items (`phrase_items`)
LABEL_PAIR = "label_pair"  # the kind of a "label: value" run (see `label_pairs`)
LABEL_LIST = "label_list"  # the kind of a "label: item, item" run (see `label_lists`)
_LABEL_KINDS = frozenset({"text", "heading"})
_MAX_LABEL = 40  # longer is a sentence, not a label
_MAX_VALUE_WORDS = 3
# Items read together at most: a number written a digit or two per item fits; a longer
# list is read in pieces, which keeps the joining linear.
_MAX_CHAIN = 16  # an identifier is a word or two, not a line of prose
# Only layout between a label and its value: line breaks, list and quote markers,
# heading hashes, emphasis.
# No "|": table cells read in tables.py. Numbered items too ("2. auf Insta" over "3. @lena").
# A code span's backtick ("tg:⏎⏎`@mira`") and a footnote's mark ("[^1]: Telegram⏎[^2]: @mira") too.
_LAYOUT = cached_regex(r"(?:[\s\-*+>#_`]|\d{1,3}[.)]|\[\^\w{1,8}\]:){1,16}")
# What stands between two items in the source: the line break and the next marker.
_BETWEEN = cached_regex(r"[ \t]*\n[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+")
# A number or an address may run over: digits on both sides ("+1 555" / "014 2288"),
# an "@" or a dot at the cut ("anna.kowalska" / "@gmail.com", "anna@" / "gmail.com").
_DIGIT_END = cached_regex(r"[\d\-][ \t]*\Z")
_STARTS = cached_regex(r"[ \t]*[\d(+]")
_ENDS_WORD = cached_regex(r"\w[ \t]*\Z")
_STARTS_AT = cached_regex(r"[ \t]*[@.]\w")
_AT_END = cached_regex(r"[@.][ \t]*\Z")
_STARTS_WORD = cached_regex(r"[ \t]*\w")
_NUMBER = cached_regex(r"\+?[\d \t\n().\-/]{4,40}")  # a phone number's digits and separators alone
# A paragraph break (a blank line, also inside a quote: "> Discord⏎>⏎> zeno.art").
_PARAGRAPH_BREAK = cached_regex(r"\n[ \t>]*\n")
# What may stand before a label paragraph on its line: indentation, quote markers,
# emphasis, heading hashes; not a list marker ("- Telegram" over "- Discord.js").
_PARAGRAPH_START = cached_regex(r"[ \t>*_#]*")
_SENTENCE_MARK = cached_regex(r"[.!?,;]")  # a label is a name, not a sentence


_SLASH_END = cached_regex(r"\w\.\w+/[ \t]*\Z")  # a link cut after its host ("t.me/")


# A short label before an address's domain in the next item ("- mail: lorenzo.audio⏎-
# dominio: @libero.it"): fixed pieces, linear.
_DOMAIN_LABEL = cached_regex(r"[ \t]*[^\W\d_]{1,16}[ \t]*[:：][ \t]*(?=@\w+\.\w)")


def _unlabelled(a: TextRun, b: TextRun) -> TextRun:
    """`b` without a short label before the domain that completes `a`'s user name
    ("- mail: lorenzo.audio⏎- dominio: @libero.it" reads "lorenzo.audio@libero.it"):
    the label is the seller's note, not part of the address. why (rt30
    linebreak). Only where the label stands in one verbatim segment."""
    m = _DOMAIN_LABEL.match(b.text)
    if m is None or not _ENDS_WORD.search(a.text):
        return b
    cut = m.end()
    first = b.segments[0]
    if first.text_start != 0 or first.text_len != first.src_len or first.text_len <= cut:
        return b
    segs = [Segment(0, first.src_start + cut, first.text_len - cut, first.src_len - cut)]
    segs.extend(Segment(s.text_start - cut, s.src_start, s.text_len, s.src_len) for s in b.segments[1:])
    return TextRun(b.text[cut:], b.section, b.kind, tuple(segs))


def _may_run_over(a: str, b: str) -> bool:
    """Whether a number or an address may go on from text `a` into text `b`."""
    if _SLASH_END.search(a) and _STARTS_WORD.match(b):
        return True  # "t.me/" / "arjun_vfx"
    if _ENDS_WORD.search(a) and _STARTS_AT.match(b):
        return True  # "anna.kowalska" / "@gmail.com"
    if _AT_END.search(a) and _STARTS_WORD.match(b):
        return True  # "anna.kowalska@" / "gmail.com"
    return bool(_DIGIT_END.search(a)) and bool(_STARTS.match(b))


def item_pairs(gig: Gig) -> list[TextRun]:
    """Neighbouring list items joined by a line break where a number or an address may
    run over; likewise a table cell and the one below it ("| anna.kowalska@ |" over
    "| gmail.com |"). A number cut over three or more items ("- 0857⏎- 5550⏎- 7788")
    is one run of them all, and a short item right above (``- Respon cepat via WA``)
    comes along as the label a reader takes it for."""
    out = []
    src = gig.source
    runs = [r for r in gig.runs if r.kind == "text" and r.segments]
    chain: list[TextRun] = []
    first = 0  # the index of chain[0] in runs
    for i, (a, b) in enumerate(zip([None, *runs], [*runs, None], strict=False)):
        if len(chain) >= _MAX_CHAIN:  # a long list of numbers: read on in pieces
            out.append(_chain_run(src, runs[first - 1] if first > 0 else None, chain))
            chain = []
        joined = False
        if a is not None and b is not None:
            written = b  # where the item stands in the file; `b` may lose a label before a domain
            b = _unlabelled(chain[-1] if chain else a, b)
            joined = _joins(src, a, written, _may_run_over(a.text, b.text))
        if joined and a is not None and b is not None:
            if not chain:
                chain, first = [a], i - 1
            chain.append(b)
            continue
        if chain:
            label = runs[first - 1] if first > 0 else None
            out.append(_chain_run(src, label, chain))
        chain = []
    for table in gig.tables:
        for upper, lower in zip(table, table[1:], strict=False):
            for above, below in zip(upper, lower, strict=False):
                if above is None or below is None or not above.segments or not below.segments:
                    continue
                if _may_run_over(above.text, below.text):
                    out.append(_under_row_label(upper, above, join_runs([above, below], "\n", ITEM_PAIR)))
            out.extend(_row_over(upper, lower))
    return out


def _under_row_label(row: list[TextRun | None], cell: TextRun, pair: TextRun) -> TextRun:
    """`pair` (a cell and the one below it) after the label its row starts with, as a
    reader takes it ("| Telefon | 0176 |" over "| direkt | 4418 2930 |" reads "Telefon:
    0176⏎4418 2930"): the phone detector reads a number on over a break only after a
    cue. why (rt25 linebreak). A label is short text without an identifier's marks."""
    head = row[0]
    if head is None or head is cell or not head.text.strip() or len(head.text) > _MAX_LABEL:
        return pair
    if VALUE_MARK.search(head.text) or _SENTENCE_MARK.search(head.text):
        return pair
    return labelled(head.text.strip(), pair, ITEM_PAIR)


def _row_over(upper: list[TextRun | None], lower: list[TextRun | None]) -> list[TextRun]:
    """Two rows read on, as a buyer reads a table, when a number or an address runs
    from the last filled cell of `upper` into the first filled cell of `lower` ("| tel. |
    601 |" over "| | 234 567 |"): one "table_row" run of both rows' filled cells, so
    the label in the row above still cues the number."""
    a = [c for c in upper if c is not None and c.segments and c.text.strip()]
    b = [c for c in lower if c is not None and c.segments and c.text.strip()]
    if not a or not b or not _may_run_over(a[-1].text, b[0].text):
        return []
    return [join_runs([*a, *b], CELL_SEP, "table_row")]


def _joins(src: str, a: TextRun, b: TextRun, runs_over: bool) -> bool:
    """Items `a` and `b` stand one right under the other in one section, and a number
    or an address may run over from `a` into `b` (`runs_over`)."""
    return runs_over and stacked(src, a, b)


def stacked(src: str, a: TextRun, b: TextRun) -> bool:
    """Items `a` and `b` stand one right under the other in one section."""
    if a.section != b.section:
        return False
    return _BETWEEN.fullmatch(src, *a.gap_to(b)) is not None


def _chain_run(src: str, label: TextRun | None, chain: list[TextRun]) -> TextRun:
    """The items of `chain` as one run, the short item above them first, as their label
    (the phone detector reads a number on over line breaks only after a cue)."""
    items = list(chain)
    if label is not None and len(label.text) <= _MAX_LABEL and _joins(src, label, chain[0], True):
        items.insert(0, label)
    return join_runs(items, "\n", ITEM_PAIR)


def item_join(run: TextRun) -> int:
    """Where the first two items of an `item_pairs` run meet (the offset of the break)."""
    joins = item_joins(run)
    return joins[0] if joins else -1


def item_joins(run: TextRun) -> list[int]:
    """Where the items of an `item_pairs` run meet (the offsets of the breaks)."""
    return [
        seg.text_start for seg in run.segments
        if seg.text_len == 1 and seg.src_len > 1 and run.text[seg.text_start] == "\n"
    ]


def label_pairs(gig: Gig) -> list[TextRun]:
    """A short label and the identifier in the run right below it, as one run "label:
    value" (kind LABEL_PAIR, the label mapped zero-width to the value): "- Skype:" over
    "- live:nora.translates", "## Telegram" over "@nora_tr". The label has no
    identifier of its own and ends with ":" or is a heading (or the value is an
    "@name"); the value is a word or two with one ("@", "_", ":", a digit)."""
    out = []
    src = gig.source
    runs = [r for r in gig.runs if r.kind in _LABEL_KINDS and r.segments]
    for a, b in zip(runs, runs[1:], strict=False):
        line = _label_line(a.text)
        label = line.strip().rstrip(":").strip()
        value = b.text.strip()
        if not label or b.kind != "text":
            continue
        if not VALUE_MARK.search(value) or (len(value.split()) > _MAX_VALUE_WORDS and not _NUMBER.fullmatch(value)):
            continue  # (a number is a value in any grouping: "06 12⏎34 56⏎78")
        labels = line.rstrip().endswith(":") or a.kind == "heading" or _lone_name(src, a, b)
        if not (labels or value.startswith("@") or _NUMBER.fullmatch(value)):
            continue  # "- Telegram" over "- Discord.js" is a list of names; "電話番号" over a number labels it
        if _LAYOUT.fullmatch(src, *a.gap_to(b)) is None:
            continue
        out.append(labelled(label, b, LABEL_PAIR))
    return out


def _label_line(text: str) -> str:
    """What of paragraph `text` may label the run under it: the whole paragraph when it is
    short and holds no identifier ("S⏎K⏎Y⏎P⏎E", a name written a letter a line), else its
    last line ("Portraits in 4K.⏎Zalo:" over "> 0912⏎> 345 678": the lines above are
    sentences of their own; why: rt49 linebreak); "" when neither is a label."""
    for cand in (text, text.rstrip().rsplit("\n", 1)[-1]):
        label = cand.strip().rstrip(":").strip()
        if label and len(label) <= _MAX_LABEL and not VALUE_MARK.search(label):
            return cand
    return ""


def label_lists(heads: list[ListHead]) -> list[TextRun]:
    """A head (`list_heads`) and the short list items right under it, as one run "label: item, item, ..."
    (kind LABEL_LIST): "Formas de pagamento:" over "- Pix (chave: meu celular)⏎-
    transferência", "Reach me on:" over "- WhatsApp⏎- Telegram", "## Payment methods I
    accept" over "- PayPal⏎- Wise" (a heading or a bold line reads as if it ended with
    ":"). A reader takes the label as the start of each item's sentence. (why: rt11
    linebreak, issue 12: what a head says of a list is said of each of its items.)"""
    out = []
    for h in heads:
        label = h.head.text.strip()
        if len(label) > _MAX_LABEL or "\n" in label:
            continue
        items: list[TextRun] = []
        for b in h.items[:_PHRASE_ITEMS]:
            if not _phrase_piece(b.text):
                break
            items.append(b)
        if len(items) >= 2 or (items and not h.colon):
            out.append(join_runs([h.head, join_runs(items, ", ", LABEL_LIST)], " " if h.colon else ": ", LABEL_LIST))
    return out


def _lone_name(src: str, a: TextRun, b: TextRun) -> bool:
    """Run `a` is a paragraph of its own holding only a short name ("Skype", "S⏎K⏎Y⏎P⏎E"
    written a letter a line), and `b` the paragraph after it: a reader takes `a` for the
    label of `b` as if it ended with ":". List items are not (a list of names)."""
    if _SENTENCE_MARK.search(a.text):
        return False
    first = a.segments[0].src_start
    line_start = src.rfind("\n", 0, first) + 1
    if _PARAGRAPH_START.fullmatch(src, line_start, first) is None:
        return False
    return _PARAGRAPH_BREAK.search(src, *a.gap_to(b)) is not None


# A piece of a sentence cut over list items is short; a longer item is a line of its own.
_PHRASE_WORDS = 5
_PHRASE_CHARS = 48
_PHRASE_ITEMS = 8  # items read as one sentence at most
_SENTENCE_END = cached_regex(r"[.!?;。！？]\s*\Z")
# The runs a sentence may be cut over: list items (kind "text") and headings one a line.
_PHRASE_KINDS = frozenset({"text", "heading"})
# A heading's hashes alone before a run on its line: the title's heading, read as a front-matter
# value, is a heading one a line too ("# Pay⏎# me⏎# directly").
_HEADING_OPEN = cached_regex(r"(?:\A|\n)[ \t]{0,3}#{1,6}[ \t]+\Z")
# Between two headings on neighbouring lines: a closing hash run, the break, the next one's hashes.
_HEADING_BETWEEN = cached_regex(r"[ \t#]*\n[ \t]*#{1,6}[ \t]+")


def phrase_items(gig: Gig) -> list[tuple[TextRun, list[TextRun]]]:
    """Short list items that a reader takes for one sentence, as one run (kind
    ITEM_PHRASE, items joined by a space) with the items it joins: "- Escríbeme⏎- por
    WhatsApp⏎- al 612 445 566". Each item after the first goes on the sentence: it does
    not start with a capital (a list of names or features does: "- Logo⏎- Banner"), and
    the one before it does not end one. Headings one a line go on likewise; two short
    items that are two sentences are one run joined by ". " (`_sep_on`)."""
    out: list[tuple[TextRun, list[TextRun]]] = []
    src = gig.source
    runs = [r for r in gig.runs if r.segments and _phrase_kind(src, r) is not None]
    chain: list[TextRun] = []
    seps: list[str] = []
    for run in runs:
        sep = _sep_on(src, chain[-1], run) if chain and len(chain) < _PHRASE_ITEMS else None
        if sep is not None:
            chain.append(run)
            seps.append(sep)
            continue
        if _read_whole(chain, seps):
            out.append((join_runs(chain, seps, ITEM_PHRASE), chain))
        chain = [run] if _phrase_piece(run.text) else []
        seps = []
    if _read_whole(chain, seps):
        out.append((join_runs(chain, seps, ITEM_PHRASE), chain))
    return out


def _read_whole(chain: list[TextRun], seps: list[str]) -> bool:
    """A chain read as one run: a sentence cut over its items (a " " join), or two items
    that are two sentences (a longer list of items each its own sentence stays a list)."""
    return len(chain) == 2 or (len(chain) > 2 and " " in seps)


def _sep_on(src: str, a: TextRun, b: TextRun) -> str | None:
    """How item `b` goes on after item `a`: " " on `a`'s sentence (`_goes_on`), ". " as the
    next sentence when `b` is short, right under `a` in one list and starts its own ("- Send
    me your Instagram⏎- I will write you there": a request and a promise, each an item;
    why: the brief's known miss), None when `b` is no part of `a`'s text."""
    if _goes_on(src, a, b):
        return " "
    t = b.text.strip()
    if a.kind != "text" or b.kind != "text" or not _phrase_piece(t) or not t[0].isupper():
        return None
    return ". " if _joins(src, a, b, True) and not _SENTENCE_END.search(a.text) else None


def _phrase_piece(text: str) -> bool:
    t = text.strip()
    return bool(t) and "\n" not in t and len(t) <= _PHRASE_CHARS and len(t.split()) <= _PHRASE_WORDS


def _phrase_kind(src: str, run: TextRun) -> str | None:
    """The kind of piece `run` is when a sentence is cut over pieces: a list item ("text"), a
    heading (the title's too), or None."""
    if run.kind == "fm_value":
        start = run.segments[0].src_start
        return "heading" if _HEADING_OPEN.search(src, max(0, start - 12), start) else None
    return run.kind if run.kind in _PHRASE_KINDS else None


def _goes_on(src: str, a: TextRun, b: TextRun) -> bool:
    """Item `b`, right under item `a` in one list, goes on `a`'s sentence; or heading `b`
    on the line right under heading `a` ("## Me contacter⏎## en dehors⏎## du site : 06 84
    21"): a heading a line is a sentence cut over lines as a list item a line is. why (
    rt39 linebreak)."""
    t = b.text.lstrip()
    kind = _phrase_kind(src, a)
    if not _phrase_piece(t) or t[0].isupper() or _SENTENCE_END.search(a.text) or kind != _phrase_kind(src, b):
        return False
    if kind == "heading":
        return headings_stacked(src, a, b)
    return _joins(src, a, b, True)


def headings_stacked(src: str, a: TextRun, b: TextRun) -> bool:
    """Heading `b` stands on the line right under heading `a`."""
    return _HEADING_BETWEEN.fullmatch(src, *a.gap_to(b)) is not None
