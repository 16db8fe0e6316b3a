"""Modules a test module names at import but needs only when its tests run.

Every xdist worker imports every test module to collect it, so a module-level
`from lsprotocol import types` or `pytest.importorskip("distributed")` costs each worker
that import (lsprotocol.types about 1.5 s of CPU, distributed 0.7 s, pandas and Dask a
few tenths) whether or not it runs one of those tests. `lazy_module` stands for the
module and imports it on the first attribute read.
"""
from __future__ import annotations

import importlib
import importlib.util
from types import ModuleType
from typing import Any

import pytest


class LazyModule:
    """Module `name`, imported when one of its attributes is first read. Not a module
    object (importlib.util.LazyLoader's would be): pytest's collection asks every global
    of a test module for `__class__`, which would import it. It answers public names
    only: collection also probes private ones (`_mock_name`, `__wrapped__`)."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._module: ModuleType | None = None

    def __getattr__(self, attr: str) -> Any:  # only for names the proxy itself lacks
        if attr.startswith("_"):
            raise AttributeError(attr)  # introspection (collection, copy, pickle) imports nothing
        if self._module is None:
            self._module = importlib.import_module(self._name)
        return getattr(self._module, attr)

    def __repr__(self) -> str:
        return f"<lazy module {self._name!r}>"


def lazy_module(name: str) -> Any:
    """A stand-in for module `name` (see LazyModule). Its distribution not installed: the
    test module is skipped, as with `pytest.importorskip`. Only the top-level package is
    looked for: finding `pyarrow.parquet` itself would import pyarrow."""
    if importlib.util.find_spec(name.partition(".")[0]) is None:
        pytest.skip(f"could not import {name!r}: not installed", allow_module_level=True)
    return LazyModule(name)
