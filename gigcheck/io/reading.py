"""Bytes → text for one input, or a one-line reason why it cannot be read.

Decoding policy (documented in the README): UTF-8, with or without BOM, and UTF-16 or
UTF-32 with a BOM are read; anything else that is not valid UTF-8 is refused with the byte offset of
the first bad byte rather than guessed at, because a wrong guess would misplace every
finding. A NUL byte outside UTF-16 marks a binary file.

Every file a user names (gigs, exports, config, policy packs, baselines) is opened by
`open_regular`: only a regular file is read (a FIFO, a device or a socket could block
forever or never end), and `read_bytes` reads at most a limit, whatever the file claims.
"""
from __future__ import annotations

import codecs
import errno
import os
import stat
from typing import BinaryIO

DEFAULT_MAX_BYTES = 1024 * 1024  # real gigs are a few KiB; 1 MiB is a wide margin
MAX_FILE_SIZE = 1024 * 1024 * 1024  # the highest --max-file-size: a gig is read whole, in memory
CONFIG_MAX_BYTES = 4 * 1024 * 1024  # config files and policy packs (the shipped ones total ~0.2 MiB)
SIZE_HINT = "raise it with --max-file-size"

PathArg = str | os.PathLike[str]


class InputError(Exception):
    """An input that could not be read; str() is the one-line reason."""


def _human(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MiB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KiB"


# UTF-32's little-endian BOM begins with UTF-16's: it is tested first.
_BOMS = (((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE), "utf-32"), ((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE), "utf-16"))


def decode(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    for boms, codec in _BOMS:
        if data.startswith(boms):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(f"invalid {codec.upper()} at byte {exc.start}") from None
            if "\0" in text[:8192]:
                raise InputError(
                    f"binary file (NUL characters after a {codec.upper()} byte order mark), not a Markdown gig"
                )
            return text
    if b"\0" in data[:8192]:
        raise InputError("binary file (contains NUL bytes), not a Markdown gig")
    return decode_utf8(data)


def decode_utf8(data: bytes) -> str:
    """UTF-8 (a BOM is skipped), or InputError with the offset of the first bad byte."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); save the file as UTF-8"
        ) from None


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


def read_text(path: PathArg, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """A gig file's text (decoding policy above), or InputError."""
    return decode(read_bytes(path, max_bytes))


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


def open_binary(path: PathArg) -> BinaryIO:
    """Open an input for streaming (exports too large to read at once), errors as InputError."""
    return open_regular(path)
