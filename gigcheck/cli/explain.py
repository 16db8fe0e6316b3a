"""`gigcheck rules`: the rule table and each rule's documentation (from its docstring)."""
from __future__ import annotations

import inspect
import json

import click

from gigcheck.rules.docs import examples_text, explanation
from gigcheck.rules.registry import ALL_RULES, rule_by_key


def _pack_entry(name: str) -> dict:
    from gigcheck.policy.packs import load_pack

    return load_pack("fiverr").get("rules", {}).get(name, {})


def list_rules(fmt: str) -> None:
    rows = [
        {
            "code": r.code,
            "name": r.name,
            "category": r.category,
            "severity": _pack_entry(r.name).get("severity", str(r.severity)),
            "summary": r.summary,
        }
        for r in ALL_RULES
    ]
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(show_edge=False, header_style="bold")
    for col in ("code", "name", "category", "severity", "summary"):
        table.add_column(col)
    for row in rows:
        table.add_row(*(row[c] for c in ("code", "name", "category", "severity", "summary")))
    Console(highlight=False, soft_wrap=True).print(table)


def explain_rule(key: str, fmt: str) -> None:
    rule = rule_by_key(key)
    if rule is None:
        raise LookupError(f"unknown rule '{key}' (run `gigcheck rules` for the list)")
    entry = _pack_entry(rule.name)
    doc = {
        "code": rule.code,
        "name": rule.name,
        "category": rule.category,
        "severity": entry.get("severity", str(rule.severity)),
        "summary": rule.summary,
        "explanation": explanation(rule),
        "options": {k: v for k, v in entry.items() if k in rule.options},
        "bad_example": rule.bad_example,
        "good_example": rule.good_example,
    }
    if fmt == "json":
        click.echo(json.dumps(doc, indent=2, ensure_ascii=False))
        return
    lines = [
        f"{rule.code} {rule.name} ({rule.category}, {doc['severity']} by default)",
        "",
        doc["explanation"],
        "",
    ]
    if doc["options"]:
        lines += ["Options in the default pack:"]
        lines += [f"  {k} = {v!r}" for k, v in doc["options"].items()]
        lines += [""]
    lines += [examples_text(rule)]
    click.echo("\n".join(lines).rstrip() + "\n")


def list_packs(fmt: str) -> None:
    from gigcheck.policy.packs import available_packs, load_pack, policies_dir, read_toml

    rows = []
    for name in available_packs():
        meta = read_toml(policies_dir() / f"{name}.toml").get("pack", {})
        load_pack(name)  # a pack that does not load is not listed as usable
        rows.append({"name": name, "extends": meta.get("extends"), "description": meta.get("description", "")})
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2))
    else:
        for row in rows:
            extends = f" (extends {row['extends']})" if row["extends"] else ""
            click.echo(f"{row['name']}{extends}: {row['description']}")
