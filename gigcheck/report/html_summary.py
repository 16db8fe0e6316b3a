"""The HTML report's summary: count cards and inline SVG bar charts (no chart library).

Everything here comes from the streamed `Summary`, so it is written once at the end of the
run. Bars carry `data-filter`/`data-value` so that clicking one filters the gig table.
"""
from __future__ import annotations

import html

from gigcheck.records import CATEGORIES
from gigcheck.report.base import Summary, severity_counts

_ROW = 26  # px per bar row in the SVG's own coordinates
_LABEL_W = 250
_BAR_W = 220


def _e(s: object) -> str:
    return html.escape(str(s), quote=True)


def bar_chart(title: str, rows: list[tuple[str, str, int, str]], kind: str) -> str:
    """A horizontal bar chart: rows of (value, label, count, category); `kind` names the filter.

    Bars are colored by category, so the category chart doubles as the legend.
    """
    if not rows:
        return f'<figure class="chart"><figcaption>{_e(title)}</figcaption><p class="none">No findings.</p></figure>'
    top = max(row[2] for row in rows) or 1
    height = len(rows) * _ROW + 4
    bars = []
    for i, (value, label, n, category) in enumerate(rows):
        y = i * _ROW + 2
        w = 0 if n == 0 else max(2, round(_BAR_W * n / top))
        bars.append(
            f'<g class="bar category-{_e(category)}" data-filter="{kind}" data-value="{_e(value)}" '
            'tabindex="0" role="button" '
            f'aria-label="{_e(label)}: {n}"><title>{_e(label)}: {n}</title>'
            f'<rect class="hit" x="0" y="{y}" width="{_LABEL_W + _BAR_W + 50}" height="{_ROW - 2}"></rect>'
            f'<text class="lbl" x="{_LABEL_W - 8}" y="{y + 16}" text-anchor="end">{_e(label)}</text>'
            f'<rect class="fill" x="{_LABEL_W}" y="{y + 4}" width="{w}" height="{_ROW - 10}" rx="3"></rect>'
            f'<text class="num" x="{_LABEL_W + w + 6}" y="{y + 16}">{n}</text></g>'
        )
    return (
        f'<figure class="chart"><figcaption>{_e(title)}</figcaption>'
        f'<svg viewBox="0 0 {_LABEL_W + _BAR_W + 50} {height}" role="group" aria-label="{_e(title)}">'
        f'{"".join(bars)}</svg></figure>'
    )


def _category(code: str) -> str:
    from gigcheck.rules.registry import rule_by_key

    rule = rule_by_key(code)
    return rule.category if rule is not None else "other"


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


def render_summary(summary: Summary, statistics: bool = False) -> str:
    def plural(n: int, word: str) -> str:
        return word if n == 1 else word + "s"

    cards = "".join(
        [
            _card(plural(summary.files, "gig") + " checked", summary.files, "files"),
            _card("flagged", summary.flagged, "flagged"),
            _card("clean", summary.clean, "clean"),
            _card("unreadable", summary.unreadable, "unreadable" if summary.unreadable else "zero"),
            _card(plural(summary.errors, "error"), summary.errors, "sev-error", "error"),
            _card(plural(summary.warnings, "warning"), summary.warnings, "sev-warning", "warning"),
            _card(plural(summary.infos, "info"), summary.infos, "sev-info", "info"),
        ]
    )
    rules = [
        (code, f"{code} {summary.names.get(code, '')}".strip(), n, _category(code))
        for code, n in sorted(summary.by_rule.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    # Every category is shown, zeros included: "no payment problems" is news too.
    extra = sorted(set(summary.by_category) - set(CATEGORIES))
    categories = [(c, c, summary.by_category.get(c, 0), c) for c in (*CATEGORIES, *extra)] if summary.by_rule else []
    return (
        '<section id="summary" aria-label="Summary">'
        f'<div class="cards">{cards}</div>'
        '<div class="charts">'
        f'{bar_chart("Findings per rule", rules, "rule")}'
        f'{bar_chart("Findings per category", categories, "category")}'
        "</div>"
        f"{statistics_table(summary) if statistics else ''}"
        "</section>\n"
    )
