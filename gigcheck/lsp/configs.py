"""The linter for a gig in the editor: its configuration is discovered from the gig's
folder as the command line does (nearest `.gigcheck.toml` or `pyproject.toml` with
`[tool.gigcheck]`), built once per folder and built again when a config file on the way
up changes (their stats are compared on every check: a few stat calls, no reading).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from gigcheck.engine.linter import Linter
from gigcheck.policy.config import CONFIG_NAMES, is_top, load_config
from gigcheck.policy.packs import PolicyError

Stamps = tuple[tuple[str, int, int], ...]


def config_stamps(folder: Path) -> Stamps:
    """Stats of the config files that discovery from `folder` could read (up to where
    discovery stops)."""
    found = []
    current = folder.resolve()
    while True:
        for name in CONFIG_NAMES:
            path = os.path.join(current, name)
            try:
                st = os.stat(path)
            except OSError:
                continue
            found.append((path, st.st_mtime_ns, st.st_size))
        if is_top(current):
            return tuple(found)
        current = current.parent


@dataclass(frozen=True, slots=True)
class Loaded:
    """A folder's linter, or why its configuration cannot be used."""

    linter: Linter | None
    error: str | None
    stamps: Stamps


class Configs:
    """Linters by folder, rebuilt when their config files change."""

    def __init__(self) -> None:
        self._by_folder: dict[Path, Loaded] = {}

    def for_folder(self, folder: Path) -> Loaded:
        stamps = config_stamps(folder)
        known = self._by_folder.get(folder)
        if known is not None and known.stamps == stamps:
            return known
        try:
            loaded = Loaded(Linter(load_config(cwd=folder)), None, stamps)
        except PolicyError as exc:  # ConfigError too: one line naming the file and the key
            loaded = Loaded(None, str(exc), stamps)
        self._by_folder[folder] = loaded
        return loaded

    def forget(self) -> None:
        self._by_folder.clear()
