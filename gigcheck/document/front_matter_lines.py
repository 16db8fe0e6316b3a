"""Front-matter fields the format does not know, read as the lines a reader sees.

"channel: tg⏎handle: "@podmix_ivan"" puts a channel and a handle in two fields: each
value alone is a word and a name, the two lines together a contact. `field_lines` joins
each run of such fields on neighbouring lines into one run, "channel: tg⏎handle:
@podmix_ivan" (kind FIELD_LINES): the keys are there as labels, the values unquoted,
and every piece maps to where it stands in the file. The detectors then decide.
"""
from __future__ import annotations

from gigcheck.document.gig import Gig
from gigcheck.document.tables import join_runs
from gigcheck.records import TextRun
from gigcheck.regex_cache import cached_regex

__all__ = ["FIELD_LINES", "field_lines"]

FIELD_LINES = "fm_field_lines"
_MAX_VALUE = 80  # a field line's value is a word or a name, not a paragraph
_MAX_FIELDS = 8  # a block read as one is a few lines; longer ones are read in pieces
# Between one field's value and the next key: a closing quote, the line break, nothing else.
_NEXT_LINE = cached_regex(r"[\"' \t]*\n")


def field_lines(gig: Gig) -> list[TextRun]:
    """Each run of unknown front-matter fields on neighbouring lines, as one run."""
    out: list[TextRun] = []
    chain: list[tuple[TextRun, TextRun]] = []
    for key, value in gig.front_matter_fields:
        if len(value.text) > _MAX_VALUE or "\n" in value.text:
            # prose, read as its own run already: no field line (and padding stays one run)
            if chain:
                out.append(_joined(chain))
            chain = []
            continue
        if chain and len(chain) < _MAX_FIELDS and _next_line(gig.source, chain[-1][1], key):
            chain.append((key, value))
            continue
        if chain:
            out.append(_joined(chain))
        chain = [(key, value)]
    if chain:
        out.append(_joined(chain))
    return out


def _next_line(src: str, value: TextRun, key: TextRun) -> bool:
    return _NEXT_LINE.fullmatch(src, *value.gap_to(key)) is not None


def _as_label(key: TextRun) -> TextRun:
    """A key as a label: "made_for" reads "made for", a field's name and no user name
    (same length, so its segments still hold)."""
    return TextRun(key.text.replace("_", " "), key.section, key.kind, key.segments)


def _joined(chain: list[tuple[TextRun, TextRun]]) -> TextRun:
    parts = [run for key, value in chain for run in (_as_label(key), value)]
    seps = [": " if k % 2 == 0 else "\n" for k in range(len(parts) - 1)]
    return join_runs(parts, seps, FIELD_LINES)
