"""Each file checked with the project config nearest to it, as ruff does.

`gigcheck check gigs/` where `gigs/upwork/.gigcheck.toml` says `policy = "upwork"`
checks the files under `gigs/upwork/` with that config and the others with the config
found from the working directory. A config is loaded once, the first time a file needs
it, and a folder's answer is remembered, so a walk of many files costs one look per
folder. `--config FILE` turns discovery off: every file gets that config. Other
command-line values (`--policy`, `--select`, `--fail-on` ...) are applied to every
config found: `--policy` replaces the pack each config names, and the config's own
`[rules]`, `[vocab]` and `[define]` tables still apply over it.

A folder's `exclude` is judged by the config of the folder it is in: a folder that the
config above it excludes is not checked, whatever config the folder holds.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from gigcheck.policy.config import Config, config_file_in, is_top, load_config

STDIN_NAME = "<stdin>"


def _folder_of(path: str) -> Path:
    """The resolved folder of `path` (as typed; standard input without a name: `.`)."""
    parent = Path(os.path.abspath(path)).parent
    try:
        return parent.resolve()
    except OSError:  # a loop of symlinks: the path as typed
        return parent


class ConfigTree:
    """The configurations of a run: one per project config that a checked file is
    nearest to, plus the working directory's (`root`)."""

    def __init__(self, *, config_file: str | None = None, cwd: Path | None = None, discover: bool = True,
                 **flags: Any) -> None:
        """`flags`: `load_config`'s keyword arguments from the command line (policy,
        select, ignore, fail_on ...), applied to every config."""
        self._flags = flags
        self._cwd = (cwd or Path.cwd()).resolve()
        self._nearest: dict[Path, Path | None] = {}  # folder -> its nearest config file
        self._loaded: dict[Path | None, Config] = {}  # config file (None: none) -> config
        self.fixed = config_file is not None or not discover
        if self.fixed:
            self.root = load_config(config_file=config_file, discover=discover, cwd=cwd, **flags)
            self._loaded[None] = self.root
        else:
            self.root = self.load(self.nearest_file(self._cwd))

    def load(self, path: Path | None) -> Config:
        """The config of `path` (None: no file), loaded once."""
        config = self._loaded.get(path)
        if config is None:
            if path is None:  # no config: the pack's defaults, patterns relative to the working directory
                config = load_config(discover=False, cwd=self._cwd, **self._flags)
            else:
                config = load_config(config_file=str(path), cwd=self._cwd, **self._flags)
            self._loaded[path] = config
        return config

    def nearest_file(self, folder: Path) -> Path | None:
        """The config file nearest to `folder` (resolved), upward; None when none is."""
        seen: list[Path] = []
        current = folder
        found: Path | None = None
        while True:
            if current in self._nearest:
                found = self._nearest[current]
                break
            seen.append(current)
            found = config_file_in(current)
            if found is not None or is_top(current):
                break
            current = current.parent
        for walked in seen:
            self._nearest[walked] = found
        return found

    def for_path(self, path: str) -> Config:
        """The config that checks `path` (a file, `-` or standard input's name; an
        export's rows share their file's): the nearest one, else the working directory's."""
        if self.fixed:
            return self.root
        if path in ("-", STDIN_NAME):
            return self.root
        found = self.nearest_file(_folder_of(path))
        return self.root if found is None else self.load(found)

    def chain(self, path: str) -> list[Path]:
        """The config files above `path`, nearest first (none with `--config`)."""
        if self.fixed or path in ("-", STDIN_NAME):
            return []
        files: list[Path] = []
        found = self.nearest_file(_folder_of(path))
        while found is not None and len(files) < 256:
            files.append(found)
            folder = found.parent
            found = None if is_top(folder) else self.nearest_file(folder.parent)
        return files

    def configs(self) -> list[Config]:
        """Every config loaded so far, the working directory's first."""
        return [self.root, *(c for c in self._loaded.values() if c is not self.root)]

    def selection(self, markdown: bool = True) -> TreeSelection:
        return TreeSelection(self, markdown)

    def overview(self) -> Config:
        """The run as one config, for a report's header: the working directory's settings,
        every rule that runs under any config (the first config's severity), every config
        file and every pack."""
        configs = self.configs()
        if len(configs) == 1:
            return self.root
        seen = {rc.rule.code for rc in self.root.rules}
        rules = list(self.root.rules)
        for other in configs[1:]:
            for rc in other.rules:
                if rc.rule.code not in seen:
                    seen.add(rc.rule.code)
                    rules.append(rc)
        return replace(
            self.root,
            rules=tuple(rules),
            sources=tuple(dict.fromkeys(s for c in configs for s in c.sources)),
            policies=tuple(dict.fromkeys(c.policy for c in configs)),
        )

    def deprecations(self) -> Iterator[str]:
        for config in self.configs():
            yield from config.deprecations


@dataclass(frozen=True)
class TreeSelection:
    """What a walk keeps when each file has its own config (io/path_patterns.Selection)."""

    tree: ConfigTree
    markdown: bool = True

    @property
    def force_exclude(self) -> bool:
        return self.tree.root.force_exclude

    def keeps_found(self, path: str, folder: str, suffix: str) -> bool:
        """As `FileSelection.keeps_found` with the file's own config, once no config
        above excludes the folder of the one below it (outermost first: a config inside
        an excluded folder is never read)."""
        files = self.tree.chain(path)
        for outer, inner in zip(reversed(files[1:]), reversed(files[:-1]), strict=True):
            excluded = self.tree.load(outer).file_selection(self.markdown).exclude
            if excluded.matches(str(inner.parent), below=folder, folder=True):
                return False
        return self.tree.for_path(path).file_selection(self.markdown).keeps_found(path, folder, suffix)

    def keeps_named(self, path: str) -> bool:
        return self.tree.for_path(path).file_selection(self.markdown).keeps_named(path)
