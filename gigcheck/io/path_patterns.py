"""Which files a run checks: `include` and `exclude` patterns with gitignore semantics.

Patterns are matched against paths relative to `root`, the folder of the config file
that defines them, however the paths were typed (`.`, `..`, absolute), as git matches a
`.gitignore`: `drafts/` is every folder named drafts, `/drafts/` only the top one,
`**/drafts/*` the top one too, and a file inside an excluded folder stays excluded
whatever a later `!` pattern says. A path outside `root` matches nothing.

As in ruff, a file named on the command line is checked even when excluded, unless
`force_exclude` (for pre-commit, which names every staged Markdown file); a folder
named on the command line is walked, and the patterns apply below it.
"""
from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from pathspec import GitIgnoreSpec


def relative_to(root: Path, path: str) -> str | None:
    """`path` relative to `root` in POSIX form, or None when it is outside `root`.

    The folders are resolved (a symlinked folder, `..`), not the file itself: a symlink
    named README.md is matched as README.md."""
    absolute = Path(os.path.abspath(path))
    try:
        parent = absolute.parent.resolve()
    except OSError:
        parent = absolute.parent
    try:
        rel = (parent / absolute.name).relative_to(root)
    except ValueError:
        return None
    text = rel.as_posix()
    return "" if text == "." else text


def pattern_error(pattern: str) -> str | None:
    """Why `pattern` is no gitignore pattern, or None. Checked when a config is read, so
    that a bad pattern is reported with its file even when no walk would compile it."""
    from pathspec import GitIgnoreSpec

    try:
        GitIgnoreSpec.from_lines([pattern])
    except Exception as exc:  # pathspec raises its own error, ValueError or TypeError
        return str(exc) or type(exc).__name__
    return None


@dataclass(frozen=True)
class PathPatterns:
    """gitignore-style patterns, relative to `root` (an absolute, resolved folder)."""

    root: Path
    patterns: tuple[str, ...] = ()

    @cached_property
    def _spec(self) -> GitIgnoreSpec:
        # Compiled when first matched: without patterns, or when nothing is matched (files
        # named on the command line without `force_exclude`, the usual `gigcheck check
        # gig.md`), pathspec, a tenth of that command's start, is not even imported.
        from pathspec import GitIgnoreSpec

        return GitIgnoreSpec.from_lines(self.patterns)

    def __bool__(self) -> bool:
        return bool(self.patterns)

    def matches(self, path: str, *, below: str | None = None, folder: bool = False) -> bool:
        """Whether `path` (a file, or a `folder`) or one of its folders matches,
        counting only the folders under `below` (a folder named on the command line)."""
        if not self.patterns:
            return False
        rel = relative_to(self.root, path)
        tail = "/" if folder else ""
        if not rel:  # the root itself, or outside it: git would not look
            return False
        parts = PurePosixPath(rel).parts
        first = 0
        if below is not None:
            top = relative_to(self.root, below)
            first = 0 if top is None else len(PurePosixPath(top).parts)
        named = ["/".join(parts[:k]) + "/" for k in range(1, first + 1)]

        def hit(candidate: str) -> bool:
            return self._own_match(candidate, named) if named else bool(self._spec.match_file(candidate))

        # Folder by folder, as git does: an excluded folder is never entered.
        for k in range(first + 1, len(parts)):
            if hit("/".join(parts[:k]) + "/"):
                return True
        return hit(rel + tail)

    def _own_match(self, rel: str, named: list[str]) -> bool:
        """Whether `rel` matches by itself, not as the content of the folders `named` on
        the command line (the last pattern that applies decides, as in git)."""
        result = False
        for pattern in self._spec.patterns:
            if pattern.include is None or pattern.match_file(rel) is None:
                continue
            if any(pattern.match_file(d) is not None for d in named):
                continue
            result = bool(pattern.include)
        return result


@dataclass(frozen=True)
class FileSelection:
    """What a folder walk keeps and what an explicitly named file loses."""

    exclude: PathPatterns
    include: PathPatterns | None = None  # None: every file with the input format's suffix
    force_exclude: bool = False

    def keeps_found(self, path: str, folder: str, suffix: str) -> bool:
        """A file found by walking `folder` (named on the command line)."""
        if self.include is not None:
            if not self.include.matches(path):
                return False
        elif not path.lower().endswith(suffix):
            return False
        if self.force_exclude and self.exclude.matches(folder, folder=True):
            return False
        return not self.exclude.matches(path, below=folder)

    def keeps_named(self, path: str) -> bool:
        """A file named on the command line: excluded only with `force_exclude`."""
        return not (self.force_exclude and self.exclude.matches(path))


class Selection(Protocol):
    """What a run keeps: one FileSelection, or one per folder (each file judged by the
    config nearest to it, policy/tree.py)."""

    @property
    def force_exclude(self) -> bool: ...

    def keeps_found(self, path: str, folder: str, suffix: str) -> bool: ...

    def keeps_named(self, path: str) -> bool: ...


def selection(
    root: Path, exclude: Sequence[str] = (), include: Sequence[str] | None = None, force_exclude: bool = False
) -> FileSelection:
    return _selection(root, tuple(exclude), tuple(include) if include is not None else None, force_exclude)


@lru_cache(maxsize=64)
def _selection(
    root: Path, exclude: tuple[str, ...], include: tuple[str, ...] | None, force_exclude: bool
) -> FileSelection:
    # One per config and input kind: a walk asks for it once a file, and each new one
    # compiled its patterns again (~0.1 ms a file).
    return FileSelection(
        PathPatterns(root, exclude), PathPatterns(root, include) if include is not None else None, force_exclude
    )
