"""The pre-commit hook, run by pre-commit itself (slow: it builds a venv and pip-installs
gigcheck from this working tree, ~20 s with a warm pip cache; needs git and PyPI)."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
import yaml
from ci_support import BAD, CLEAN
from conftest import ROOT

HOOKS = ROOT / ".pre-commit-hooks.yaml"


def test_hook_definition():
    (hook,) = yaml.safe_load(HOOKS.read_text())
    assert hook["id"] == "gigcheck" and hook["entry"] == "gigcheck check --force-exclude"
    assert hook["language"] == "python" and hook["types"] == ["markdown"]


def _git(cwd: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.invalid"}
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True).stdout.strip()


def _snapshot(dest: Path) -> str:
    """The working tree's package files, committed in a throwaway repo: pre-commit installs
    hooks from a commit, and this tests the files as they are now (uncommitted ones too)
    without touching the project's own git state."""
    for name in ("gigcheck", "policies"):
        shutil.copytree(ROOT / name, dest / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for name in ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml"):
        shutil.copy2(ROOT / name, dest / name)
    _git(dest, "init", "-q")
    _git(dest, "add", "-A")
    _git(dest, "commit", "-q", "-m", "snapshot")
    return _git(dest, "rev-parse", "HEAD")


@pytest.mark.integration
@pytest.mark.slow
def test_precommit_hook_fails_on_bad_gig_and_passes_clean_one(tmp_path):
    pytest.importorskip("pre_commit")
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    src, work = tmp_path / "src", tmp_path / "work"
    src.mkdir()
    work.mkdir()
    rev = _snapshot(src)
    _git(work, "init", "-q")
    (work / "bad.md").write_text(BAD)
    (work / "clean.md").write_text(CLEAN)
    (work / "notes.txt").write_text(BAD)  # not Markdown: the hook's `types` skip it
    (work / ".pre-commit-config.yaml").write_text(
        f"repos:\n- repo: {src}\n  rev: {rev}\n  hooks:\n  - id: gigcheck\n"
    )
    # PIP_NO_COMPILE: pip need not compile every module of the hook's dependencies (numpy,
    # phonenumbers' data modules) to bytecode, ~1 s of CPU; the hook runs the same.
    # PYTHONPATH: this interpreter's installed packages (and not the source tree) are on the
    # hook environment's path, so pip finds gigcheck's dependencies installed and builds and
    # installs only gigcheck itself (numpy and the rest took most of the test's ~17 s of
    # CPU); the gigcheck the hook runs is the one pip installed (asserted below).
    # (Not when gigcheck itself is installed there, not editable: that copy would come first.)
    sites = sorted({sysconfig.get_path("purelib"), sysconfig.get_path("platlib")})
    installed_here = any((Path(site) / "gigcheck" / "__init__.py").exists() for site in sites)
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "NO_COLOR": "1", "PIP_NO_COMPILE": "1",
           "PYTHONPATH": "" if installed_here else os.pathsep.join(sites)}

    def run(*files: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "pre_commit", "run", "--files", *files],
            cwd=work, env=env, capture_output=True, text=True, timeout=300,
        )

    bad = run("bad.md")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "bad.md\n" in bad.stdout and re.search(r"(?m)^  6:6 +error +GC201 ", bad.stdout)
    (installed,) = (tmp_path / "cache").glob("repo*/py_env-*/lib/python*/site-packages/gigcheck/__init__.py")
    ran = subprocess.run([str(installed.parents[4] / "bin" / "python"), "-c", "import gigcheck; print(gigcheck.__file__)"],
                         cwd=work, env=env, capture_output=True, text=True, check=True)
    assert Path(ran.stdout.strip()) == installed  # the hook's gigcheck: pip's install, not a copy on the path
    clean = run("clean.md", "notes.txt")  # reuses the installed hook environment
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "Passed" in clean.stdout
