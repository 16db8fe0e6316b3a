"""Which files `gigcheck check` reports on: exclude, force-exclude, per-file-ignores, and a
bare `gigcheck check` in this repository."""
from __future__ import annotations

import json

import pytest
import yaml
from conftest import ROOT, run_cli

EMAIL = "---\ntitle: I will translate your document\n---\nWrite to bob.smith@gmail.com today.\n"


def _project(tmp_path, config: str):
    (tmp_path / "gigs" / "drafts").mkdir(parents=True)
    for name in ("gigs/a.md", "gigs/drafts/b.md", "README.md"):
        (tmp_path / name).write_text(EMAIL)
    (tmp_path / ".gigcheck.toml").write_text(config)
    return tmp_path


def _paths(r) -> list[str]:
    return [f["path"] for f in json.loads(r.stdout)["files"]]


@pytest.mark.slow  # seconds of CPU: started first (tests/conftest.py), not last on a worker
def test_bare_check_in_this_repository_checks_the_sample_gigs_not_the_readme():
    # -j1: which files a bare run picks is the same with workers, and forking them from the
    # test process would cost more than the check (tests/runner covers the workers). One
    # cheap rule: the JSON report lists every checked file, flagged or not, and which files
    # are picked does not depend on the rules (every rule on the sample gigs cost ~6 s of
    # CPU; tests/samples checks them with the rules).
    r = run_cli(["check", "--format", "json", "-q", "-j1", "--select", "GC101"], cwd=ROOT)
    paths = _paths(r)
    assert paths and all(p.startswith("sample_gigs/") for p in paths), paths
    assert r.returncode in (0, 1), r.stderr


def test_exclude_from_a_subfolder(tmp_path):
    root = _project(tmp_path, 'exclude = ["drafts/", "/README.md"]\n')
    r = run_cli(["check", "--format", "json", ".."], cwd=root / "gigs")
    assert _paths(r) == ["../gigs/a.md"]


def test_force_exclude_applies_exclude_to_named_files(tmp_path):
    root = _project(tmp_path, 'exclude = ["drafts/", "/README.md"]\n')
    named = ["README.md", "gigs/drafts/b.md"]
    assert run_cli(["check", *named], cwd=root).returncode == 1  # named: checked
    r = run_cli(["check", "--force-exclude", *named], cwd=root)  # the pre-commit hook
    assert r.returncode == 0 and r.stderr == "", r.stderr
    r = run_cli(["check", "--force-exclude", "--format", "json", "README.md", "gigs/a.md"], cwd=root)
    assert _paths(r) == ["gigs/a.md"] and r.returncode == 1


def test_per_file_ignores_hide_findings_of_matching_files(tmp_path):
    root = _project(tmp_path, '[per-file-ignores]\n"drafts/" = ["contact-email"]\n')
    r = run_cli(["check", "--format", "json", "gigs"], cwd=root)
    rules = {f["path"]: {x["rule"] for x in f["findings"]} for f in json.loads(r.stdout)["files"]}
    assert "GC201" in rules["gigs/a.md"] and "GC201" not in rules["gigs/drafts/b.md"]
    assert "GC901" in rules["gigs/drafts/b.md"]  # other rules still report there


def test_precommit_hook_forces_exclude():
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert hook["entry"].split() == ["gigcheck", "check", "--force-exclude"] and "args" not in hook
