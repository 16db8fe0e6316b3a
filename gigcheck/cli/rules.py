"""`gigcheck rules`: the rule table, one rule's documentation, or the packs."""
from __future__ import annotations

import click

from gigcheck.cli.common import fail


@click.command()
@click.argument("rule", required=False)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              metavar="text|json", help="A table (piped: one tab-separated line per rule) or JSON.")
@click.option("--packs", is_flag=True, help="List the policy packs instead.")
@click.option("--policy", metavar="NAME|PATH", help="Show the rules as this pack (a name or a TOML path) has them.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), metavar="FILE",
              help="Show the rules as this config file has them.")
def rules(rule: str | None, fmt: str, packs: bool, policy: str | None, config_file: str | None) -> None:
    """List every rule, or explain RULE (a code, a name, or a former code), with the
    severities and options of the effective configuration."""
    from gigcheck.cli import explain
    from gigcheck.policy.config import load_config
    from gigcheck.policy.packs import PolicyError

    try:
        config = load_config(policy=policy, config_file=config_file)
        explain.run(rule, fmt, packs, config)
    except PolicyError as exc:
        raise fail(str(exc)) from None
    except LookupError as exc:
        raise fail(str(exc.args[0])) from None
