from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest

# The build cache (see gigcheck/build_cache.py) of this test session, also for the CLI
# processes the tests start: never the user's.
os.environ["GIGCHECK_CACHE_DIR"] = tempfile.mkdtemp(prefix="gigcheck-test-cache-")
# The CLI processes the tests start read gigcheck's bytecode, as an installed package's
# do, instead of compiling its source every time (PYTHONDONTWRITEBYTECODE in a CI or
# container environment would make each start a third slower). Kept outside the tree.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
os.environ.setdefault("PYTHONPYCACHEPREFIX", os.path.join(tempfile.gettempdir(), "gigcheck-test-pycache"))

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def default_config():
    from gigcheck.policy.config import load_config

    return load_config(discover=False)


@pytest.fixture(scope="session")
def grammar(default_config):
    """How the default pack reads a gig's headings and field lines."""
    return default_config.vocabulary.grammar


@pytest.fixture
def lint(default_config):
    """Lint Markdown text with the default pack (no project config)."""
    from gigcheck import lint_text

    def run(text: str, **kw):
        if kw:
            from gigcheck.policy.config import load_config

            return lint_text(text, config=load_config(discover=False, **kw))
        return lint_text(text, config=default_config)

    return run


def run_cli(args, input=None, cwd=None, env=None):
    """Run the real CLI in a subprocess (exit codes, stdin and streams as a user sees them)."""
    import os
    import subprocess

    full_env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "gigcheck", *args],
        input=input,
        capture_output=True,
        text=True,
        cwd=cwd,
        env=full_env,
        timeout=120,
    )
