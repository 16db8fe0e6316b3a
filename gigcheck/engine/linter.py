"""Runs the configured rules over a gig and turns their hits into findings.

The engine owns everything rules should not know about: severities from the config,
line/column conversion, excerpts, de-duplication, suppressions and ordering.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Optional

from gigcheck.policy.config import Config, load_config
from gigcheck.document.gig import Gig
from gigcheck.records import FileResult, Finding, Hit, Severity
from gigcheck.document.markdown import parse_gig
from gigcheck.io.reading import InputError, read_text
from gigcheck.document.positions import LineIndex
from gigcheck.rules.base import Context

if TYPE_CHECKING:
    from gigcheck.engine.crossgig import GigKeys


def _contexts(config: Config) -> list[tuple[object, object, Context]]:
    """Rule instances and their contexts, built once per config and reused for every gig."""
    key = "__engine_contexts__"
    if key not in config.memo:
        built = []
        for rc in config.rules:
            memo = config.memo.setdefault(("rule", rc.rule.name), {})
            built.append((rc, rc.rule(), Context(rc.options, config.vocab, memo)))
        config.memo[key] = built
    return config.memo[key]


def make_finding(rc: object, hit: Hit, index: LineIndex) -> Finding:
    rule = rc.rule  # type: ignore[attr-defined]
    src = index.source
    start = max(0, min(hit.start, len(src)))
    end = max(start, min(hit.end, len(src)))
    line, col = index.position(start)
    end_line, end_col = index.position(end)
    return Finding(
        rule=rule.code,
        name=rule.name,
        category=rule.category,
        severity=hit.severity or rc.severity,  # type: ignore[attr-defined]
        message=hit.message,
        line=line,
        column=col,
        end_line=end_line,
        end_column=end_col,
        section=hit.section,
        excerpt=src[start:end],
        suggestion=hit.suggestion,
        key=hit.key,
    )


def lint_gig(gig: Gig, config: Config) -> list[Finding]:
    index = gig.index
    per_gig: dict = {}
    findings: dict[tuple, Finding] = {}
    for rc, rule, ctx in _contexts(config):
        if rc.rule.batch:  # type: ignore[attr-defined]
            continue
        ctx.per_gig = per_gig
        for hit in rule.check(gig, ctx):  # type: ignore[attr-defined]
            f = make_finding(rc, hit, index)
            findings.setdefault((f.rule, f.line, f.column, f.end_line, f.end_column), f)
    result = sorted(findings.values(), key=Finding.sort_key)
    if config.inline_suppressions:
        from gigcheck.engine.suppressions import apply_suppressions

        result = apply_suppressions(gig, result, config, index)
    return result


def _config(config: Optional[Config]) -> Config:
    return config if config is not None else load_config(discover=False)


def lint_text(text: str, *, path: Optional[str] = None, config: Optional[Config] = None) -> list[Finding]:
    """Findings for a gig given as text (the library entry point)."""
    cfg = _config(config)
    return lint_gig(parse_gig(text, path or "<stdin>"), cfg)


def result_for_text(text: str, path: str, config: Config, *, keep_source: bool = False) -> FileResult:
    """`keep_source` keeps the whole normalized text (for reporters that show it all)."""
    return result_and_keys(text, path, config, keep_source=keep_source)[0]


def result_and_keys(
    text: str, path: str, config: Config, *, keep_source: bool = False, collect: bool = False
) -> tuple[FileResult, Optional["GigKeys"]]:
    """The result, and with `collect` what the cross-gig rules need from this gig
    (crossgig.py): taken here, while the parsed gig is at hand, never re-parsed later."""
    keys = None
    try:
        gig = parse_gig(text, path)
        findings = lint_gig(gig, config)
        if collect:
            from gigcheck.engine.crossgig import collect_keys

            batch = [c for c in _contexts(config) if c[0].rule.batch]  # type: ignore[attr-defined]
            keys = collect_keys(gig, findings, config, batch) if batch else None
    except RecursionError:
        return FileResult(path=path, error="too deeply nested to check (recursion limit)"), None
    except Exception as exc:  # a bug must cost one file, not the whole batch
        error = f"internal error while checking ({type(exc).__name__}: {exc}); please report it"
        return FileResult(path=path, error=error), None
    lines: dict[int, str] = {}
    if findings:
        index = gig.index
        for f in findings:
            for ln in range(f.line, min(f.end_line, f.line + 5) + 1):
                if ln <= len(index.starts):
                    lines.setdefault(ln, index.line_text(ln))
    return FileResult(path=path, findings=findings, lines=lines, source=gig.source if keep_source else None), keys


def lint_file(path: str | Path, *, config: Optional[Config] = None, keep_source: bool = False) -> FileResult:
    """Check one file. Unreadable input is reported in `error`, never raised."""
    cfg = _config(config)
    try:
        text = read_text(path, cfg.max_file_size)
    except InputError as exc:
        return FileResult(path=str(path), error=str(exc))
    return result_for_text(text, str(path), cfg, keep_source=keep_source)


def worst(findings: Iterable[Finding]) -> Optional[Severity]:
    return max((f.severity for f in findings), default=None)
