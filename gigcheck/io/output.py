"""Writing reports and baselines: to a temporary file beside the target, renamed into
place only when complete, so a reader never sees half a file."""
from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import IO


@contextmanager
def atomic_output(path: str | None) -> Iterator[IO[str]]:
    """Write to a temp file beside `path` and rename it into place only on success."""
    if path is None or path == "-":
        import sys

        yield sys.stdout
        return
    import tempfile  # only for --output: a report on stdout never needs it

    target = os.path.abspath(path)
    fd, tmp = tempfile.mkstemp(prefix=".gigcheck-", suffix=".tmp", dir=os.path.dirname(target))
    # mkstemp makes the file owner-only; a report should get the mode any new file
    # would (or keep the mode of the report it replaces).
    try:
        mode = os.stat(target).st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(tmp, mode)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            yield fh
        os.replace(tmp, target)
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise
