"""A cold build of the default pack: `gigcheck check` of a sample gig with every rule on, in a
process of its own, into an empty cache folder, with a given hash seed. The session's
warm-up (tests/conftest.py) is one, kept whole in a folder of the session's; the regex
store's test (tests/cache/test_regex_cache.py) compares what two of them store, and takes
the warm-up's for one of the two instead of building the pack cold again (~7 s of CPU)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMMAND = ["check", "--select", "ALL", "--format", "json", "-q", "sample_gigs/seo-disguised-contact.md"]
WARM_UP_SEED = "1"  # the warm-up's hash seed: a cold build with another seed is compared to it
_SESSION = "GIGCHECK_TEST_SESSION_CACHE"  # (tests/conftest.py)
_FOLDER = "cold-build"


def build_cold(cache: Path, seed: str, timeout: float | None = None) -> None:
    """Checks the sample gig in a new process with `cache` as its cache folder (empty: what it
    builds is written there) and PYTHONHASHSEED `seed`. Only its folder is its result: a
    failure is for the caller to find there."""
    env = {**os.environ, "GIGCHECK_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": seed}
    subprocess.run([sys.executable, "-m", "gigcheck", *COMMAND], cwd=ROOT, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, timeout=timeout)


def warm_up_folder() -> Path:
    """Where the session's warm-up builds the default pack cold (seed WARM_UP_SEED); nothing
    else writes there."""
    return Path(os.environ[_SESSION], _FOLDER)


def warmed_up() -> Path | None:
    """The warm-up's cold build, when this session made one (with xdist workers, and when
    it finished: it wrote a regex store); None otherwise."""
    folder = warm_up_folder()
    return folder if any(folder.glob("regex-*.index")) else None
