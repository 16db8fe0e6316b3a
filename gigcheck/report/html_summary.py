"""The HTML report's summary: count cards and inline SVG bar charts (no chart library).

Everything here comes from the streamed `Summary` and the reporter's `SeverityTally`, so
it is written once at the end of the run. Bars carry `data-filter`/`data-value` so that
clicking one filters the gig table; each is split by severity (error, warning, info
colours, with a legend) and says its counts in words too, for readers without colour.
"""
from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass, field

from gigcheck.records import CATEGORIES, FileResult, Severity
from gigcheck.report.base import Summary, severity_counts
from gigcheck.text.english import plural

_ROW = 26  # px per bar row in the SVG's own coordinates
_LABEL_W = 250
_BAR_W = 220
_NUM_W = 190  # the counts in words after a bar
_SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)


def _e(s: object) -> str:
    return html.escape(str(s), quote=True)


@dataclass
class SeverityTally:
    """Findings per rule and per category, by severity, as results stream in."""

    rules: dict[str, Counter[Severity]] = field(default_factory=dict)
    categories: dict[str, Counter[Severity]] = field(default_factory=dict)

    def add(self, result: FileResult) -> None:
        for f in result.findings:
            self.rules.setdefault(f.rule, Counter())[f.severity] += 1
            self.categories.setdefault(f.category, Counter())[f.severity] += 1


def in_words(counts: Counter[Severity]) -> str:
    """"3 errors, 1 warning"; "none" for no findings."""
    return ", ".join(plural(counts[s], str(s)) for s in _SEVERITIES if counts[s]) or "none"


def legend() -> str:
    keys = "".join(f'<span class="key"><span class="swatch sev-{s}"></span>{s}</span>' for s in _SEVERITIES)
    return f'<p class="legend" aria-label="Bar colours">Bars by severity: {keys}</p>'


def bar_chart(title: str, rows: list[tuple[str, str, Counter[Severity]]], kind: str) -> str:
    """A horizontal bar chart: rows of (value, label, findings by severity); `kind` names
    the filter a bar sets. Each bar is its errors, warnings and infos end to end."""
    if not rows:
        return f'<figure class="chart"><figcaption>{_e(title)}</figcaption><p class="none">No findings.</p></figure>'
    top = max(sum(row[2].values()) for row in rows) or 1
    height = len(rows) * _ROW + 4
    width = _LABEL_W + _BAR_W + _NUM_W
    bars = []
    for i, (value, label, counts) in enumerate(rows):
        y = i * _ROW + 2
        n = sum(counts.values())
        words = in_words(counts)
        segments, x = [], _LABEL_W
        for s in _SEVERITIES:
            if counts[s]:
                w = max(2, round(_BAR_W * counts[s] / top))
                segments.append(
                    f'<rect class="seg sev-{s}" x="{x}" y="{y + 4}" width="{w}" height="{_ROW - 10}">'
                    f"<title>{_e(plural(counts[s], str(s)))}</title></rect>"
                )
                x += w
        said = f"{_e(label)}: {plural(n, 'finding')} ({words})" if n else f"{_e(label)}: no findings"
        bars.append(
            f'<g class="bar" data-filter="{kind}" data-value="{_e(value)}" tabindex="0" role="button" '
            f'aria-label="{said}"><title>{said}</title>'
            f'<rect class="hit" x="0" y="{y}" width="{width}" height="{_ROW - 2}"></rect>'
            f'<text class="lbl" x="{_LABEL_W - 8}" y="{y + 16}" text-anchor="end">{_e(label)}</text>'
            f'{"".join(segments)}'
            f'<text class="num" x="{x + 6}" y="{y + 16}">{_e(words if n else "0")}</text></g>'
        )
    return (
        f'<figure class="chart"><figcaption>{_e(title)}</figcaption>'
        f'<svg viewBox="0 0 {width} {height}" role="group" aria-label="{_e(title)}">'
        f'{"".join(bars)}</svg></figure>'
    )


def _card(label: str, n: int, cls: str, severity: str = "") -> str:
    # Severity cards are buttons: one click shows only the gigs with such findings.
    if severity:
        return (
            f'<button type="button" class="card {cls}" data-filter="severity" data-value="{severity}">'
            f'<span class="n">{n:,}</span><span class="k">{_e(label)}</span></button>'
        )
    return f'<div class="card {cls}"><span class="n">{n:,}</span><span class="k">{_e(label)}</span></div>'


def statistics_table(summary: Summary) -> str:
    """`--statistics`: findings and files per rule, and the worst files, as a table."""
    stats = summary.statistics()
    rows = "".join(
        f'<tr><td class="num">{r["findings"]:,}</td><td class="num">{r["files"]:,}</td>'
        f"<td>{_e(r['rule'])}</td><td>{_e(r['name'])}</td></tr>"
        for r in stats["rules"]
    )
    worst = "".join(
        f"<li>{_e(w['path'])} ({severity_counts(w['errors'], w['warnings'], w['infos'])})</li>"
        for w in stats["worst_files"]
    )
    return (
        '<div class="statistics"><table><caption>Statistics: findings per rule</caption>'
        '<thead><tr><th class="num">findings</th><th class="num">files</th><th>rule</th><th>name</th></tr></thead>'
        f"<tbody>{rows}</tbody></table>"
        + (f"<p>Worst files:</p><ol>{worst}</ol>" if worst else "")
        + "</div>"
    )


def render_summary(summary: Summary, tally: SeverityTally, statistics: bool = False) -> str:
    cards = "".join(
        [
            _card(("gig" if summary.files == 1 else "gigs") + " checked", summary.files, "files"),
            _card("flagged", summary.flagged, "flagged"),
            _card("clean", summary.clean, "clean"),
            _card("unreadable", summary.unreadable, "unreadable" if summary.unreadable else "zero"),
            _card("error" if summary.errors == 1 else "errors", summary.errors, "sev-error", "error"),
            _card("warning" if summary.warnings == 1 else "warnings", summary.warnings, "sev-warning", "warning"),
            _card("info" if summary.infos == 1 else "infos", summary.infos, "sev-info", "info"),
        ]
    )
    rules = [
        (code, f"{code} {summary.names.get(code, '')}".strip(), tally.rules.get(code, Counter()))
        for code, _ in summary.ranked_rules()
    ]
    # Every category is shown, zeros included: "no payment problems" is news too.
    extra = sorted(set(summary.by_category) - set(CATEGORIES))
    categories = (
        [(c, c, tally.categories.get(c, Counter())) for c in (*CATEGORIES, *extra)] if summary.by_rule else []
    )
    return (
        '<section id="summary" aria-label="Summary">'
        f'<div class="cards">{cards}</div>'
        f"{legend() if summary.by_rule else ''}"
        '<div class="charts">'
        f'{bar_chart("Findings per rule", rules, "rule")}'
        f'{bar_chart("Findings per category", categories, "category")}'
        "</div>"
        f"{statistics_table(summary) if statistics else ''}"
        "</section>\n"
    )
