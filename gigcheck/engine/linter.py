"""Runs the configured rules over a gig and turns their hits into findings.

The engine owns everything rules should not know about: severities from the config,
line/column conversion, excerpts, de-duplication, suppressions and ordering. A `Linter`
is built once per configuration (its rule instances with their options) and checks any
number of gigs; it keeps nothing from one gig to the next, so threads may share it.
"""
from __future__ import annotations

from functools import lru_cache

from gigcheck.document.gig import Gig
from gigcheck.document.markdown import parse_gig
from gigcheck.engine.findings import make_finding
from gigcheck.engine.suppressions import apply_suppressions
from gigcheck.policy.config import Config, RuleConfig, load_config
from gigcheck.records import FileResult, Finding
from gigcheck.rules.base import Context, Rule
from gigcheck.scan.gigscan import GigScan


class Linter:
    """A configuration made ready to check gigs: each selected rule instantiated once."""

    def __init__(self, config: Config) -> None:
        if not isinstance(config, Config):
            raise TypeError(f"config must be a Config (from gigcheck.load_config()), not {type(config).__name__}")
        self.config = config
        self.rules: tuple[tuple[RuleConfig, Rule], ...] = tuple(
            (rc, rc.rule()) for rc in config.rules if rc.rule.kind == "gig"
        )
        self.batch: tuple[tuple[RuleConfig, Rule], ...] = tuple(
            (rc, rc.rule()) for rc in config.rules if rc.rule.kind == "batch"
        )

    def __reduce__(self) -> tuple[object, ...]:
        return (Linter, (self.config,))

    def parse(self, text: str, path: str = "<stdin>") -> Gig:
        return parse_gig(text, path, self.config.vocabulary.grammar)

    def check(self, gig: Gig) -> list[Finding]:
        """The findings of one parsed gig, sorted, suppressions applied."""
        index = gig.index
        scan = GigScan(gig, self.config.vocabulary)
        findings: dict[tuple[str, int, int, int, int], Finding] = {}
        for rc, rule in self.rules:
            ctx = Context(scan, rc.options)
            for hit in rule.check(gig, ctx):
                f = make_finding(rc, hit, index)
                findings.setdefault((f.rule, f.line, f.column, f.end_line, f.end_column), f)
        result = sorted(findings.values(), key=Finding.sort_key)
        if self.config.inline_suppressions:
            result = apply_suppressions(gig, result, self.config, index)
        return result

    def check_text(self, text: str, path: str = "<stdin>") -> list[Finding]:
        if not isinstance(text, str):
            raise TypeError(f"the gig's text must be a str, not {type(text).__name__}")
        return self.check(self.parse(text, path))


@lru_cache(maxsize=1)
def default_linter() -> Linter:
    """The linter of the default pack with no project config, built once per process."""
    return Linter(load_config(discover=False))


def linter_for(config: Config | None) -> Linter:
    return default_linter() if config is None else Linter(config)


def file_result(linter: Linter, gig: Gig, findings: list[Finding], *, keep_source: bool = False) -> FileResult:
    """The result a reporter needs: findings and the source lines they point at
    (`keep_source` keeps the whole text, for reporters that show it all)."""
    lines: dict[int, str] = {}
    if findings:
        index = gig.index
        for f in findings:
            for ln in range(f.line, min(f.end_line, f.line + 5) + 1):
                if ln <= len(index.starts):
                    lines.setdefault(ln, index.line_text(ln))
    return FileResult(path=gig.path, findings=findings, lines=lines, source=gig.source if keep_source else None)
