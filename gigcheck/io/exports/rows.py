"""One row of a platform export (JSONL or CSV) → a Markdown gig, and findings → fields.

A row is checked as the gig it describes. Its fields are laid out as a gig file would
hold them, in this order (absent fields are left out):

    ---
    title: "<title>"              (a YAML double-quoted string)
    category: "<category>"
    tags: ["<tag>", ...]
    ---

    ## Description

    <description>                 (Markdown, as the seller wrote it)

    ## Extras

    ### <extras[0].title>
    Price: <extras[0].price>      (a number n is written $n)
    Delivery: <extras[0].delivery>  (a number n is written +n days)

    <extras[0].description>

    ## FAQ / ## Requirements      (<faq>, <requirements>)

Every field's place in that text is recorded, so a finding is reported with the field it
is in as its `section` (`title`, `description`, `extras[1].price`, ...); line and column
are those of the generated gig shown above, which every report format shows consistently
(the text report's quoted line, the HTML report's gig text).
"""
from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass
from typing import Any, Mapping, Optional, Union

RowOrError = tuple[int, Union[dict[str, Any], str]]  # (line, the row) or (line, why it is not one)

TEXT_FIELDS = ("title", "category", "description", "faq", "requirements")
EXTRA_FIELDS = ("title", "price", "delivery", "description")
COLUMNS = ("id", "seller", "title", "category", "tags", "description", "extras", "faq", "requirements")

# Characters a YAML double-quoted scalar cannot hold raw (JSON leaves them unescaped).
_YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


class RowError(ValueError):
    """A row that cannot be turned into a gig; str() is the one-line reason."""


def row_id(row: Mapping[str, Any]) -> Optional[str]:
    """The row's id as text, or None when it has no usable one."""
    value = row.get("id")
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    text = str(value).strip()
    return text or None


def _clean(value: str) -> str:
    """The text as the parser will see it, so recorded offsets stay true: newlines
    normalized, NUL and lone surrogates (from JSON escapes) replaced."""
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\0", "\ufffd")
    return _SURROGATE.sub("\ufffd", value)


def _text(row: Mapping[str, Any], key: str, where: str = "") -> Optional[str]:
    value = row.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, (dict, list, bool)):
        raise RowError(f"'{where}{key}' must be text, not {type(value).__name__}")
    return _clean(str(value))


def _yaml(value: str) -> str:
    quoted = json.dumps(value, ensure_ascii=False)  # JSON strings are YAML double-quoted scalars
    return _YAML_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)


def _tags(value: Any) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("["):  # a JSON list in a CSV cell
            try:
                value = json.loads(text)
            except ValueError:
                raise RowError("'tags' is neither a JSON list nor comma-separated text") from None
        else:
            return [t.strip() for t in text.split(",") if t.strip()]
    if not isinstance(value, list) or not all(isinstance(t, (str, int, float)) for t in value):
        raise RowError("'tags' must be a list of texts or comma-separated text")
    return [_clean(str(t)) for t in value]


def _extras(value: Any) -> list[Mapping[str, Any]]:
    if value is None or value == "":
        return []
    if isinstance(value, str):  # CSV: the list as JSON in one cell
        try:
            value = json.loads(value)
        except ValueError:
            raise RowError("'extras' is not a JSON list of {title, price, delivery, description}") from None
    if not isinstance(value, list) or not all(isinstance(e, dict) for e in value):
        raise RowError("'extras' must be a list of objects with title, price, delivery, description")
    return value


def _number(value: Any, unit: str) -> Optional[str]:
    """Prices and delivery times as a seller would type them."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, float)):
        if unit == "$":
            return f"${value:g}"
        return f"{value:+g} day{'' if abs(value) == 1 else 's'}"
    return _clean(str(value)).replace("\n", " ")


@dataclass(frozen=True, slots=True)
class RowGig:
    """The generated gig text and where each field's value sits in it."""

    path: str
    text: str
    seller: Optional[str]
    fields: tuple[tuple[int, int, str], ...]  # (start, end, field), sorted, disjoint
    blocks: tuple[tuple[int, int, str], ...]  # (start, end, "extras[i]"): each extra whole

    def field_at(self, offset: int) -> Optional[str]:
        """The field whose value holds `offset` (its end included), else the extra block."""
        k = bisect.bisect_right(self.fields, (offset, float("inf"))) - 1
        if k >= 0 and self.fields[k][0] <= offset <= self.fields[k][1]:
            return self.fields[k][2]
        for start, end, name in self.blocks:
            if start <= offset <= end:
                return name
        return None


class _Writer:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.fields: list[tuple[int, int, str]] = []

    def add(self, text: str, field: Optional[str] = None) -> None:
        if field is not None:
            self.fields.append((self.size, self.size + len(text), field))
        self.parts.append(text)
        self.size += len(text)

    def line(self, prefix: str, value: str, field: str, suffix: str = "\n") -> None:
        self.add(prefix)
        self.add(value, field)
        self.add(suffix)


def gig_from_row(row: Mapping[str, Any], path: str) -> RowGig:
    """Raises RowError for fields of the wrong type."""
    w = _Writer()
    title, category = _text(row, "title"), _text(row, "category")
    tags = _tags(row.get("tags"))
    if title is not None or category is not None or tags:
        w.add("---\n")
        for key, value in (("title", title), ("category", category)):
            if value is not None:
                w.add(f"{key}: ")
                # The quoted scalar's characters map one to one unless escaped; the field
                # span covers the quotes, so any finding inside lands in this field.
                w.add(_yaml(value), key)
                w.add("\n")
        if tags:
            w.add("tags: [")
            for i, tag in enumerate(tags):
                w.add(", " if i else "")
                w.add(_yaml(tag), "tags")
            w.add("]\n")
        w.add("---\n\n")
    blocks = []
    description = _text(row, "description")
    if description is not None:
        w.add("## Description\n\n")
        w.add(description, "description")
        w.add("\n\n")
    extras = _extras(row.get("extras"))
    if extras:
        w.add("## Extras\n\n")
    for i, extra in enumerate(extras):
        where = f"extras[{i}]."
        start = w.size
        name = (_text(extra, "title", where) or f"Extra {i + 1}").replace("\n", " ")
        w.line("### ", name, f"{where}title")
        for key, label, unit in (("price", "Price", "$"), ("delivery", "Delivery", "d")):
            value = _number(extra.get(key), unit)
            if value is not None:
                w.line(f"{label}: ", value, f"{where}{key}")
        body = _text(extra, "description", where)
        if body is not None:
            w.add("\n")
            w.add(body, f"{where}description")
            w.add("\n")
        blocks.append((start, w.size, f"extras[{i}]"))
        w.add("\n")
    for key, heading in (("faq", "FAQ"), ("requirements", "Requirements")):
        value = _text(row, key)
        if value is not None:
            w.add(f"## {heading}\n\n")
            w.add(value, key)
            w.add("\n\n")
    seller = _text(row, "seller")
    return RowGig(path, "".join(w.parts), seller, tuple(w.fields), tuple(blocks))
