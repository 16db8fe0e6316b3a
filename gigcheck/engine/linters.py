"""The linters of one run: one per configuration its inputs are checked with.

With a `ConfigTree` (policy/tree.py) each input is checked with the config nearest to
it; a linter is built once per config, the first time an input needs it. Which linter
checks an input is its number here, small enough to travel with the task to a worker.
"""
from __future__ import annotations

from gigcheck.engine.linter import Linter, Rules
from gigcheck.policy.config import Config
from gigcheck.policy.tree import STDIN_NAME, ConfigTree


class LinterSet:
    def __init__(self, configs: Config | Linter | ConfigTree, redact: bool = False) -> None:
        self.tree = configs if isinstance(configs, ConfigTree) else None
        if isinstance(configs, Linter):
            first = configs
        else:
            first = Linter(configs.root if isinstance(configs, ConfigTree) else configs, redact)
        self.redact = first.redact
        self.linters: list[Linter] = [first]
        self._number: dict[int, int] = {id(first.config): 0}  # id(config) -> linter's number

    @property
    def main(self) -> Linter:
        """The working directory's (or the only) linter."""
        return self.linters[0]

    def number(self, path: str, stdin_filename: str | None = None) -> int:
        """The number of the linter that checks input `path` (`-`: standard input, by
        the name it is reported under)."""
        if self.tree is None:
            return 0
        config = self.tree.for_path((stdin_filename or STDIN_NAME) if path == "-" else path)
        number = self._number.get(id(config))
        if number is None:
            number = self._number[id(config)] = len(self.linters)
            self.linters.append(Linter(config, self.redact))
        return number

    def batch_groups(self) -> tuple[list[Rules], list[int]]:
        """The cross-gig rules of each group of linters that set them alike (the same
        rules, severities and options), and each linter's group: gigs are compared
        across configs only where their configs would find the same thing."""
        keys: dict[str, int] = {}
        groups: list[Rules] = []
        group_of: list[int] = []
        for linter in self.linters:
            key = repr([(rc.rule.code, rc.severity, sorted(rc.options.items())) for rc, _ in linter.batch])
            if key not in keys:
                keys[key] = len(groups)
                groups.append(linter.batch)
            group_of.append(keys[key])
        return groups, group_of
