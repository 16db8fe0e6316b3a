"""Bytes → text for one input, or a one-line reason why it cannot be read.

Decoding policy (documented in the README): UTF-8, with or without BOM, and UTF-16 or
UTF-32 with a BOM are read; anything else that is not valid UTF-8 is refused with the byte offset of
the first bad byte rather than guessed at, because a wrong guess would misplace every
finding. A NUL byte outside UTF-16 marks a binary file.

Every file a user names (gigs, exports, config, policy packs, baselines) is opened by
gigcheck/files.py: only a regular file, at most a limit.
"""
from __future__ import annotations

import codecs
from typing import BinaryIO

from gigcheck.files import InputError as InputError
from gigcheck.files import PathArg, open_regular, read_bytes

DEFAULT_MAX_BYTES = 1024 * 1024  # real gigs are a few KiB; 1 MiB is a wide margin
MAX_FILE_SIZE = 1024 * 1024 * 1024  # the highest --max-file-size: a gig is read whole, in memory
CONFIG_MAX_BYTES = 4 * 1024 * 1024  # config files and policy packs (the shipped ones total ~0.2 MiB)


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




def read_text(path: PathArg, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """A gig file's text (decoding policy above), or InputError."""
    return decode(read_bytes(path, max_bytes))


def open_binary(path: PathArg) -> BinaryIO:
    """Open an input for streaming (exports too large to read at once), errors as InputError."""
    return open_regular(path)
