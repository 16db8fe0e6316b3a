"""Bytes → text for one input, or a one-line reason why it cannot be read.

Decoding policy (documented in the README): UTF-8, with or without BOM, and UTF-16 or
UTF-32 with a BOM are read; anything else that is not valid UTF-8 is refused with the byte offset of
the first bad byte rather than guessed at, because a wrong guess would misplace every
finding. A NUL byte outside UTF-16 marks a binary file.
"""
from __future__ import annotations

import codecs
import os
from pathlib import Path
from typing import BinaryIO

DEFAULT_MAX_BYTES = 1024 * 1024  # real gigs are a few KiB; 1 MiB is a wide margin


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
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); save the file as UTF-8"
        ) from None


def read_text(path: str | os.PathLike[str], max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError("is a directory")
        size = p.stat().st_size
        if max_bytes and size > max_bytes:
            raise InputError(
                f"file is {_human(size)}, above the {_human(max_bytes)} limit (raise it with --max-file-size)"
            )
        with open(p, "rb") as fh:
            data = fh.read(max_bytes + 1 if max_bytes else -1)
    except InputError:
        raise
    except OSError as exc:
        raise os_error(exc, p) from None
    if max_bytes and len(data) > max_bytes:
        raise InputError(f"file is larger than the {_human(max_bytes)} limit (raise it with --max-file-size)")
    return decode(data)


def os_error(exc: OSError, path: Path) -> InputError:
    """The one-line reason for an OSError met while opening or reading `path`."""
    if isinstance(exc, FileNotFoundError):
        return InputError("broken symbolic link" if path.is_symlink() else "no such file or directory")
    if isinstance(exc, IsADirectoryError):
        return InputError("is a directory")
    if isinstance(exc, PermissionError):
        return InputError("permission denied")
    return InputError(exc.strerror or str(exc))


def open_binary(path: str | os.PathLike[str]) -> BinaryIO:
    """Open an input for streaming (exports too large to read at once), errors as InputError."""
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError("is a directory")
        return open(p, "rb")
    except OSError as exc:
        raise os_error(exc, p) from None
