"""The records that flow through gigcheck: text runs of a parsed gig, hits, findings,
results. The bottom layer: every other part may use them, they use nothing of gigcheck.

Positions are carried, never re-found: every piece of text a buyer can see keeps a map
back to its offsets in the original file, so a finding always points at what the seller
wrote, even after entities, escapes or normalization changed the text.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any


class Severity(IntEnum):
    """Ordered so that `severity >= fail_on` reads naturally."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, value: str) -> Severity:
        try:
            return cls[value.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r} (expected error, warning or info)") from None

    def __str__(self) -> str:
        return self.name.lower()


# Rule codes follow categories: GC0xx meta (about gigcheck's own comments), GC1xx listing,
# GC2xx contact, GC3xx payment, GC4xx links, GC5xx extras, GC6xx wording, GC7xx conduct (what
# the marketplace's standards forbid a gig to offer or ask: prohibited services, review
# requests, other marketplaces), GC9xx cross-gig.
CATEGORIES = ("meta", "listing", "contact", "payment", "links", "extras", "wording", "conduct", "cross-gig")
CODE_RANGES = {"meta": "GC0", "listing": "GC1", "contact": "GC2", "payment": "GC3", "links": "GC4",
               "extras": "GC5", "wording": "GC6", "conduct": "GC7", "cross-gig": "GC9"}


# Not frozen, though never changed once made: the parser and the scans make tens of
# segments a gig, and a frozen dataclass's __init__ costs three times as much (it sets
# each field through object.__setattr__). `unsafe_hash` keeps them hashed by value.
@dataclass(slots=True, unsafe_hash=True)
class Segment:
    """A stretch of run text that came from one stretch of source.

    Verbatim segments (same length in text and source) map character by character;
    the others (an entity `&amp;` that became `&`) map as a whole.
    """

    text_start: int
    src_start: int
    text_len: int
    src_len: int


@dataclass(slots=True, eq=False)
class TextRun:
    """One piece of visible text (a paragraph, a link target, a front-matter value ...).

    `text` is what a buyer reads; `segments` (sorted by `text_start`) map it back to
    offsets in the gig's normalized source. Softbreaks inside a paragraph appear as "\\n".
    Runs compare (and hash) by identity: the scan of a gig keys what it derives by run.
    """

    text: str
    section: str
    kind: str
    segments: tuple[Segment, ...]
    # The segments' text starts, for bisecting: built on the first lookup in a run of
    # several segments (most runs have one, and many are never mapped back at all).
    _starts: list[int] | None = field(default=None, repr=False)

    def _segment_at(self, i: int) -> Segment:
        segments = self.segments
        if len(segments) == 1:
            return segments[0]
        starts = self._starts
        if starts is None:
            starts = self._starts = [s.text_start for s in segments]
        k = bisect.bisect_right(starts, i) - 1
        return segments[max(k, 0)]

    def src_offset(self, i: int) -> int:
        """Source offset of the run character at index `i` (start side)."""
        seg = self._segment_at(i)
        rel = i - seg.text_start
        if seg.text_len == seg.src_len:
            return seg.src_start + min(max(rel, 0), seg.src_len)
        return seg.src_start if rel < seg.text_len else seg.src_start + seg.src_len

    def src_span(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets `[a, b)` covering run text `[start, end)`."""
        a = self.src_offset(start)
        if end <= start:
            return a, a
        seg = self._segment_at(end - 1)
        rel = end - 1 - seg.text_start
        # A verbatim segment maps character by character; any other as a whole.
        b = seg.src_start + rel + 1 if seg.text_len == seg.src_len else seg.src_start + seg.src_len
        return a, max(a, b)

    def gap_to(self, other: TextRun) -> tuple[int, int]:
        """Source offsets `[a, b)` between the end of this run and the start of `other`: the
        layout a reader skips from one to the other (a line break, a list mark, a cell's bar)."""
        last = self.segments[-1]
        return last.src_start + last.src_len, other.segments[0].src_start

    def whole_span(self) -> tuple[int, int]:
        """Source offsets of the whole run."""
        return self.src_span(0, len(self.text))

    def trimmed_span(self, start: int = 0, end: int | None = None) -> tuple[int, int]:
        """Source offsets of `text[start:end]`, leading and trailing spaces left out."""
        text = self.text
        end = len(text) if end is None else end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return self.src_span(start, end)

    def slice(self, start: int, end: int, section: str | None = None, kind: str | None = None) -> TextRun:
        """The sub-run for text `[start, end)`, still mapped to the same source."""
        segments = self.segments
        if start == 0 and end == len(self.text) and segments and segments[-1].text_start < end:
            # The whole run (a heading retagged): every segment is kept as it is.
            return TextRun(self.text, section or self.section, kind or self.kind, segments)
        segs = []
        # From the last segment starting before `start` (sorted, not overlapping) to the first
        # starting at or after `end`: a run cut line by line would otherwise walk every
        # segment for every line (quadratic in a long hard-wrapped paragraph)
        first = 0
        if len(segments) > 1:
            starts = self._starts
            if starts is None:
                starts = self._starts = [s.text_start for s in segments]
            first = max(bisect.bisect_left(starts, start) - 1, 0)
        for k in range(first, len(segments)):
            seg = segments[k]
            s0, s1 = seg.text_start, seg.text_start + seg.text_len
            if s0 >= end:
                break
            a, b = max(s0, start), min(s1, end)
            if a >= b and not (seg.text_len == 0 and start <= s0 < end):
                continue
            if seg.text_len == seg.src_len:
                segs.append(Segment(a - start, seg.src_start + (a - s0), b - a, b - a))
            else:
                segs.append(Segment(a - start, seg.src_start, b - a, seg.src_len))
        if not segs:
            at = self.src_offset(start)
            segs.append(Segment(0, at, 0, 0))
        return TextRun(self.text[start:end], section or self.section, kind or self.kind, tuple(segs))


def verbatim_run(text: str, src_start: int, section: str, kind: str) -> TextRun:
    """A run whose text is exactly the source at `src_start`."""
    return TextRun(text, section, kind, (Segment(0, src_start, len(text), len(text)),))


SAFE = "safe"  # a fix that keeps what the seller meant: `--fix` applies it
UNSAFE = "unsafe"  # a fix that drops what the seller wrote: only `--unsafe-fixes` or a chosen code action


@dataclass(frozen=True, slots=True)
class SourceEdit:
    """Replace source offsets `[start, end)` with `content` (an insertion when equal)."""

    start: int
    end: int
    content: str


@dataclass(frozen=True, slots=True)
class Fix:
    """How to fix what a rule found, as the rule that found it says (ruff's model): edits
    of the source, what they do, and whether they are safe to apply unasked."""

    message: str
    edits: tuple[SourceEdit, ...]
    applicability: str = SAFE


@dataclass(frozen=True, slots=True)
class TextEdit:
    """A `SourceEdit` placed by 1-based line and column (columns count characters; the
    end is exclusive), as findings are: it applies to the file whatever its newlines."""

    line: int
    column: int
    end_line: int
    end_column: int
    content: str

    def to_dict(self) -> dict[str, Any]:
        return {"line": self.line, "column": self.column, "end_line": self.end_line,
                "end_column": self.end_column, "content": self.content}


@dataclass(frozen=True, slots=True)
class PlacedFix:
    """A finding's fix: its edits placed by line and column (engine/findings.py)."""

    message: str
    edits: tuple[TextEdit, ...]
    applicability: str = SAFE

    def to_dict(self) -> dict[str, Any]:
        return {"applicability": self.applicability, "message": self.message,
                "edits": [e.to_dict() for e in self.edits]}


@dataclass(frozen=True, slots=True)
class Hit:
    """What a rule reports: a source span and what to say about it (the engine adds the
    rule's code, name, category and configured severity).

    `key` is the normalized matched value (an email, a phone number in digits); it feeds
    baselines and cross-gig checks so that they do not depend on line numbers.
    """

    start: int
    end: int
    section: str
    message: str
    suggestion: str | None = None
    key: str | None = None
    fix: Fix | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    name: str
    category: str
    severity: Severity
    message: str
    line: int
    column: int
    end_line: int
    end_column: int
    section: str
    excerpt: str
    suggestion: str | None = None
    key: str | None = None
    # Rows of exports: the field the finding is in (a JSON pointer such as
    # "/extras/1/description" for JSONL, the column name for CSV); `line` is the row's
    # line in the file and the columns count in the field's value. None for gig files.
    field: str | None = None
    # Cross-gig findings: the other inputs they name (as their results' paths), so that a
    # report can link to them. Not part of the finding's identity or of JSON.
    related: tuple[str, ...] = ()
    # How to fix it, when the rule knows a fix (`--fix`, `--diff`, the server's code actions).
    fix: PlacedFix | None = None

    def sort_key(self) -> tuple[Any, ...]:
        if self.field is not None:
            # A row's findings come in the order of its fields (the engine's order); the
            # columns of different fields do not compare, and a stable sort keeps it.
            return (self.line,)
        return (self.line, self.column, self.rule, self.end_line, self.end_column, self.message)

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "name": self.name,
            "category": self.category,
            "severity": str(self.severity),
            "message": self.message,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "section": self.section,
            "field": self.field,
            "excerpt": self.excerpt,
            "suggestion": self.suggestion,
            "fix": self.fix.to_dict() if self.fix is not None else None,
        }


@dataclass(frozen=True, slots=True)
class Match:
    """Other gigs of a batch sharing a key with one gig (cross-gig rules): the first few
    (closest first, then in input order), how many in all, and the highest similarity
    (1.0 for an exact key); for near-duplicates also each named gig's own similarity
    (`shares`, in the order of `others`) and the lowest of all counted (`least`)."""

    others: tuple[int, ...]
    total: int
    similarity: float = 1.0
    shares: tuple[float, ...] = ()
    least: float = 1.0


@dataclass(frozen=True, slots=True)
class RowOrigin:
    """Where a gig read from a row of an export is: `file` (as named on the command
    line; the result's path is `<file>#<id>`), `line` (the row's first line in it),
    `record` (the row's number in the file, 1-based; a CSV header is not one), `format`
    ("jsonl" or "csv") and the row's `id`."""

    file: str
    line: int
    record: int
    format: str
    id: str


@dataclass(slots=True)
class FileResult:
    """Everything a reporter needs about one input, and nothing it must re-read.

    `lines` holds only the source lines that findings point at (the text reporter shows
    them), so parallel workers ship little back to the parent process.
    `source` is the whole normalized text (the one findings' positions point into), kept
    only when the reporter asks for it (the HTML report highlights findings in place).
    A row of an export has `row` set, no `lines` and no `source`: `values` holds the
    values of the fields its findings are in (every field when the source is kept), by
    field name, as decoded from the row.
    `secrets` is filled for `--redact` only (engine/redact.py masks them wherever they
    show): the findings of every rule that masks its excerpt, selected or not, before
    suppressions and baselines, placed like findings; those read in the input's name
    have line 0. Once they are masked, `fingerprints` holds the findings' fingerprints,
    taken before (they hash the section and the path, which masking may change).
    `title` and `seller` name the gig for an editor's report (its title as a buyer reads
    it, the front matter's or the row's `seller`); None when the gig does not say.
    """

    path: str
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None
    lines: dict[int, str] = field(default_factory=dict)
    source: str | None = None
    row: RowOrigin | None = None
    values: dict[str, str] = field(default_factory=dict)
    secrets: list[Finding] = field(default_factory=list)
    fingerprints: list[str] | None = None
    title: str | None = None
    seller: str | None = None

    def value_line(self, f: Finding) -> tuple[int, int, int, str] | None:
        """For a finding in a row's field whose value is at hand: (line of the value,
        start and end column in that line, the line), 1-based, a span running past the
        line's end cut at it. None otherwise."""
        value = self.values.get(f.field) if f.field is not None else None
        if value is None:
            return None
        line, start, end = value_lines(value, f.column - 1)
        stop = min(len(value), max(f.column - 1, f.end_column - 1), end)
        return line, f.column - start, stop - start + 1, value[start:end]


def value_lines(value: str, offset: int) -> tuple[int, int, int]:
    """(1-based line number, start, end) of the line of `value` holding `offset`; lines
    end at LF, CR or CRLF (the offsets count each of their characters)."""
    line, start = 1, 0
    i = 0
    n = len(value)
    while i < n:
        c = value[i]
        if c == "\n" or c == "\r":
            if i >= offset:
                return line, start, i
            i += 2 if c == "\r" and value[i + 1 : i + 2] == "\n" else 1
            if i > offset:  # inside a CRLF: the line it ends
                return line, start, i - 2
            line, start = line + 1, i
            continue
        i += 1
    return line, start, n
