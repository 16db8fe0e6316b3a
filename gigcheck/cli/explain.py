"""`gigcheck rules`: the rule table and each rule's documentation, as the effective
configuration has them (the pack's and project's severities and options, the rules a pack
defines as data), from the registry."""
from __future__ import annotations

import json
import sys
from typing import Any

import click

from gigcheck.policy.config import Config
from gigcheck.policy.sources import Source, sources_of
from gigcheck.rules.base import Rule
from gigcheck.rules.docs import explanation, fix_text, short_examples_text

COLUMNS = ("code", "name", "category", "severity", "summary", "docs")
# Piped: one line per rule, tab-separated, whole (`gigcheck rules | grep contact | cut -f1`).
PLAIN_COLUMNS = ("code", "name", "category", "severity", "enabled", "summary", "docs")


def _row(config: Config, rule: type[Rule]) -> dict[str, Any]:
    rc = config.rule_config(rule.code)
    options = rc.options if rc is not None else config.rule_options(rule)
    return {
        "code": rule.code,
        "name": rule.name,
        "category": rule.category,
        "severity": str(rc.severity if rc is not None else config.default_severity(rule)),
        "enabled": rc is not None,
        "summary": rule.summary,
        "docs": rule.docs_url(),
        # Its own options only: those it reads from another rule (`options_from`) are set there.
        "options": {k.replace("_", "-"): v for k, v in options.items() if k in rule.defaults()},
    }


def list_rules(config: Config, fmt: str) -> None:
    rows = [_row(config, r) for r in config.registry]
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if not sys.stdout.isatty():
        for row in rows:
            row["enabled"] = "enabled" if row["enabled"] else "disabled"
            click.echo("\t".join(" ".join(str(row[c]).split()) for c in PLAIN_COLUMNS))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(show_edge=False, header_style="bold")
    for col in COLUMNS:
        table.add_column(col)
    for row in rows:
        table.add_row(*(str(row[c]) for c in COLUMNS))
    from gigcheck.report.width import console_width

    Console(highlight=False, soft_wrap=True, width=console_width()).print(table)


def explain_rule(config: Config, key: str, fmt: str) -> None:
    rule = config.registry.get(key)
    if rule is None:
        raise LookupError(f"unknown rule '{key}' (run `gigcheck rules` for the list)")
    renamed = config.registry.renamed(key)
    doc = {
        **_row(config, rule),
        "sources": {k: [s.as_json() for s in found] for k, found in _rule_sources(config, rule).items()},
        "aliases": list(rule.aliases),
        "explanation": explanation(rule),
        "bad_example": rule.bad_example,
        "good_example": rule.good_example,
    }
    if fmt == "json":
        click.echo(json.dumps(doc, indent=2, ensure_ascii=False))
        return
    lines = []
    if renamed is not None:
        former = key.strip().upper() if key.strip().lower().startswith("gc") else key.strip()
        lines += [f"{former} is now {rule.code} ({rule.name}).", ""]
    state = "" if doc["enabled"] else "; not selected by this configuration"
    lines += [f"{rule.code} {rule.name} ({rule.category}, {doc['severity']}{state})", "", doc["explanation"], ""]
    if rule.fix_summary:
        lines += [f"Fix: {fix_text(rule)}", ""]
    if doc["options"]:
        lines += ["Options:"] + [f"  {k} = {_toml(v)}" for k, v in doc["options"].items()] + [""]
    if doc["sources"]:
        lines += ["Sources (where the pack's values come from):"]
        for key, found in _rule_sources(config, rule).items():
            lines += [f"  {key}: {s.line()}" for s in found] or [f"  {key}: no source in this pack"]
        lines += [""]
    lines += [short_examples_text(rule), f"Documentation: {rule.docs_url()}"]
    click.echo("\n".join(lines).rstrip() + "\n")


def _rule_sources(config: Config, rule: type[Rule]) -> dict[str, list[Source]]:
    """The sources of the values `rule` reads, by key as a config writes it (its options
    in kebab-case, `vocab.<table>.<key>`); empty when the pack cites none of them."""
    keys = {o.key: f"rules.{rule.name}.{o.name}" for o in rule.options}
    keys |= {"vocab." + k.replace("_", "-"): f"vocab.{k}" for k in rule.vocab_keys}
    found = {shown: sources_of(config.pack_sources, dotted) for shown, dotted in keys.items()}
    return found if any(found.values()) else {}


def _toml(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False) if not isinstance(value, float) else f"{value:g}"


def list_packs(fmt: str) -> None:
    from gigcheck.policy.packs import available_packs, load_pack, policies_dir, read_toml

    rows = []
    for name in available_packs():
        meta = read_toml(policies_dir() / f"{name}.toml").get("pack", {})
        sources = load_pack(name).get("sources", {})  # a pack that does not load is not listed as usable
        rows.append({"name": name, "extends": meta.get("extends"), "description": meta.get("description", ""),
                     "sources": [s.as_json() for s in sources.values()]})
        if fmt != "json":
            extends = f" (extends {meta.get('extends')})" if meta.get("extends") else ""
            click.echo(f"{name}{extends}: {meta.get('description', '')}")
            base = meta.get("extends")
            if base and sources == load_pack(base).get("sources", {}):
                click.echo(f"  sources: those of {base}")
                continue
            for s in sources.values():
                click.echo(f"  source {s.id}: {s.line()}")
                if s.note:
                    click.echo(f"    note: {' '.join(s.note.split())}")
                click.echo(f"    covers: {', '.join(s.covers)}")
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2))


def run(rule: str | None, fmt: str, packs: bool, config: Config) -> None:
    if packs:
        list_packs(fmt)
    elif rule:
        explain_rule(config, rule, fmt)
    else:
        list_rules(config, fmt)
