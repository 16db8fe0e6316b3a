"""`include`, `exclude` and `force-exclude`: gitignore patterns relative to the config's
folder, whatever the paths typed (io/path_patterns.py, io/discovery.py)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import run_cli

from gigcheck.io.discovery import expand
from gigcheck.io.path_patterns import selection
from gigcheck.policy.config import ConfigError, load_config

FILES = ("gigs/a.md", "gigs/drafts/b.md", "drafts/c.md", "sub/deep/drafts/d.md", "README.md", "gigs/notes.txt")


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "proj"
    for name in FILES:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("text\n")
    return root.resolve()


def _found(root: Path, paths: list[str], cwd: Path, **kw: object) -> list[str]:
    """What a walk of `paths` typed in `cwd` keeps, relative to `root`."""
    old = Path.cwd()
    os.chdir(cwd)
    try:
        chosen = selection(root, **kw)  # type: ignore[arg-type]
        return sorted(Path(os.path.relpath(p, root)).as_posix() for p in expand(paths, chosen))
    finally:
        os.chdir(old)


@pytest.mark.parametrize("typed", [".", "ABS", "SUB"])
def test_exclude_is_relative_to_the_config_folder_however_the_path_is_typed(tree, typed):
    # fnmatch on the typed path matched `drafts/*` for `check .` only
    cwd, path = tree, "."
    if typed == "ABS":
        path = str(tree)
    elif typed == "SUB":
        cwd, path = tree / "gigs", ".."
    found = _found(tree, [path], cwd, exclude=["drafts/", "/README.md"])
    assert found == ["gigs/a.md"]


def test_a_folder_pattern_covers_nested_folders_and_double_star_the_top_one(tree):
    assert "gigs/drafts/b.md" not in _found(tree, ["."], tree, exclude=["drafts/"])
    # `**/drafts/*` missed a top-level drafts/ with fnmatch
    top = _found(tree, ["."], tree, exclude=["**/drafts/*"])
    assert "drafts/c.md" not in top and "sub/deep/drafts/d.md" not in top


def test_anchored_pattern_only_at_the_root(tree):
    found = _found(tree, ["."], tree, exclude=["/drafts/"])
    assert "drafts/c.md" not in found and "gigs/drafts/b.md" in found


def test_a_file_in_an_excluded_folder_cannot_be_reincluded(tree):
    assert "drafts/c.md" not in _found(tree, ["."], tree, exclude=["drafts/", "!drafts/c.md"])


def test_named_files_and_folders_are_checked_unless_force_exclude(tree):
    named = ["README.md", "drafts"]
    assert _found(tree, named, tree, exclude=["drafts/", "README.md"]) == ["README.md", "drafts/c.md"]
    assert _found(tree, named, tree, exclude=["drafts/", "README.md"], force_exclude=True) == []
    # patterns still apply below a named folder, but not as its content
    assert _found(tree, ["gigs"], tree, exclude=["drafts/"]) == ["gigs/a.md"]
    assert _found(tree, ["gigs/"], tree, exclude=["/gigs/"]) == ["gigs/a.md", "gigs/drafts/b.md"]


def test_include_chooses_what_a_walk_keeps(tree):
    assert _found(tree, ["."], tree) == ["README.md", "drafts/c.md", "gigs/a.md", "gigs/drafts/b.md",
                                         "sub/deep/drafts/d.md"]
    assert _found(tree, ["."], tree, include=["gigs/"]) == ["gigs/a.md", "gigs/drafts/b.md", "gigs/notes.txt"]
    assert _found(tree, ["."], tree, include=["gigs/*.md"], exclude=["drafts/"]) == ["gigs/a.md"]


def test_paths_outside_the_root_match_nothing(tree, tmp_path):
    other = tmp_path / "other"
    other.mkdir()
    (other / "README.md").write_text("x\n")
    assert _found(tree, [str(other)], tree, exclude=["README.md"], force_exclude=True) == ["../other/README.md"]


def test_config_patterns_are_relative_to_the_config_file(tree):
    (tree / "pyproject.toml").write_text('[tool.gigcheck]\nexclude = ["drafts/"]\nforce-exclude = true\n')
    config = load_config(cwd=tree / "gigs")
    assert config.root == tree and config.force_exclude
    assert _found(tree, ["."], tree / "gigs", exclude=config.exclude) == ["gigs/a.md"]
    assert load_config(cwd=tree / "gigs", force_exclude=False).force_exclude is False


@pytest.mark.parametrize("body, error", [
    ('exclude = "drafts/"', "'exclude' must be a list of texts, not text"),
    ("include = [1]", "'include' must be a list of texts"),
    ('force-exclude = "yes"', "'force-exclude' must be true or false, not text"),
    ('[per-file-ignores]\n"a.md" = "GC201"', "must be a list of rules"),
    ('[per-file-ignores]\n"a.md" = ["GC999"]', "unknown rule or category 'GC999'"),
    ('exclude = ["drafts/", "!"]', "'exclude': '!' is not a gitignore pattern"),
    ('include = ["!"]', "'include': '!' is not a gitignore pattern"),
    ('[per-file-ignores]\n"!" = ["GC101"]', "'per-file-ignores': '!' is not a gitignore pattern"),
])
def test_bad_pattern_settings_are_one_line_errors(tree, body, error):
    (tree / ".gigcheck.toml").write_text(body + "\n")
    with pytest.raises(ConfigError, match=error):
        load_config(cwd=tree)


def test_per_file_ignores_name_rules_codes_and_categories(tree):
    (tree / ".gigcheck.toml").write_text(
        '[per-file-ignores]\n"drafts/" = ["contact", "GC101"]\n"*.md" = ["title-too-long"]\n'
    )
    config = load_config(cwd=tree)
    ignored = config.ignored_rules(str(tree / "drafts/c.md"))
    assert {"GC201", "GC202", "GC101", "GC102"} <= ignored and "GC301" not in ignored
    assert config.ignored_rules(str(tree / "gigs/a.md")) == {"GC102"}
    assert config.ignored_rules(f"{tree}/drafts/export.jsonl#g-1") == ignored - {"GC102"}  # a row: its file


def test_a_bad_pattern_is_a_one_line_error_naming_the_config_even_for_a_named_file(tree):
    """A file named on the command line compiles no pattern (io/path_patterns.py), and
    the bad one is still reported, with its file, before anything is checked."""

    (tree / ".gigcheck.toml").write_text('exclude = ["!"]\n')
    result = run_cli(["check", "gigs/a.md"], cwd=tree)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert lines == [f"gigcheck: error: {tree / '.gigcheck.toml'}: 'exclude': '!' is not a gitignore pattern "
                     "(Invalid git pattern: '!')"], result.stderr
