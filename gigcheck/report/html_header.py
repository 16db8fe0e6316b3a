"""The HTML report's header: what produced it (policy pack, configuration, gigcheck's
version), when, and from which inputs, so that a report found later can be trusted.

The time is the current time in UTC, or SOURCE_DATE_EPOCH when set (seconds since
1970-01-01 UTC, as reproducible-build tools set it): the same inputs then give the same
bytes, which tests and archived reports rely on.
"""
from __future__ import annotations

import html
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from gigcheck.report.base import Inputs, terminal_safe
from gigcheck.text.english import plural

if TYPE_CHECKING:
    from gigcheck.policy.config import Config

SHOWN_ARGUMENTS = 12  # a pre-commit hook passes every staged file: the rest are counted


def report_time(environ: Mapping[str, str]) -> datetime:
    """When the report is made: SOURCE_DATE_EPOCH when set, else now (UTC, whole seconds).
    ValueError, with the reason, for a value that is not a whole number of seconds."""
    raw = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not raw:
        return datetime.now(UTC).replace(microsecond=0)
    try:
        seconds = int(raw)
        if seconds < 0:
            raise ValueError
        return datetime.fromtimestamp(seconds, UTC)
    except (ValueError, OverflowError, OSError):
        raise ValueError(
            f"SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, not {raw!r}"
        ) from None


def iso_utc(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _e(s: str) -> str:
    return html.escape(terminal_safe(s), quote=True)


def _row(label: str, value: str) -> str:
    return f"<div><dt>{_e(label)}</dt><dd>{value}</dd></div>"


def shown_path(path: str, cwd: Path | None = None) -> str:
    """A path as the report shows it: relative to the working directory when inside it,
    as the findings' paths are, so a report passed to a colleague does not carry the
    editor's home folder; absolute otherwise."""
    here = (cwd or Path.cwd()).resolve()
    try:
        return Path(path).resolve().relative_to(here).as_posix()
    except (ValueError, OSError):
        return path


def render_header(version: str, when: datetime, config: Config | None, inputs: Inputs | None) -> str:
    """The `<dl>` under the report's title (rows for what is known: a library caller may
    give no config or inputs)."""
    rows = []
    if config is not None:
        from gigcheck.policy.packs import PolicyError, pack_identity, policies_dir

        packs = []
        for policy in config.policies or (config.policy,):
            try:
                name, path = pack_identity(policy)
                where = "built in" if path.resolve().parent == policies_dir() else shown_path(str(path))
                packs.append(f'<b class="pack">{_e(name)}</b> <code class="path">{_e(where)}</code>')
            except PolicyError:  # the config was made from data, not from a pack file
                packs.append(f'<b class="pack">{_e(policy)}</b>')
        pack = ", ".join(packs)
        rows.append(_row("Policy packs" if len(packs) > 1 else "Policy pack", pack))
        sources = " ".join(f'<code class="path">{_e(shown_path(s))}</code>' for s in config.sources)
        rows.append(_row("Configuration", sources or "none (the pack's defaults)"))
    rows.append(_row("gigcheck", f'<span class="version">{_e(version)}</span>'))
    stamp = iso_utc(when)
    rows.append(_row("Generated", f'<time datetime="{stamp}">{stamp}</time>'))
    if inputs is not None:
        shown = " ".join(f'<code class="path">{_e(a)}</code>' for a in inputs.arguments[:SHOWN_ARGUMENTS])
        more = len(inputs.arguments) - SHOWN_ARGUMENTS
        if more > 0:
            shown += f" and {more:,} more"
        rows.append(_row("Inputs", f'<span class="files">{plural(inputs.files, "file")}</span> from {shown}'))
    return f'<dl class="run">{"".join(rows)}</dl>'
