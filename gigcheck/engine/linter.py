"""Runs the configured rules over a gig and turns their hits into findings.

The engine owns everything rules should not know about: severities from the config,
line/column conversion, excerpts, de-duplication, suppressions and ordering. A `Linter`
is built once per configuration (its rule instances with their options) and checks any
number of gigs; it keeps nothing from one gig to the next, so threads may share it.

With `redact`, it also finds every gig's secrets for `--redact` (engine/redact.py): what
the rules that mask their excerpt find, whether they are selected or not, before
suppressions. What is masked never depends on what is reported.
"""
from __future__ import annotations

import threading
from dataclasses import replace
from types import MappingProxyType

from gigcheck.document.gig import Gig
from gigcheck.document.markdown import parse_gig
from gigcheck.engine.findings import make_finding
from gigcheck.engine.suppressions import apply_suppressions
from gigcheck.policy.config import Config, RuleConfig, load_config
from gigcheck.policy.packs import files_stamp, forget_packs, shipped_files
from gigcheck.records import FileResult, Finding
from gigcheck.rules.base import Context, Rule
from gigcheck.scan.gigscan import GigScan

Rules = tuple[tuple[RuleConfig, Rule], ...]


class Linter:
    """A configuration made ready to check gigs: each selected rule instantiated once
    (with `redact`, also the masking rules left out of the selection)."""

    def __init__(self, config: Config, redact: bool = False) -> None:
        if not isinstance(config, Config):
            raise TypeError(f"config must be a Config (from gigcheck.load_config()), not {type(config).__name__}")
        self.config = config
        self.redact = redact
        self.rules: Rules = tuple((rc, rc.rule()) for rc in config.rules if rc.rule.kind == "gig")
        self.batch: Rules = tuple((rc, rc.rule()) for rc in config.rules if rc.rule.kind == "batch")
        # With `redact`: the masking rules the selection left out (run only to find
        # secrets), and all the masking rules (what an input's name is read with).
        self.unselected_masking: Rules = _unselected_masking(config) if redact else ()
        self.masking: Rules = ()
        if redact:
            self.masking = tuple(rr for rr in self.rules if self.masks(rr[0].rule.code)) + self.unselected_masking

    def __reduce__(self) -> tuple[object, ...]:
        return (Linter, (self.config, self.redact))

    def parse(self, text: str, path: str = "<stdin>") -> Gig:
        return parse_gig(text, path, self.config.vocabulary.grammar)

    def check(self, gig: Gig) -> list[Finding]:
        """The findings of one parsed gig, sorted, suppressions applied."""
        return self.examine(gig)[0]

    def examine(self, gig: Gig) -> tuple[list[Finding], list[Finding]]:
        """The findings of one parsed gig (as `check`) and, with `redact`, its secrets:
        the findings of every masking rule, selected or not, none suppressed."""
        index = gig.index
        scan = GigScan(gig, self.config.vocabulary)
        result = self._run(self.rules, gig, scan)
        secrets: list[Finding] = []
        if self.redact:
            secrets = [f for f in result if self.masks(f.rule)] + self._run(self.unselected_masking, gig, scan)
        if self.config.inline_suppressions:
            result = apply_suppressions(gig, result, self.config, index)
        return result, secrets

    def _run(self, rules: Rules, gig: Gig, scan: GigScan) -> list[Finding]:
        index = gig.index
        findings: dict[tuple[str, int, int, int, int], Finding] = {}
        for rc, rule in rules:
            ctx = Context(scan, rc.options)
            for hit in rule.check(gig, ctx):
                f = make_finding(rc, hit, index)
                findings.setdefault((f.rule, f.line, f.column, f.end_line, f.end_column), f)
        return sorted(findings.values(), key=Finding.sort_key)

    def masks(self, code: str) -> bool:
        """Whether the findings of rule `code` quote a secret (it masks its excerpt)."""
        rule = self.config.registry.get(code)
        return rule is not None and rule.masks_excerpt()

    def secrets_in_name(self, name: str) -> list[Finding]:
        """The secrets written in an input's name (a file called `call-me-+44….md`, a row
        id holding an email), read as a gig of one line; they have no place in the input
        (line 0), so only their text is masked."""
        gig = self.parse(name, name)
        scan = GigScan(gig, self.config.vocabulary)
        return [replace(f, line=0, end_line=0) for f in self._run(self.masking, gig, scan)]

    def check_text(self, text: str, path: str = "<stdin>") -> list[Finding]:
        if not isinstance(text, str):
            raise TypeError(f"the gig's text must be a str, not {type(text).__name__}")
        return self.check(self.parse(text, path))


def _unselected_masking(config: Config) -> Rules:
    """The gig rules of the configuration's registry that mask their excerpt (contact
    details, payment accounts) but are not selected, with the pack's options."""
    selected = {rc.rule.code for rc in config.rules}
    return tuple(
        (RuleConfig(rule, config.default_severity(rule), MappingProxyType(config.rule_options(rule))), rule())
        for rule in config.registry
        if rule.kind == "gig" and rule.masks_excerpt() and rule.code not in selected
    )


_default: tuple[tuple[str, ...], object, Linter] | None = None
_default_lock = threading.Lock()


def default_linter() -> Linter:
    """The linter of the default pack with no project config: built once per process and
    kept while the shipped pack files stay as they are (a few `stat` calls a gig; an
    edited pack is read again). Threads share it."""
    global _default
    current = _default
    if current is None or files_stamp(current[0]) != current[1]:
        with _default_lock:
            current = _default
            if current is None or files_stamp(current[0]) != current[1]:
                if current is not None:
                    forget_packs()
                files = shipped_files()
                stamp = files_stamp(files)  # before reading: an edit while it loads is seen next time
                current = _default = (files, stamp, Linter(load_config(discover=False)))
    return current[2]


def linter_for(config: Config | None) -> Linter:
    return default_linter() if config is None else Linter(config)


def file_result(
    linter: Linter,
    gig: Gig,
    findings: list[Finding],
    *,
    keep_source: bool = False,
    secrets: list[Finding] | None = None,
) -> FileResult:
    """The result a reporter needs: findings and the source lines they point at
    (`keep_source` keeps the whole text, for reporters that show it all), and the gig's
    secrets when `--redact` will mask them."""
    lines: dict[int, str] = {}
    if findings:
        index = gig.index
        for f in findings:
            for ln in range(f.line, min(f.end_line, f.line + 5) + 1):
                if ln <= len(index.starts) and ln not in lines:  # each line cut once, however many findings
                    lines[ln] = index.line_text(ln)
    return FileResult(
        path=gig.path,
        findings=findings,
        lines=lines,
        source=gig.source if keep_source else None,
        secrets=secrets or [],
        title=gig.title_text,
        seller=gig.seller,
    )
