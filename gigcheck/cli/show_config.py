"""`gigcheck config`: the effective configuration, each value with where it came from."""
from __future__ import annotations

import json

import click

from gigcheck.cli.common import fail, warn
from gigcheck.report.base import terminal_safe


@click.command("config")
@click.argument("path", required=False, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              metavar="text|json", help="text (TOML lines, each with its source as a comment) or json.")
@click.option("--policy", metavar="NAME|PATH", help="As with this pack (a name or a TOML path).")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), metavar="FILE",
              help="As with this config file (default: the one `gigcheck check` finds).")
def show_config(fmt: str, policy: str | None, config_file: str | None, path: str | None) -> None:
    """Print the effective configuration: every setting, the rule options and severities
    the pack and the project set, and where each value came from. With PATH: the
    configuration that `gigcheck check` uses for that file (the nearest config to it)."""
    from gigcheck.policy.packs import PolicyError
    from gigcheck.policy.settings import settings
    from gigcheck.policy.tree import ConfigTree

    try:
        tree = ConfigTree(policy=policy, config_file=config_file)
        config = tree.for_path(path) if path is not None else tree.root
    except PolicyError as exc:
        raise fail(str(exc)) from None
    for note in config.deprecations:
        warn(note)
    rows = list(settings(config, {"policy": policy} if policy else {}))
    if fmt == "json":
        click.echo(json.dumps([{"key": s.key, "value": s.value, "source": s.source} for s in rows], indent=2))
        return
    if path is not None:
        where = config.sources[0] if config.sources else "no config file: the pack's defaults"
        click.echo(terminal_safe(f"# {path}: {where}"))
    lines = [(f"{s.key} = {json.dumps(s.value, ensure_ascii=False)}", s.source) for s in rows]
    width = min(56, max(len(text) for text, _ in lines))  # a long list is not worth the padding
    for text, source in lines:
        click.echo(f"{text:<{width}}  # {source}")
