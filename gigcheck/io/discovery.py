"""Paths on the command line → the ordered list of inputs to check.

What the walk of a directory follows (the README's "Reading files" says it for users):

- files named `*<suffix>`, sorted, in folders not starting with "."; a regular file only:
  a FIFO, socket or device is never opened (a FIFO would block the scan forever);
- a symlink only when it leads, inside the directory given, to a regular file or a folder
  that the walk itself would enter (no hidden folder on the way). One that leads out of
  the directory given (`gigs/x.md -> ../.git/config` in a pull request) or into a hidden
  folder is skipped unread and said to `on_skip`; so is one to a special file;
- every file and folder once: symlinks are looked at after the real entries of the
  directory given, so a file reached both ways is checked under its real path, and a
  symlinked folder that leads back into the tree (or into itself) is not walked again.

A path named on the command line is taken as given, symlink or not (reading it refuses
what is not a regular file).
"""
from __future__ import annotations

import os
import stat
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path

from gigcheck.files import file_kind
from gigcheck.io.path_patterns import Selection

STDIN = "-"

OnSkip = Callable[[str, str], None]  # (path, why it is not checked)


def _identity(st: os.stat_result) -> tuple[int, int]:
    return st.st_dev, st.st_ino


class _Walk:
    """One directory given on the command line, walked (see the module's docstring)."""

    def __init__(self, root: Path, seen: set[tuple[int, int]], suffix: str, on_skip: OnSkip | None) -> None:
        self.root = root
        self.real_root = os.path.realpath(root)
        self.seen = seen  # folders and files already walked or yielded, shared by all roots
        self.suffix = suffix
        self.on_skip = on_skip
        self.links: deque[str] = deque()

    def files(self) -> Iterator[str]:
        for path in self._files():
            # scandir joins onto "." as "./x": report `check .`'s files as `check`'s.
            yield path[2:] if path.startswith("./") else path

    def _files(self) -> Iterator[str]:
        yield from self._tree(str(self.root))
        while self.links:
            yield from self._link(self.links.popleft())

    def _wanted(self, name: str) -> bool:
        return name.lower().endswith(self.suffix)

    def _skip(self, path: str, why: str) -> None:
        if self.on_skip is not None:
            self.on_skip(path, why)

    def _tree(self, top: str) -> Iterator[str]:
        """Files under `top`, depth first in sorted order, without recursion (a hostile
        tree may be thousands of folders deep)."""
        first = self._entries(top)
        stack = [iter(first)] if first is not None else []
        while stack:
            entry = next(stack[-1], None)
            if entry is None:
                stack.pop()
                continue
            if entry.is_symlink():
                self.links.append(entry.path)
                continue
            try:
                st = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            if stat.S_ISDIR(st.st_mode):
                entries = self._entries(entry.path)
                if entries is not None:
                    stack.append(iter(entries))
            elif self._wanted(entry.name):
                if not stat.S_ISREG(st.st_mode):
                    self._skip(entry.path, f"not a regular file ({file_kind(st.st_mode)}): not read")
                elif _identity(st) not in self.seen:
                    self.seen.add(_identity(st))
                    yield entry.path

    def _entries(self, folder: str) -> list[os.DirEntry[str]] | None:
        try:
            ident = _identity(os.stat(folder))
            if ident in self.seen:
                return None  # walked already: a symlinked folder leading back, or a loop
            self.seen.add(ident)
            with os.scandir(folder) as it:
                return sorted((e for e in it if not e.name.startswith(".")), key=lambda e: e.name)
        except OSError:
            return None

    def _link(self, link: str) -> Iterator[str]:
        wanted = self._wanted(os.path.basename(link))
        outside = self._outside(os.path.realpath(link))
        try:
            st = os.stat(link)
        except OSError:  # broken, or a loop: reading it says which
            if wanted and outside is None:
                yield link
            elif wanted:
                self._skip(link, f"symbolic link leading {outside}: not followed")
            return
        if not (wanted or stat.S_ISDIR(st.st_mode)):
            return
        if outside is not None:
            self._skip(link, f"symbolic link leading {outside}: not followed")
        elif stat.S_ISDIR(st.st_mode):
            yield from self._tree(link)
        elif not stat.S_ISREG(st.st_mode):
            self._skip(link, f"symbolic link to {file_kind(st.st_mode)}: not read")
        elif _identity(st) not in self.seen:  # else checked already, under its real path
            self.seen.add(_identity(st))
            yield link

    def _outside(self, target: str) -> str | None:
        """Where resolved `target` is when the walk would not go there itself: outside the
        directory given, or in a hidden folder (or a hidden file) inside it; else None."""
        try:
            rel = os.path.relpath(target, self.real_root)
        except ValueError:  # another drive
            rel = os.pardir
        parts = Path(rel).parts
        if parts and parts[0] == os.pardir:
            return f"outside {self.root}"
        if any(p.startswith(".") for p in parts if p != os.curdir):
            return "to a hidden file or folder"
        return None


def expand(
    paths: list[str],
    chosen: Selection | None = None,
    suffix: str = ".md",
    on_empty: Callable[[str], None] | None = None,
    on_skip: OnSkip | None = None,
) -> Iterator[str]:
    """Files as given (even if missing: reading reports them), directories expanded to
    their `*<suffix>` files (`.jsonl`, `.csv` for exports), or to the files `chosen`
    includes, less those it excludes (io/path_patterns.py). `on_empty(dir)` hears of a
    directory given that holds none (a typo in a path should not pass silently);
    `on_skip(path, why)` of what the walk found but does not check (symlinks leading out
    of the directory, special files)."""
    seen: set[tuple[int, int]] = set()
    for raw in paths:
        if raw == STDIN:
            yield raw
            continue
        p = Path(raw)
        if p.is_dir():
            n = 0
            for found in _Walk(p, seen, "" if chosen is not None else suffix, on_skip).files():
                if chosen is None or chosen.keeps_found(found, raw, suffix):
                    n += 1
                    yield found
            if n == 0 and on_empty is not None:
                on_empty(raw)
        elif chosen is None or chosen.keeps_named(raw):
            yield raw
