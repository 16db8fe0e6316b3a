"""Each detection case linted once per test process with the default configuration.

The detection files ask thousands of short texts whether they are reported
(contact_support's `worst` and `reported`), and often ask twice about one text: a case's
verdict and, when it fails, what was reported; a sentence that is one file's error and
another's near-miss. The findings of a text are kept here, keyed by the text and the
configuration they came from, and the verdicts are read from them. Only a configuration
kept for the whole process can be a key (the session's `default_config`): a key holds
its identity, which a configuration made and dropped would hand on to the next one.
Plain `lint(text)` calls still lint every time (a test may lint twice to compare).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from gigcheck.engine.api import lint_text
from gigcheck.engine.linter import Linter
from gigcheck.policy.config import Config
from gigcheck.records import Finding

LONGEST = 20_000  # characters: a longer text (hostile inputs, whole catalogues) is not kept
_linters: dict[int, tuple[Config, Linter]] = {}  # the config is kept: its id stays its own
_findings: dict[tuple[int, str], tuple[Finding, ...]] = {}


def linter(config: Config) -> Linter:
    """One Linter per configuration for the process (its rules instantiated once)."""
    found = _linters.get(id(config))
    if found is None:
        found = _linters[id(config)] = (config, Linter(config))
    return found[1]


def linted(text: str, config: Config) -> list[Finding]:
    """The findings of `text` under `config`, from the memo when this process linted it
    before. A new list each time (the findings themselves are frozen)."""
    if not isinstance(text, str) or len(text) > LONGEST:
        return lint_text(text, config=config)  # its checks of the arguments, as before
    key = (id(config), text)
    found = _findings.get(key)
    if found is None:
        found = _findings[key] = tuple(linter(config).check_text(text))
    return list(found)


def memo_for(config: Config, request: Any) -> Callable[[str], list[Finding]] | None:
    """`linted` under `config` for the test of `request`, or None when its findings must
    be its own: the test patches something (they could differ from an unpatched run's,
    and must not be kept for the next test) or times the linting (a perf test's repeated
    run must do the work again)."""
    if {"monkeypatch", "fresh_vocabulary"} & set(request.fixturenames):
        return None
    if request.node.get_closest_marker("perf") is not None:
        return None
    return lambda text: linted(text, config)
