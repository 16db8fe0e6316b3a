"""What a path is, looked at before gigcheck reads or writes it: the one place that
opens user-named files and writes files.

Reading (`open_regular`, `read_bytes`): only a regular file is read (a symlink to one is
followed); a FIFO, a device or a socket could block forever or never end, and is refused
unopened; at most a limit is read, whatever size the file claims.

Writing (`output_stream`): by what is at the path,
- a regular file, or nothing: written to an anonymous (already unlinked) file beside it,
  copied at the end to a named `.gigcheck-*.tmp` and renamed over the target, so a reader
  never sees half a file, a process killed outright (SIGKILL) while it writes leaves
  nothing behind, and the named file is removed on any error, Ctrl-C or SIGTERM (which
  the CLI turns into an exception, cli/signals.py);
- a symlink, a character device or a FIFO (`/dev/stdout` in a container, `/dev/null`, a
  named pipe): written to directly, as a shell's `>` would. Renaming over it would turn a
  device into a regular file, or a link into a copy;
- a directory, a block device or a socket: refused.

Outside the pipeline's layers: the build cache (used by every layer) writes through it too.
"""
from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import IO, Any, BinaryIO

SIZE_HINT = "raise it with --max-file-size"
TEMP_PREFIX, TEMP_SUFFIX = ".gigcheck-", ".tmp"

PathArg = str | os.PathLike[str]


class InputError(Exception):
    """An input that could not be read; str() is the one-line reason."""


def _human(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MiB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KiB"


def file_kind(mode: int) -> str | None:
    """What a file that is not a regular file is, in words (None for a regular file)."""
    for test, name in (
        (stat.S_ISDIR, "a directory"),
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return name
    return None if stat.S_ISREG(mode) else "not a regular file"


def _refusal(kind: str) -> InputError:
    if kind == "a directory":
        return InputError("is a directory")
    return InputError(f"not a regular file ({kind})")


def open_regular(path: PathArg) -> BinaryIO:
    """`path` opened for reading if it is a regular file (a symlink to one is followed);
    anything else is refused with InputError, without blocking on a FIFO or a terminal."""
    try:
        # O_NONBLOCK: opening a FIFO without a writer must not wait for one (it is
        # refused just after); it changes nothing for a regular file.
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
        fd = os.open(path, flags)
    except OSError as exc:
        raise os_error(exc, path) from None
    except ValueError:  # os.open's refusal of "a\0b"
        raise InputError("the path contains a NUL character") from None
    try:
        kind = file_kind(os.fstat(fd).st_mode)
        if kind is not None:
            raise _refusal(kind)
        if flags & getattr(os, "O_NONBLOCK", 0):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_bytes(path: PathArg, max_bytes: int, hint: str = SIZE_HINT) -> bytes:
    """The bytes of a regular file, at most `max_bytes` of them (0: no limit): a larger
    file is refused, even one that grows while it is read."""
    with open_regular(path) as fh:
        try:
            size = os.fstat(fh.fileno()).st_size
            if max_bytes and size > max_bytes:
                raise InputError(f"file is {_human(size)}, above the {_human(max_bytes)} limit ({hint})")
            data = fh.read(max_bytes + 1 if max_bytes else -1)
        except OSError as exc:
            raise os_error(exc, path) from None
    if max_bytes and len(data) > max_bytes:
        raise InputError(f"file is larger than the {_human(max_bytes)} limit ({hint})")
    return data


def os_error(exc: OSError, path: PathArg) -> InputError:
    """The one-line reason for an OSError met while opening or reading `path`."""
    if isinstance(exc, FileNotFoundError):
        return InputError("broken symbolic link" if os.path.islink(path) else "no such file or directory")
    if isinstance(exc, IsADirectoryError):
        return InputError("is a directory")
    if isinstance(exc, PermissionError):
        return InputError("permission denied")
    if exc.errno in (errno.ENXIO, errno.EOPNOTSUPP):  # opening a socket (or a device without a driver)
        try:
            kind = file_kind(os.stat(path).st_mode)
        except (OSError, ValueError):
            kind = None
        if kind is not None:
            return _refusal(kind)
    return InputError(exc.strerror or str(exc))


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
            mode = os.stat(self.target).st_mode & 0o777  # a file that replaces another keeps its mode
        except OSError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask  # mkstemp's is owner-only; a new report gets a new file's mode
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as dst, os.fdopen(os.dup(self.fd), "rb") as src:
            src.seek(0)
            shutil.copyfileobj(src, dst, 1 << 20)
            dst.flush()
            os.fsync(dst.fileno())  # on disk before it replaces the file (a gig `--fix` rewrote)
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
