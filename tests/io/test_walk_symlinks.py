"""The walk of a directory: symlinks leading out of it or to special files are never
read, and every file is checked once (io/discovery.py)."""
from __future__ import annotations

import json
import os

from conftest import run_cli

from gigcheck.io.discovery import expand

GIG = "---\ntitle: I will edit your podcast\n---\nWrite to ann@mail.com\n"
SECRET = "[remote]\ntoken = ghp_16C7e42F292c6912E7710c838347Ae178B4a\n"


def _tree(tmp_path):
    """gigs/ with a gig, and a secret beside it (as .git/config is beside gigs/)."""
    gigs = tmp_path / "gigs"
    gigs.mkdir()
    (gigs / "a.md").write_text(GIG)
    (tmp_path / "config").write_text(SECRET)
    return gigs


def _walk(root, **kw):
    skipped = []
    found = list(expand([str(root)], on_skip=lambda p, why: skipped.append((os.path.basename(p), why)), **kw))
    return [os.path.relpath(p, root) for p in found], dict(skipped)


def test_a_symlink_out_of_the_tree_is_not_read_and_is_named(tmp_path):
    gigs = _tree(tmp_path)
    os.symlink("../config", gigs / "x.md")
    for fmt in ("github", "html", "json"):
        r = run_cli(["check", "--format", fmt, "--redact", str(gigs)])
        assert "ghp_" not in r.stdout and "token" not in r.stdout, fmt
        assert f"{gigs / 'x.md'}: symbolic link leading outside {gigs}: not followed" in r.stderr
        assert r.returncode == 1  # the gig's email; the skipped link is a warning, not an error
    files, skipped = _walk(gigs)
    assert files == ["a.md"] and "outside" in skipped["x.md"]


def test_a_symlink_named_on_the_command_line_is_followed(tmp_path):
    gigs = _tree(tmp_path)
    os.symlink("a.md", gigs / "named.md")
    r = run_cli(["check", "--format", "json", str(gigs / "named.md")])
    (f,) = json.loads(r.stdout)["files"]
    assert f["path"] == str(gigs / "named.md") and any(x["rule"] == "GC201" for x in f["findings"])


def test_symlinks_to_folders_outside_and_to_hidden_files_are_not_followed(tmp_path):
    gigs = _tree(tmp_path)
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "b.md").write_text(GIG)
    (gigs / ".drafts").mkdir()
    (gigs / ".drafts" / "c.md").write_text(GIG)
    os.symlink("../elsewhere", gigs / "more")
    os.symlink(".drafts/c.md", gigs / "c.md")
    os.symlink(".drafts", gigs / "drafts")
    files, skipped = _walk(gigs)
    assert files == ["a.md"]
    assert "outside" in skipped["more"] and "hidden" in skipped["c.md"] and "hidden" in skipped["drafts"]


def test_symlinks_inside_the_tree_check_each_file_once_under_its_real_path(tmp_path):
    gigs = _tree(tmp_path)
    (gigs / "sub").mkdir()
    (gigs / "sub" / "b.md").write_text(GIG)
    os.symlink("sub", gigs / "a-link")  # sorts before sub/: still reported as sub/b.md
    os.symlink("..", gigs / "sub" / "up")  # back to the top: walked once
    os.symlink("sub/b.md", gigs / "0.md")
    os.symlink(str(gigs), gigs / "sub" / "self")  # absolute, to the directory given
    files, skipped = _walk(gigs)
    assert files == ["a.md", os.path.join("sub", "b.md")] and not skipped


def test_a_symlinked_folder_reached_only_through_its_link_is_walked(tmp_path):
    gigs = _tree(tmp_path)
    (gigs / "store").mkdir()
    (gigs / "store" / "deep").mkdir()
    (gigs / "store" / "deep" / "d.md").write_text(GIG)
    os.symlink("store/deep", gigs / "deep-link")
    files, _ = _walk(gigs)
    assert files == ["a.md", os.path.join("store", "deep", "d.md")]  # once, real path first


def test_symlink_loops_end(tmp_path):
    gigs = _tree(tmp_path)
    os.symlink("loop-b", gigs / "loop-a")
    os.symlink("loop-a", gigs / "loop-b")
    os.symlink(".", gigs / "here")
    files, skipped = _walk(gigs)
    assert files == ["a.md"] and not skipped


def test_special_files_found_while_walking_are_never_opened(tmp_path):
    gigs = _tree(tmp_path)
    os.mkfifo(gigs / "pipe.md")  # opening it for reading would wait for a writer forever
    os.symlink("pipe.md", gigs / "to-pipe.md")
    os.symlink(os.devnull, gigs / "null.md")
    import socket

    sock = socket.socket(socket.AF_UNIX)
    short = tmp_path / "s"  # a socket path must be short
    short.mkdir()
    sock.bind(str(short / "s.md"))
    try:
        files, skipped = _walk(gigs)
        assert files == ["a.md"]
        assert skipped["pipe.md"] == "not a regular file (a FIFO): not read"
        assert skipped["to-pipe.md"] == "symbolic link to a FIFO: not read"
        assert "outside" in skipped["null.md"]
        assert _walk(short)[1]["s.md"] == "not a regular file (a socket): not read"
        r = run_cli(["check", "--format", "json", str(gigs)])  # a hang fails on run_cli's timeout
        assert [f["path"] for f in json.loads(r.stdout)["files"]] == [str(gigs / "a.md")]
        assert "pipe.md: not a regular file (a FIFO): not read" in r.stderr and r.returncode == 1
        assert "pipe.md" not in run_cli(["check", "-q", str(gigs)]).stderr  # --quiet: findings only
    finally:
        sock.close()


def test_a_deep_tree_is_walked_without_recursion(tmp_path):
    import sys

    gigs = _tree(tmp_path)
    folder = gigs
    for _ in range(300):  # a modest depth (pytest's clean-up recurses), under a low recursion limit
        folder = folder / "d"
        folder.mkdir()
    (folder / "deep.md").write_text(GIG)
    limit = sys.getrecursionlimit()
    depth = len(__import__("inspect").stack(0))
    sys.setrecursionlimit(depth + 150)
    try:
        files, _ = _walk(gigs)
    finally:
        sys.setrecursionlimit(limit)
    assert len(files) == 2 and files[1].endswith("deep.md")
