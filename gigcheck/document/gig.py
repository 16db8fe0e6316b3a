"""The parsed gig: what a buyer sees, organised the way a marketplace shows it."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from gigcheck.document.front_matter_tree import FmNode
from gigcheck.document.positions import LineIndex
from gigcheck.document.sentences import SentenceIndex
from gigcheck.records import Hit, TextRun

# Section ids used in findings. Extras and packages get one section each: "extra:<name>".
TITLE = "title"
TAGS = "tags"
CATEGORY = "category"
DESCRIPTION = "description"
EXTRAS = "extras"
FAQ = "faq"
REQUIREMENTS = "requirements"
PORTFOLIO = "portfolio"
GALLERY = "gallery"
FRONT_MATTER = "front-matter"


@dataclass(slots=True)
class Field:
    """A single value the seller typed: a title, a tag, an extra's price line.

    `run` locates the value itself; `raw` is the text as written; `value` the value as
    read (the text itself for fields the parser does not interpret: prices and delivery
    times are read by the rules that judge them, with the pack's words for them).
    """

    raw: str
    run: TextRun
    value: Any = None


def span_of(fields: Sequence[Field]) -> tuple[int, int]:
    """Source offsets from the start of the first field's value to the end of the last's
    (the tags from the first one over a limit, say)."""
    a = fields[0].run.src_offset(0)
    return a, max(a, fields[-1].run.whole_span()[1])


@dataclass(slots=True)
class Extra:
    name: str
    section: str  # "extra:<name>"
    heading: TextRun
    price: Field | None = None
    delivery: Field | None = None
    description: list[TextRun] = field(default_factory=list)

    @property
    def description_text(self) -> str:
        return "\n".join(r.text for r in self.description).strip()


@dataclass(slots=True)
class Package:
    name: str
    section: str  # "package:<name>"
    key: TextRun  # the package's name in the front matter, for locating findings
    price: Field | None = None
    delivery: Field | None = None
    revisions: Field | None = None
    description: Field | None = None


@dataclass(slots=True)
class Attachment:
    """One file of the gig's gallery (document/gallery.py): an image, a video or a PDF.

    `span` is where the front matter lists it (source offsets), for locating findings;
    `texts` are its alt text and caption. The file name and texts are also runs of the
    gig (section "gallery"), so contact and payment rules read them like any field.
    """

    kind: str  # gallery.IMAGE, VIDEO or PDF
    span: tuple[int, int]
    file: Field | None = None
    texts: list[Field] = field(default_factory=list)


@dataclass(slots=True)
class Section:
    """A recognised section (by heading, or the implicit description)."""

    name: str
    heading: TextRun | None  # None for the implicit description of a heading-less file
    runs: list[TextRun] = field(default_factory=list)


@dataclass(slots=True)
class Gig:
    path: str
    source: str  # BOM stripped, newlines normalized to "\n"; all offsets point into it
    runs: list[TextRun] = field(default_factory=list)  # every visible run, document order
    front_matter: dict[str, Any] = field(default_factory=dict)
    front_matter_run: TextRun | None = None  # the whole block, for block-level findings
    front_matter_tree: FmNode | None = None  # every value with its YAML type and place
    # Top-level keys the format does not know, each with its one-scalar value, in order:
    # a key names what its value is ("telegram: podmix"; front_matter_lines.py).
    front_matter_fields: list[tuple[TextRun, TextRun]] = field(default_factory=list)
    title: Field | None = None
    category: Field | None = None
    tags: list[Field] = field(default_factory=list)
    tags_key: TextRun | None = None
    sections: dict[str, Section] = field(default_factory=dict)
    extras: list[Extra] = field(default_factory=list)
    packages: list[Package] = field(default_factory=list)
    gallery: list[Attachment] = field(default_factory=list)  # front matter order
    comments: list[TextRun] = field(default_factory=list)  # real HTML comments only
    parse_problems: list[Hit] = field(default_factory=list)  # e.g. broken front matter
    # Markdown tables: each a list of rows, each row its cells' runs (None for an empty
    # cell) in column order; the first row is the header. See document/tables.py.
    tables: list[list[list[TextRun | None]]] = field(default_factory=list)
    line_index: LineIndex | None = None  # built once by the parser, shared downstream
    sentence_index: SentenceIndex | None = None  # built when a fix first needs it

    @property
    def sentences(self) -> SentenceIndex:
        if self.sentence_index is None:
            self.sentence_index = SentenceIndex(self.source, self.index)
        return self.sentence_index

    @property
    def index(self) -> LineIndex:
        if self.line_index is None:
            self.line_index = LineIndex(self.source)
        return self.line_index

    @property
    def seller(self) -> str | None:
        """Who the gig belongs to, when it says (`seller:` in the front matter, or a row's
        `seller` column): what cross-gig rules group drafts by, and reports show."""
        seller = self.front_matter.get("seller")
        return None if seller in (None, "") else str(seller)

    @property
    def title_text(self) -> str | None:
        """The title as a buyer reads it (front matter or leading `# ...`), on one line."""
        if self.title is None:
            return None
        return " ".join(self.title.run.text.split()) or None




# Kinds whose text a buyer reads as prose (link targets, HTML and comments are not).
VISIBLE_PROSE = frozenset({"text", "heading", "code", "code_block", "image_alt", "table"})


def prose_text(section: Section | None) -> str:
    """A section's text as a buyer reads it: Markdown syntax gone, blocks joined by breaks."""
    if section is None:
        return ""
    return "\n".join(r.text for r in section.runs if r.kind in VISIBLE_PROSE)
