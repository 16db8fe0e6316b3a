"""Normalized views of a gig's runs, built once per gig and shared by every detector.

A detector asks for a view of a run by name; the first request builds it (and the views
it is built on), later requests from other rules reuse it. Matches found in a view map
back to run text with `Normalized.span`, then to the source with `TextRun.src_span`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Iterator

from gigcheck.document.gig import Gig
from gigcheck.records import Hit, Segment, TextRun
from gigcheck.text.normalize import Normalized, collapse_spaced, deleet, fold, letters_to_digits, words_to_digits

if TYPE_CHECKING:  # rules import this module: a run-time import would be circular
    from gigcheck.rules.base import Context

# Kinds a buyer can see (or an editor must): everything the parser keeps.
SCANNED_KINDS = frozenset(
    {"text", "heading", "code", "code_block", "image_alt", "image_url", "link_url", "html", "fm_value", "table"}
)


def scanned_runs(gig: Gig) -> Iterator[TextRun]:
    for run in gig.runs:
        if run.kind in SCANNED_KINDS and run.text:
            yield run


def _number_words(ctx: Context) -> Any:
    from gigcheck.text.normalize import NumberWords

    return ctx.cached("number_words", lambda: NumberWords(ctx.vocab.get("numbers", {}).get("words", {})))


# name -> how to build it from a run, given the context (for vocabularies) and `view`.
_BUILDERS: dict[str, Callable[[TextRun, Context, Callable[[TextRun, str], Normalized]], Normalized]] = {
    "fold": lambda run, ctx, view: fold(run.text),
    "words": lambda run, ctx, view: collapse_spaced(view(run, "fold")),
    "leet": lambda run, ctx, view: deleet(view(run, "words")),
    "digits": lambda run, ctx, view: collapse_spaced(
        letters_to_digits(words_to_digits(view(run, "fold"), _number_words(ctx)))
    ),
}


def view(ctx: Context, run: TextRun, name: str) -> Normalized:
    """The named normalized view of `run` ("fold", "words", "leet" or "digits")."""
    key = ("view", name, id(run))

    def build() -> Normalized:
        return _BUILDERS[name](run, ctx, lambda r, n: view(ctx, r, n))

    return ctx.gig_cached(key, build)


def hit_for(
    run: TextRun, norm: Normalized, start: int, end: int, message: str, suggestion: str | None = None, **kw: Any
) -> Hit:
    """A Hit for normalized `[start, end)` of a view of `run`, located in the source."""
    a, b = norm.span(start, end)
    sa, sb = run.src_span(a, b)
    return Hit(sa, sb, run.section, message, suggestion, **kw)


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
