"""The package names a gig's text gives: under a Packages heading (the pack's
`[vocab.packages] headings`), each deeper heading (`### Basic`) and the header cells of a
table (`| | Basic | Premium |`), up to the next heading of the same or a higher level.

The Packages section is not a section of its own in the document (it stays part of the
section it is in, so the description's length and the other rules do not change); its
extent is read here from the headings' levels.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from gigcheck.document.gig import Gig
from gigcheck.document.grammar import heading_key
from gigcheck.records import TextRun


@dataclass(frozen=True, slots=True)
class TextName:
    text: str
    run: TextRun


@dataclass(frozen=True, slots=True)
class Found:
    heading: str  # the Packages heading as written, for messages
    names: list[TextName]


def _start(run: TextRun) -> int:
    return run.segments[0].src_start if run.segments else 0


def heading_level(source: str, at: int) -> int:
    """The level of the heading whose text starts at `at`: its `#`s, or 1 / 2 for a
    setext heading underlined with `=` / `-`."""
    line_start = source.rfind("\n", 0, at) + 1
    lead = source[line_start:at].strip()
    if lead.startswith("#"):
        return len(lead) - len(lead.lstrip("#"))
    line_end = source.find("\n", at)
    if line_end < 0:
        return 2
    next_end = source.find("\n", line_end + 1)
    under = source[line_end + 1:next_end if next_end >= 0 else len(source)].strip()
    return 1 if under.startswith("=") else 2


def text_names(gig: Gig, headings: Iterable[str]) -> Found | None:
    """The first Packages section's names, or None when the gig has no such section."""
    wanted = {heading_key(h) for h in headings}
    # Section headings (## FAQ) are kept by their section, the others among the runs.
    section_heads = [s.heading for s in gig.sections.values() if s.heading is not None]
    heads = sorted([*(r for r in gig.runs if r.kind == "heading"), *section_heads], key=_start)
    for i, head in enumerate(heads):
        if heading_key(head.text) not in wanted:
            continue
        level = heading_level(gig.source, _start(head))
        end = len(gig.source)
        names: list[TextName] = []
        for sub in heads[i + 1:]:
            sub_level = heading_level(gig.source, _start(sub))
            if sub_level <= level:
                end = _start(sub)
                break
            if sub_level == level + 1 and sub.text.strip():
                names.append(TextName(sub.text.strip(), sub))
        for table in gig.tables:
            header = table[0] if table else []
            first = next((c for c in header if c is not None), None)
            if first is None or not _start(head) < _start(first) < end:
                continue
            # The first column labels the rows (features); the others name packages.
            names += [TextName(c.text.strip(), c) for c in header[1:] if c is not None and c.text.strip()]
        return Found(head.text.strip(), names)
    return None
