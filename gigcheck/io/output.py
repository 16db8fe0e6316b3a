"""Writing reports, baselines and cache entries: every file gigcheck writes goes through
`output_stream`, which looks at the target first.

- a regular file, or a path where nothing is: written to a temporary file beside it and
  renamed into place only when complete, so a reader never sees half a file;
- a symlink, a character device or a FIFO (`/dev/stdout` in a container, `/dev/null`, a
  named pipe): written to directly, as a shell's `>` would. Renaming over it would turn a
  device into a regular file, or a link into a copy;
- a directory, a block device or a socket: refused.

The report is written to an anonymous (already unlinked) file, and only copied to a
named `.gigcheck-*.tmp` beside the target at the end, to be renamed over it: a scan killed
outright (SIGKILL) while it runs leaves nothing behind, and the named file is removed on
any error, Ctrl-C or SIGTERM (which the CLI turns into an exception, cli/signals.py).
"""
from __future__ import annotations

import errno
import os
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import IO, Any

from gigcheck.io.reading import file_kind

TEMP_PREFIX, TEMP_SUFFIX = ".gigcheck-", ".tmp"


def output_target(path: str) -> bool:
    """Whether `path` is written by replacing it (True) or directly (False); OSError with
    a short reason for a target that must not be written."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return True
    except ValueError:
        raise OSError(errno.EINVAL, "the path contains a NUL character") from None
    if stat.S_ISLNK(st.st_mode):
        try:
            st = os.stat(path)
        except FileNotFoundError:  # a dangling link: the file is created where it points
            return False
    if stat.S_ISREG(st.st_mode) or stat.S_ISCHR(st.st_mode) or stat.S_ISFIFO(st.st_mode):
        return stat.S_ISREG(st.st_mode) and not os.path.islink(path)
    kind = file_kind(st.st_mode) or "not a regular file"
    raise OSError(errno.EISDIR if stat.S_ISDIR(st.st_mode) else errno.EINVAL, f"is {kind}")


@contextmanager
def atomic_output(path: str | None) -> Iterator[IO[str]]:
    """A text stream (UTF-8, "\\n" line ends) to write `path` with; stdout for None or "-"."""
    if path is None or path == "-":
        yield sys.stdout
        return
    with output_stream(path, "w", encoding="utf-8", newline="\n") as out:
        yield out


@contextmanager
def output_stream(path: str, mode: str = "wb", **kw: Any) -> Iterator[IO[Any]]:
    """`open(path, mode, **kw)` made safe for any target: see the module's docstring."""
    if not output_target(path):
        with open(path, mode, **kw) as fh:
            yield fh
        return
    temp = _TempFile(os.path.abspath(path))
    try:
        with os.fdopen(os.dup(temp.fd), mode, **kw) as fh:
            yield fh
        temp.commit()
    finally:
        temp.discard()


class _TempFile:
    """An anonymous file beside `target`; `commit()` copies it to a temporary name there
    and renames that over the target, so a named temporary file exists only for the
    moment of the copy."""

    def __init__(self, target: str) -> None:
        import tempfile

        self.target = target
        self.name: str | None = None
        # Unlinked from the start (O_TMPFILE on Linux): nothing to clean up after a kill.
        with tempfile.TemporaryFile(dir=os.path.dirname(target)) as anonymous:
            self.fd = os.dup(anonymous.fileno())

    def commit(self) -> None:
        import shutil
        import tempfile

        fd, self.name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=os.path.dirname(self.target))
        try:
            mode = os.stat(self.target).st_mode & 0o7777  # a file that replaces another keeps its mode
        except OSError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask  # mkstemp's is owner-only; a new report gets a new file's mode
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as dst, os.fdopen(os.dup(self.fd), "rb") as src:
            src.seek(0)
            shutil.copyfileobj(src, dst, 1 << 20)
        os.replace(self.name, self.target)
        self.name = None

    def discard(self) -> None:
        if self.name is not None:
            with suppress(OSError):
                os.unlink(self.name)
            self.name = None
        if self.fd >= 0:
            with suppress(OSError):
                os.close(self.fd)
            self.fd = -1
