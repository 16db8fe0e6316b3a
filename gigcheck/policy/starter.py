"""What `gigcheck init` writes: a commented config (every key at its default, each
explained) and a gig that passes the default pack. Both are data (policy/starter/);
the defaults in the config come from the code that applies them."""
from __future__ import annotations

from importlib.resources import files
from string import Template

from gigcheck.io.reading import DEFAULT_MAX_BYTES
from gigcheck.policy.config import DEFAULT_POLICY, DEFAULT_TIME_BUDGET

TOOL_TABLE = "tool.gigcheck"  # where pyproject.toml holds the config


def _read(name: str) -> str:
    return files(__package__).joinpath("starter", name).read_text(encoding="utf-8")


def config_text(pyproject: bool = False) -> str:
    """The config: `.gigcheck.toml`'s top-level keys, or (`pyproject`) the
    `[tool.gigcheck]` table to append to pyproject.toml."""
    prefix = f"{TOOL_TABLE}." if pyproject else ""
    return Template(_read("config.toml")).substitute(
        header=f"\n[{TOOL_TABLE}]" if pyproject else "",
        prefix=prefix,
        policy=DEFAULT_POLICY,
        max_file_size=DEFAULT_MAX_BYTES,
        time_budget=f"{DEFAULT_TIME_BUDGET:g}",
    )


def gig_text() -> str:
    """A gig that the default pack finds nothing in: a model to edit."""
    return _read("gig.md.in")  # not *.md: a check of this repository is no check of its templates
