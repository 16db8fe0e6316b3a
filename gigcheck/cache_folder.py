"""Where gigcheck keeps what it builds once and reuses (build_cache.py, regex_cache.py).

`$GIGCHECK_CACHE_DIR`, else `$XDG_CACHE_HOME/gigcheck`, else `~/.cache/gigcheck`;
`GIGCHECK_CACHE_DIR=""` turns caching off. The folder can be deleted at any time.
"""
from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path | None:
    env = os.environ.get("GIGCHECK_CACHE_DIR")
    if env is not None:
        return Path(env) if env else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "gigcheck"
