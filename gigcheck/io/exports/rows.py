"""One row of a platform export (JSONL or CSV) → a `Gig`, and source offsets → fields.

A row is checked as the gig it describes, built from its fields directly (no Markdown
document is written for it):

- `title`, `category` and each tag are fields, as the front matter of a gig file holds
  them (sections `title`, `category`, `tags`);
- `description`, `faq` and `requirements` are Markdown the seller wrote: each value is
  parsed on its own (a heading inside it stays in its field; it never opens a section)
  and its text runs are in that field's section;
- each extra is an `Extra` from its fields: `title` its heading (section
  `extra:<title>`), `price` and `delivery` its fields, `description` Markdown.

The parsed values are laid end to end in one text, the gig's `source` (each value as the
parser reads it, newlines normalized), so offsets, lines and every rule work as for a
file. `RowGig.locate` turns a span of that text back into the field it is in, as a JSON
pointer for JSONL (`/extras/1/description`) or the column name for CSV (`description`,
`extras/1/description` inside the `extras` cell's JSON), and 1-based character columns
inside that field's value as decoded from the row (newlines count as characters, a CRLF
as two).
"""
from __future__ import annotations

import bisect
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from gigcheck.document import gig as G
from gigcheck.document.gig import Extra, Field, Gig, Section
from gigcheck.document.positions import LineIndex
from gigcheck.io.json_values import JsonValueError, load_json
from gigcheck.records import Hit, Segment, TextRun
from gigcheck.regex_cache import cached_regex

COLUMNS = ("id", "seller", "title", "category", "tags", "description", "extras", "faq", "requirements")
EXTRA_FIELDS = ("title", "price", "delivery", "description")
FORMATS = ("jsonl", "csv", "parquet")

_SURROGATE = cached_regex("[\ud800-\udfff]")
_TAG = cached_regex(r"[^,]+")

Path = tuple[str | int, ...]  # ("extras", 1, "description"); () is the row itself
Parse = Callable[[str, str], Gig]  # Markdown text, path → Gig (the linter's parser)


class Row(dict):  # type: ignore[type-arg]
    """A row's columns as read (a dict), and where it was read: `format` ("jsonl" or
    "csv"), `line` (the row's first line in the file) and `record` (the row's number in
    the file, 1-based; a CSV header is not a record). `duplicates` names the keys (or CSV
    columns) given twice, of which only the last value was kept. Picklable, for the workers."""

    def __init__(
        self, columns: Mapping[str, Any], *, format: str, line: int, record: int, duplicates: Sequence[str] = ()
    ) -> None:
        super().__init__(columns)
        self.format = format
        self.line = line
        self.record = record
        self.duplicates = tuple(duplicates)


RowOrError = tuple[int, Row | str]  # (line, the row) or (line, why it is not one)


class RowError(ValueError):
    """A row that cannot be turned into a gig; str() is the one-line reason."""


def row_id(row: Mapping[str, Any]) -> str | None:
    """The row's id as text, or None when it has no usable one."""
    value = row.get("id")
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    text = str(value).strip()
    return text or None


def pointer(path: Path, fmt: str) -> str:
    """A field's name in reports: a JSON pointer for JSONL (`/extras/1/description`, ""
    for the row), the column name for CSV, with a pointer into a cell's JSON after it
    (`extras/1/description`)."""
    parts = [str(p).replace("~", "~0").replace("/", "~1") for p in path]
    return "/".join(parts) if fmt == "csv" else "".join("/" + p for p in parts)


# -- values ------------------------------------------------------------------------------


def _scalar(value: Any) -> str:
    """A non-text value as text: JSON's spelling for true/false/null, lists and objects."""
    if isinstance(value, str):
        return value
    if isinstance(value, (bool, dict, list)) or value is None:
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    return "an object" if isinstance(value, dict) else "a list" if isinstance(value, list) else "null"


def _text(row: Mapping[str, Any], key: str, where: str = "", *, numbers: bool = False) -> str | None:
    """A text field; a number is a wrong type (`"title": 5` is a mistake, as in a gig
    file's front matter), except where `numbers` (a seller's id)."""
    value = row.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return value
    if numbers and isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    raise RowError(f"'{where}{key}' must be text, not {_json_type(value)}")


def _tags(value: Any) -> str | list[str] | None:
    """Comma-separated text (one value), a list of texts, or None."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        text = value.strip()
        if not text.startswith("["):
            return value if text else None
        try:  # a JSON list in a CSV cell
            value = load_json(text)
        except JsonValueError as exc:
            raise RowError(f"'tags' is {exc}") from None
        except ValueError:
            raise RowError("'tags' is neither a JSON list nor comma-separated text") from None
    if not isinstance(value, list) or not all(isinstance(t, str) for t in value):
        raise RowError("'tags' must be a list of texts or comma-separated text")
    return value


def _extras(value: Any, duplicates: list[str]) -> list[Mapping[str, Any]]:
    if value is None or value == "":
        return []
    if isinstance(value, str):  # CSV: the list as JSON in one cell
        try:
            value = load_json(value, duplicates)
        except JsonValueError as exc:
            raise RowError(f"'extras' is {exc}") from None
        except ValueError:
            raise RowError("'extras' is not a JSON list of {title, price, delivery, description}") from None
    if not isinstance(value, list) or not all(isinstance(e, dict) for e in value):
        raise RowError("'extras' must be a list of objects with title, price, delivery, description")
    return value


def _quantity(value: Any) -> str | None:
    """A price or delivery as the row gives it: a number (`40`, `-1`) or text (`$40`)."""
    if value is None or value == "":
        return None
    return _scalar(value)


@dataclass(frozen=True, slots=True)
class Value:
    """One field's value: where it sits in the gig's source, and the value as decoded."""

    start: int
    end: int
    path: Path
    name: str  # the field's name in reports (`pointer`)
    text: str  # as decoded from the row (NUL and lone surrogates replaced, CRLF kept)
    crlf: tuple[int, ...]  # offsets from `start` of the "\n"s that were "\r\n" in `text`

    def column(self, offset: int) -> int:
        """1-based column in `text` of source `offset` (inside or at the end of the value)."""
        rel = offset - self.start
        return rel + bisect.bisect_left(self.crlf, rel) + 1


def _decode(value: str) -> tuple[str, str, tuple[int, ...]]:
    """(the value shown, the value as the parser reads it, where CRLFs were joined)."""
    shown = _SURROGATE.sub("\ufffd", value.replace("\0", "\ufffd"))
    if "\r" not in shown:
        return shown, shown, ()
    crlf = []
    parts = shown.split("\r\n")
    at = 0
    for part in parts[:-1]:
        at += len(part)
        crlf.append(at)
        at += 1
    return shown, "\n".join(parts).replace("\r", "\n"), tuple(crlf)


# -- the gig -----------------------------------------------------------------------------


def _start(v: Value) -> int:
    return v.start


@dataclass(frozen=True, slots=True)
class RowGig:
    """The row's gig, and which field each stretch of its source comes from."""

    gig: Gig
    format: str
    values: tuple[Value, ...]  # sorted by start, disjoint
    blocks: tuple[tuple[int, int, Path], ...]  # each extra as a whole: (start, end, ("extras", i))

    def _value_at(self, offset: int, *, end: bool = False) -> Value | None:
        """The value holding `offset`; as an end (`end`), a value's start does not count."""
        search = bisect.bisect_left if end else bisect.bisect_right
        k = search(self.values, offset, key=_start) - 1
        if k >= 0 and offset <= self.values[k].end:
            return self.values[k]
        return None

    def _path_at(self, offset: int, value: Value | None) -> Path:
        if value is not None:
            return value.path
        for start, end, path in self.blocks:
            if start <= offset < end:
                return path
        return ()

    def locate(self, start: int, end: int) -> tuple[str, int, int]:
        """(field, column, end column) of the source span `[start, end)`.

        A span inside one value is located in it. Anything else (a missing title, an
        extra without a title, tags 6 to 8 of a list) is located at the nearest field
        holding all of it (the row "", the extra `/extras/1`, the list `/tags`), columns
        1 to 1: such a field has no text of its own to count in.
        """
        a = self._value_at(start)
        b = a if end <= start else self._value_at(end, end=True)
        if a is not None and a is b:
            return a.name, a.column(start), a.column(end)
        pa, pb = self._path_at(start, a), self._path_at(max(start, end - 1), b)
        common: list[str | int] = []
        for x, y in zip(pa, pb, strict=False):
            if x != y:
                break
            common.append(x)
        return pointer(tuple(common), self.format), 1, 1

    def texts(self, fields: set[str] | None = None) -> dict[str, str]:
        """Field → value as decoded, in the row's order (every field, or those in `fields`)."""
        return {v.name: v.text for v in self.values if fields is None or v.name in fields}


class _Builder:
    """Lays values end to end in the gig's source (blank lines between them) and builds
    each one's runs."""

    def __init__(self, path: str, parse: Parse, fmt: str) -> None:
        self.path = path
        self.parse = parse
        self.format = fmt
        self.parts: list[str] = ["\n"]  # offset 0 is in no field: the row itself
        self.size = 1
        self.values: list[Value] = []
        self.runs: list[TextRun] = []
        self.comments: list[TextRun] = []

    def gap(self, text: str = "\n\n") -> None:
        self.parts.append(text)
        self.size += len(text)

    def value(self, raw: str, path: Path) -> tuple[str, int]:
        """Add one value; returns (its text as parsed, its source offset)."""
        shown, text, crlf = _decode(raw)
        start = self.size
        self.parts.append(text)
        self.size += len(text)
        self.values.append(Value(start, self.size, path, pointer(path, self.format), shown, crlf))
        return text, start

    def field(self, raw: str, path: Path, section: str, kind: str = "fm_value") -> Field:
        text, start = self.value(raw, path)
        run = TextRun(text, section, kind, (Segment(0, start, len(text), len(text)),))
        self.runs.append(run)
        return Field(text, run, text)

    def markdown(self, raw: str, path: Path, section: str) -> list[TextRun]:
        """A value that is Markdown: its runs, all in `section`, mapped into the source."""
        text, start = self.value(raw, path)
        # A leading newline: a value starting with "---" is a rule, never front matter.
        part = self.parse("\n" + text, self.path)
        shift = start - 1
        title = part.title.run if part.title is not None else None
        runs = list(part.runs)
        # Headings that named a section were taken as section marks: here they are text.
        known = {id(r) for r in runs}
        runs += [s.heading for s in part.sections.values() if s.heading is not None and id(s.heading) not in known]
        comments = {id(r) for r in part.comments}
        out = []
        for run in runs:
            kind = "heading" if run is title else run.kind  # a leading "# ..." is no title here
            segs = (Segment(s.text_start, max(s.src_start, 1) + shift, s.text_len, s.src_len) for s in run.segments)
            new = TextRun(run.text, section, kind, tuple(segs))
            out.append(new)
            if id(run) in comments:
                self.comments.append(new)
        out.sort(key=lambda r: r.segments[0].src_start if r.segments else 0)
        self.runs += out
        return out

    def extra(self, i: int, extra: Mapping[str, Any]) -> tuple[Extra, tuple[int, int, Path]]:
        where = f"extras[{i}]."
        start = self.size
        self.gap("\n")  # the extra's own offset, for findings about the extra as a whole
        title = _text(extra, "title", where)
        if title is not None:
            text, at = self.value(title, ("extras", i, "title"))
            text = text.replace("\n", " ")  # a heading is one line
            name = text.strip() or f"Extra {i + 1}"
            heading = TextRun(text, f"extra:{name}", "heading", (Segment(0, at, len(text), len(text)),))
            self.runs.append(heading)
            self.gap()
        else:  # a name to call it by in messages, located at the extra; no text of the row
            name = f"Extra {i + 1}"
            heading = TextRun(name, f"extra:{name}", "heading", (Segment(0, start, len(name), 0),))
        section = heading.section
        item = Extra(name=name, section=section, heading=heading)
        for key in ("price", "delivery"):
            raw = _quantity(extra.get(key))
            if raw is not None:
                setattr(item, key, self.field(raw, ("extras", i, key), section, kind="text"))
                self.gap()
        body = _text(extra, "description", where)
        if body is not None:
            for run in self.markdown(body, ("extras", i, "description"), section):
                if run.kind in G.VISIBLE_PROSE:
                    item.description += _lines(run)
            self.gap()
        return item, (start, self.size, ("extras", i))


def _lines(run: TextRun) -> list[TextRun]:
    """The run's non-blank lines, as the parser gives an extra's description."""
    out, pos = [], 0
    for line in run.text.split("\n"):
        if line.strip():
            out.append(run.slice(pos, pos + len(line)))
        pos += len(line) + 1
    return out


def gig_from_row(row: Mapping[str, Any], path: str, parse: Parse, fmt: str = "jsonl") -> RowGig:
    """The row's gig (`parse` reads Markdown values: the linter's parser). Raises RowError
    for fields of the wrong type."""
    b = _Builder(path, parse, fmt)
    gig = Gig(path=path, source="")
    seller = _text(row, "seller", numbers=True)
    if seller is not None:
        gig.front_matter = {"seller": seller}
    for key in (G.TITLE, G.CATEGORY):
        raw = _text(row, key)
        if raw is not None:
            setattr(gig, key, b.field(raw, (key,), key))
            b.gap()
    tags = _tags(row.get("tags"))
    if isinstance(tags, str):  # comma-separated: one value, one field per tag in it
        text, _ = b.value(tags, ("tags",))
        run = TextRun(text, G.TAGS, "fm_value", (Segment(0, b.values[-1].start, len(text), len(text)),))
        b.runs.append(run)
        for m in _TAG.finditer(text):
            word = m.group()
            if word.strip():
                lead = len(word) - len(word.lstrip())
                sub = run.slice(m.start() + lead, m.start() + lead + len(word.strip()))
                gig.tags.append(Field(sub.text, sub, sub.text))
        b.gap()
    elif tags:
        for i, tag in enumerate(tags):
            if i:
                b.gap(", ")
            gig.tags.append(b.field(tag, ("tags", i), G.TAGS))
        b.gap()
    sections: dict[str, Section] = {}
    description = _text(row, "description")
    if description is not None:
        sections[G.DESCRIPTION] = Section(G.DESCRIPTION, None, b.markdown(description, ("description",), G.DESCRIPTION))
        b.gap()
    blocks = []
    duplicates = list(getattr(row, "duplicates", ()))
    extras = _extras(row.get("extras"), duplicates)
    for i, extra in enumerate(extras):
        item, block = b.extra(i, extra)
        gig.extras.append(item)
        blocks.append(block)
    for key in (G.FAQ, G.REQUIREMENTS):
        value = _text(row, key)
        if value is not None:
            sections[key] = Section(key, None, b.markdown(value, (key,), key))
            b.gap()
    gig.source = "".join(b.parts)
    gig.line_index = LineIndex(gig.source)
    gig.runs = sorted(b.runs, key=lambda r: r.segments[0].src_start if r.segments else 0)
    gig.comments = b.comments
    if extras:
        sections[G.EXTRAS] = Section(G.EXTRAS, None, [r for r in gig.runs if r.section.startswith("extra:")])
    gig.sections = {k: sections[k] for k in (G.DESCRIPTION, G.EXTRAS, G.FAQ, G.REQUIREMENTS) if k in sections}
    # As in front matter (GC100): the earlier values were read too, but only the last counts.
    gig.parse_problems = [
        Hit(0, 0, G.FRONT_MATTER, f"The key '{key}' is given twice: only the last value is read.")
        for key in dict.fromkeys(duplicates)
    ]
    return RowGig(gig, fmt, tuple(b.values), tuple(blocks))
