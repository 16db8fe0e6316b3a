"""One gig of the HTML report: its text, findings highlighted in place and explained.

Every byte of gig text goes through `_text()` (html.escape, quote=True). Highlights are
made by slicing the *raw* line at the findings' columns and escaping each slice on its
own, so a span boundary can never fall inside an escaped entity and no gig text is ever
treated as markup. Positions are used as the engine gives them (1-based line and
character column, end exclusive), so nothing is searched for again. A row of an export
shows its field values, each under its name (columns in a value become its lines).
"""
from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from gigcheck.records import FileResult, Finding, Severity, value_lines
from gigcheck.regex_cache import cached_regex
from gigcheck.report.base import terminal_safe
from gigcheck.text.english import plural

# Controls and bidi overrides would hide or reorder what the editor reads (the gig could
# show one thing and contain another); they are made visible, like terminal_safe does.
_INVISIBLE = cached_regex(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def _text(s: str) -> str:
    """Gig text → HTML text: escaped, with invisible characters shown as their code point."""
    escaped = html.escape(s, quote=True)
    return _INVISIBLE.sub(lambda m: f'<span class="ctl">U+{ord(m.group()):04X}</span>', escaped)


def _attr(s: str) -> str:
    """Gig text → an attribute value (tooltips, data for the page's filters): escaped,
    controls shown as their escapes (a raw ESC would still act in a terminal's `cat`)."""
    return html.escape(terminal_safe(s), quote=True)


_SEPARATOR = cached_regex(r"(?<=[/\\#])")


def _path(path: str) -> str:
    """A path as HTML text that may wrap after each separator (`/`, `\\`, a row's `#`)
    rather than widen the table or the page."""
    return "<wbr>".join(_text(part) for part in _SEPARATOR.split(path))


def _message(f: Finding) -> str:
    """The finding's message; the other inputs it names (cross-gig findings) are links,
    and any it does not spell out are listed after it. The page's script gives each link
    its target: the gig whose path reads the same (both are written by `_path`)."""
    if not f.related:
        return _text(f.message)
    names = sorted(set(f.related), key=len, reverse=True)  # the longest first: a.md is in aa.md
    out: list[str] = []
    named: set[str] = set()
    at = 0
    for m in re.finditer("|".join(map(re.escape, names)), f.message):
        out += [_text(f.message[at : m.start()]), _xref(m.group())]
        named.add(m.group())
        at = m.end()
    out.append(_text(f.message[at:]))
    rest = [p for p in dict.fromkeys(f.related) if p not in named]
    if rest:
        out.append(' <span class="also">(see ' + ", ".join(map(_xref, rest)) + ")</span>")
    return "".join(out)


def _xref(path: str) -> str:
    return f'<a class="xref">{_path(path)}</a>'


def _status(result: FileResult) -> str:
    if result.error is not None:
        return "unreadable"
    worst = max((f.severity for f in result.findings), default=None)
    return "clean" if worst is None else str(worst)


def _label(f: Finding) -> str:
    return f"{f.severity} {f.rule} {f.name}: {f.message}"


def _worst_class(findings: list[Finding], ks: Iterable[int]) -> str:
    return str(max(findings[k].severity for k in ks))


class _Layout:
    """Which findings touch which line, and under which line each one is explained
    (`ks`: the findings to place, by index; all of them by default)."""

    def __init__(self, findings: list[Finding], line_numbers: list[int], ks: Iterable[int] | None = None) -> None:
        self.touch: dict[int, list[int]] = {}
        self.notes: dict[int, list[int]] = {}
        first, last = line_numbers[0], line_numbers[-1]
        present = set(line_numbers)
        for k in range(len(findings)) if ks is None else ks:
            f = findings[k]
            zero = f.line == f.end_line and f.column >= f.end_column
            # A span ending at column 1 ends with the previous line's newline.
            last_line = f.end_line - 1 if (f.end_line > f.line and f.end_column <= 1) else f.end_line
            for n in range(max(f.line, first), min(last_line, last) + 1):
                if n in present:
                    self.touch.setdefault(n, []).append(k)
            anchor = min(max(f.line if zero else last_line, first), last)
            while anchor not in present and anchor > first:  # sparse lines (no source kept)
                anchor -= 1
            self.notes.setdefault(anchor if anchor in present else first, []).append(k)


def _line_html(n: int, text: str, findings: list[Finding], ks: list[int]) -> str:
    """One source line, cut at every finding boundary; each cut is escaped on its own.
    A newline follows it (not shown): the page's search reads a gig's lines apart."""
    width = len(text)
    spans: list[tuple[int, int, int]] = []  # (start, end) as 0-based indexes into the line
    pins: dict[int, list[int]] = {}
    for k in ks:
        f = findings[k]
        a = f.column - 1 if f.line == n else 0
        b = f.end_column - 1 if f.end_line == n else width
        a, b = max(0, min(a, width)), max(0, min(b, width))
        if f.line == f.end_line and b <= a:
            pins.setdefault(a, []).append(k)
        elif b > a:
            spans.append((a, b, k))
    cuts = sorted({0, width, *pins, *(a for a, _, _ in spans), *(b for _, b, _ in spans)})
    out: list[str] = []
    for i, a in enumerate(cuts):
        for k in pins.get(a, ()):
            f = findings[k]
            out.append(f'<span class="pin sev-{f.severity}" data-f="{k}" title="{_attr(_label(f))}"></span>')
        if i + 1 == len(cuts):
            break
        b = cuts[i + 1]
        piece = _text(text[a:b])
        cover = [k for s, e, k in spans if s <= a and e >= b]
        if cover:
            title = "&#10;".join(_attr(_label(findings[k])) for k in cover)
            ids = " ".join(map(str, cover))
            sev = _worst_class(findings, cover)
            out.append(f'<mark class="hl sev-{sev}" data-f="{ids}" title="{title}">{piece}</mark>')
        else:
            out.append(piece)
    return f'<div class="l" data-n="{n}">{"".join(out)}</div>\n'


def _note_html(k: int, f: Finding, where: str | None = None) -> str:
    suggestion = f'<div class="sug"><b>Suggestion:</b> {_text(f.suggestion)}</div>' if f.suggestion else ""
    where = f"line {f.line}, col {f.column}" if where is None else where
    return (
        f'<div class="note sev-{f.severity}" data-f="{k}" data-severity="{f.severity}" data-rule="{_attr(f.rule)}" '
        f'data-name="{_attr(f.name)}" data-category="{_attr(f.category)}" data-section="{_attr(f.section)}">'
        f'<div class="nh"><span class="sev">{f.severity}</span> <b class="rule">{_text(f.rule)}</b> '
        f'<span class="name">{_text(f.name)}</span><span class="meta">{_text(f.category)} · '
        f'{_text(f.section)} · {_text(where)}</span></div>'
        f'<div class="msg">{_message(f)}</div>{suggestion}</div>\n'
    )


def _source_lines(result: FileResult) -> dict[int, str]:
    if result.source is not None:
        lines = result.source.split("\n")
        if len(lines) > 1 and lines[-1] == "":
            lines.pop()  # the final newline ends the last line; it does not start another
        return dict(enumerate(lines, 1))
    # Without the whole text (a caller that did not keep it) show the lines findings point at.
    return dict(sorted(result.lines.items())) or {1: ""}


def _value_lines(value: str) -> dict[int, str]:
    lines = re.split(r"\r\n|\r|\n", value)
    if len(lines) > 1 and lines[-1] == "":
        lines.pop()
    return dict(enumerate(lines, 1))


def _in_value(f: Finding, value: str) -> Finding:
    """`f` with its columns in the field's value made lines and columns of the value."""
    line, start, _ = value_lines(value, f.column - 1)
    end_line, end_start, _ = value_lines(value, f.end_column - 1)
    return replace(f, line=line, column=f.column - start, end_line=end_line, end_column=f.end_column - end_start)


def _row_body(result: FileResult) -> str:
    """A row of an export: each field value shown (all of them when the whole row was
    kept, else those findings are in), under its name, findings highlighted in it; the
    findings about the row, an extra or the tag list as a whole first, under theirs."""
    findings = result.findings
    row = result.row
    assert row is not None
    place = f"record {row.record}, line {row.line}" if row.format == "csv" else f"line {row.line}"
    body: list[str] = []
    loose: dict[str, list[int]] = {}
    for k, f in enumerate(findings):
        if f.field not in result.values:
            loose.setdefault(f.field or "", []).append(k)
    for field, ks in loose.items():
        body.append(f'<div class="gap">{_text(field or "the row")}</div>')
        body += [_note_html(k, findings[k], f"{place} · {field or 'row'}") for k in ks]
    for field, value in result.values.items():
        ks = [k for k, f in enumerate(findings) if f.field == field]
        mapped = list(findings)
        for k in ks:
            mapped[k] = _in_value(findings[k], value)
        lines = _value_lines(value)
        layout = _Layout(mapped, list(lines), ks)
        body.append(f'<div class="gap">{_text(field)}</div>')
        for n, text in lines.items():
            body.append(_line_html(n, text, mapped, layout.touch.get(n, [])))
            for k in layout.notes.get(n, ()):
                f = findings[k]
                body.append(_note_html(k, f, f"{place} · {field}, col {f.column}"))
    return "".join(body)


def _counts(findings: list[Finding]) -> str:
    c = Counter(f.severity for f in findings)
    parts = [
        f'<span class="count sev-{s}">{plural(c[s], str(s))}</span>'
        for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)
        if c[s]
    ]
    return "".join(parts) or '<span class="count clean">clean</span>'


# Every gig's block ends with a way back to the table, where the editor triages.
_BACK = '<div class="foot"><a class="back" href="#triage">↑ Back to the table</a></div></details>\n'


def _names(result: FileResult) -> str:
    """The gig's title and seller, as the summary line shows them (nothing when unknown);
    the page's script reads its table's columns from them."""
    title = f'<span class="title">{_text(result.title)}</span>' if result.title else ""
    seller = f'<span class="seller">{_text(result.seller)}</span>' if result.seller else ""
    return title + seller


def render_gig(index: int, result: FileResult) -> str:
    """The `<details>` block for one input; `index` makes its id (paths are never ids)."""
    status = _status(result)
    head = (
        f'<details class="gig st-{status}" id="g{index}" data-i="{index}" data-path="{_attr(result.path)}" '
        f'data-status="{status}"{"" if status == "clean" else " open"}>'
        f'<summary><span class="who"><span class="path">{_path(result.path)}</span>{_names(result)}</span>'
    )
    if result.error is not None:
        return head + (
            '<span class="count sev-error">unreadable</span></summary>'
            f'<p class="readerr">Could not be read: {_text(result.error)}</p>{_BACK}'
        )
    findings = result.findings
    if result.row is not None:
        return f'{head}{_counts(findings)}</summary><div class="src">{_row_body(result)}</div>{_BACK}'
    lines = _source_lines(result)
    numbers = list(lines)
    layout = _Layout(findings, numbers)
    body: list[str] = []
    previous: int | None = None
    for n in numbers:
        if previous is not None and n != previous + 1:
            body.append('<div class="gap">⋯</div>')
        previous = n
        body.append(_line_html(n, lines[n], findings, layout.touch.get(n, [])))
        for k in layout.notes.get(n, ()):
            body.append(_note_html(k, findings[k]))
    return f'{head}{_counts(findings)}</summary><div class="src">{"".join(body)}</div>{_BACK}'
