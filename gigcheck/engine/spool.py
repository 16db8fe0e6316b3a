"""A temporary spool of records: written in order once, then read back in order once.

The cross-gig pass must see every gig before it can report on the first, yet memory must
not grow with the number of gigs; the checked results wait here, on disk, instead. The
file is anonymous (already unlinked), so nothing is left behind even when gigcheck is
killed.
"""
from __future__ import annotations

import pickle
from collections.abc import Iterator
from typing import Any


class Spool:
    def __init__(self) -> None:
        import tempfile  # only a batch with cross-gig rules spools: not at every start

        # Owned until close(): records are written now and read back much later.
        self._file = tempfile.TemporaryFile(prefix="gigcheck-")  # noqa: SIM115
        self.count = 0

    def write(self, record: Any) -> None:
        pickle.dump(record, self._file, protocol=pickle.HIGHEST_PROTOCOL)
        self.count += 1

    def read(self) -> Iterator[Any]:
        """Every record, in the order written (the spool is then spent)."""
        self._file.seek(0)
        for _ in range(self.count):
            yield pickle.load(self._file)

    def close(self) -> None:
        self._file.close()
