"""The registry and each rule's declaration: one place per rule, checked here.

Every rule declares its code, name, category, severity, options, messages and a flagged
and an accepted example (whole gigs); this file checks that each declaration is sound,
that each example does what it says, that former codes still work everywhere a code is
accepted, and that the generated documentation (README table, docs/rules/) is current.
"""
from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from pathlib import Path

import pytest

import gigcheck.rules
from gigcheck import lint_text
from gigcheck.engine.runner import iter_results
from gigcheck.policy.config import load_config
from gigcheck.rules import docs
from gigcheck.rules.base import Rule, check_declaration
from gigcheck.rules.registry import ALL_RULES, BUILTIN

ROOT = Path(__file__).resolve().parents[2]
IDS = {"ids": lambda r: r.code}


@pytest.mark.parametrize("rule", ALL_RULES, **IDS)
def test_declaration_is_sound(rule):
    assert check_declaration(rule) == []
    assert inspect.getdoc(rule), rule.code
    for option in rule.options:
        assert option.accepts(option.default), (rule.code, option.name)
        assert option.help, (rule.code, option.name)


def test_codes_names_and_former_codes_are_unique():
    keys = [k for r in ALL_RULES for k in (r.code.lower(), r.name)]
    assert len(keys) == len(set(keys))
    current = set(keys)
    aliases = [a.lower() for r in ALL_RULES for a in r.aliases]
    assert len(aliases) == len(set(aliases)) and not set(aliases) & current
    assert [r.code for r in ALL_RULES] == sorted(r.code for r in ALL_RULES)


def test_every_rule_class_is_registered():
    """A rule defined in a module of gigcheck/rules but left out of its RULES tuple would
    silently never run."""
    defined = set()
    for info in pkgutil.iter_modules(gigcheck.rules.__path__):
        module = importlib.import_module(f"gigcheck.rules.{info.name}")
        for obj in vars(module).values():
            defined_here = inspect.isclass(obj) and issubclass(obj, Rule) and obj.__module__ == module.__name__
            if defined_here and getattr(obj, "code", None) and not obj.__name__.startswith("_"):
                defined.add(obj)
    assert defined == set(ALL_RULES)


def _split_drafts(example: str, folder: Path) -> list[str]:
    """A cross-gig example holds several drafts, each after `<!-- path -->`."""
    paths = []
    for m in re.finditer(r"<!-- (\S+) -->\n(.*?)(?=\n<!-- |\Z)", example, re.S):
        path = folder / m.group(1)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(m.group(2), encoding="utf-8")
        paths.append(str(path))
    assert len(paths) >= 2
    return paths


def _codes(rule: type[Rule], example: str, config, tmp_path: Path) -> list[str]:
    if rule.kind == "batch":
        results = iter_results(_split_drafts(example, tmp_path), config)
        return [f.rule for r in results for f in r.findings]
    return [f.rule for f in lint_text(example, config=config)]


@pytest.mark.parametrize("rule", ALL_RULES, **IDS)
def test_bad_example_raises_the_rule_and_good_example_does_not(rule, default_config, tmp_path):
    assert rule.code in _codes(rule, rule.bad_example, default_config, tmp_path / "bad")
    assert rule.code not in _codes(rule, rule.good_example, default_config, tmp_path / "good")


@pytest.mark.parametrize("rule", [r for r in ALL_RULES if r.aliases], **IDS)
def test_former_codes_select_ignore_and_suppress(rule):
    old = rule.aliases[0]
    assert BUILTIN.get(old) is rule and BUILTIN.renamed(old) is rule
    selected = load_config(discover=False, select=[old])
    assert [rc.rule for rc in selected.rules] == [rule]
    ignored = load_config(discover=False, ignore=[old])
    assert rule not in [rc.rule for rc in ignored.rules]
    assert [f for f in lint_text(rule.bad_example, config=selected) if f.rule == rule.code]
    silenced = rule.bad_example + f"\n<!-- gigcheck-disable-file {old} -->\n"
    assert not [f for f in lint_text(silenced, config=selected) if f.rule == rule.code]


@pytest.mark.parametrize("rule", [r for r in ALL_RULES if r.fingerprint_code], **IDS)
def test_renumbered_rules_keep_their_fingerprints(rule):
    from gigcheck.engine.fingerprint import print_code

    assert print_code(rule.code) == rule.fingerprint_code


def test_readme_table_and_rule_pages_are_current():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert docs.replace_table(readme, docs.rules_table(ALL_RULES)) == readme, (
        "the README's rule table is stale: run `python -m gigcheck.rules.docs --write`"
    )
    pages = ROOT / "docs" / "rules"
    assert sorted(p.name for p in pages.glob("GC*.md")) == sorted(f"{r.code}.md" for r in ALL_RULES)
    for rule in ALL_RULES:
        assert (pages / f"{rule.code}.md").read_text(encoding="utf-8") == docs.rule_page(rule), (
            f"docs/rules/{rule.code}.md is stale: run `python -m gigcheck.rules.docs --write`"
        )
