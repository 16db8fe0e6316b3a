"""The words a gig's Markdown is read by: which headings open which section, which line
labels are an extra's fields. Data from the pack (`[vocab.document]`), so a marketplace
whose form says "Add-ons" or a pack in another language reads its own gigs."""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from gigcheck.document import gig as G
from gigcheck.regex_cache import cached_regex

# [vocab.document] key -> the section its headings open.
HEADING_KEYS = {
    "description_headings": G.DESCRIPTION,
    "extras_headings": G.EXTRAS,
    "faq_headings": G.FAQ,
    "requirements_headings": G.REQUIREMENTS,
    "portfolio_headings": G.PORTFOLIO,
}


def heading_key(text: str) -> str:
    """A heading as compared: lower case, spaces collapsed, a trailing colon dropped."""
    return " ".join(text.lower().rstrip(":").split())


@dataclass(frozen=True)
class Grammar:
    sections: Mapping[str, str] = field(default_factory=dict)  # heading key -> section id
    price_labels: tuple[str, ...] = ()
    delivery_labels: tuple[str, ...] = ()
    field_line: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Longest first, ties in a fixed order: a set's order changes with every process
        # (hash randomization), and another pattern text is another compile and store entry.
        labels = sorted({*self.price_labels, *self.delivery_labels}, key=lambda w: (-len(w), w))
        alternation = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in labels) or "(?!)"
        # "Price: $40" (bold and list markers are already gone from the run text).
        field_line = cached_regex(r"[ \t]*(" + alternation + r")[ \t]*:[ \t]*", re.IGNORECASE)
        object.__setattr__(self, "field_line", field_line)

    @classmethod
    def from_table(cls, table: Mapping[str, Any]) -> Grammar:
        sections: dict[str, str] = {}
        for key, section in HEADING_KEYS.items():
            for heading in table.get(key, ()):
                sections.setdefault(heading_key(str(heading)), section)
        return cls(sections, _words(table.get("price_labels", ())), _words(table.get("delivery_labels", ())))

    def section_of(self, heading: str) -> str | None:
        return self.sections.get(heading_key(heading))

    def field_of(self, label: str) -> str:
        """"price" or "delivery" for a label the field line matched."""
        return "price" if " ".join(label.lower().split()) in self.price_labels else "delivery"


def _words(values: Iterable[Any]) -> tuple[str, ...]:
    return tuple(" ".join(str(v).lower().split()) for v in values)


EMPTY = Grammar()
