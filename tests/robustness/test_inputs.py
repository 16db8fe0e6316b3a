"""Bad inputs: each gets a one-line reason, the rest are still checked, exit code 2."""
from __future__ import annotations

import json
import os

import pytest
from conftest import run_cli

GOOD = "---\ntitle: I will edit your podcast\n---\nWrite to ann@mail.com\n"


def _json(r):
    return {f["path"]: f for f in json.loads(r.stdout)["files"]}


def test_symlink_loop_and_broken_symlink(tmp_path):
    d = tmp_path / "gigs"
    d.mkdir()
    (d / "good.md").write_text(GOOD)
    os.symlink(d, d / "loop")  # a directory loop: walked once
    os.symlink(d / "missing.md", d / "broken.md")  # inside the tree: reported (outside: tests/io)
    os.symlink(d / "self.md", d / "self.md")  # a file symlink pointing at itself
    r = run_cli(["check", "--format", "json", str(d)])
    files = _json(r)
    assert files[str(d / "good.md")]["findings"]
    assert files[str(d / "broken.md")]["error"] == "broken symbolic link"
    assert files[str(d / "self.md")]["error"]
    assert r.returncode == 2
    assert len(r.stderr.strip().splitlines()) == 2 and "Traceback" not in r.stderr


def test_empty_file_is_checked_not_refused(tmp_path):
    p = tmp_path / "empty.md"
    p.write_text("")
    r = run_cli(["check", "--format", "json", str(p)])
    f = _json(r)[str(p)]
    assert f["error"] is None and {x["rule"] for x in f["findings"]} >= {"GC101", "GC105"}


def test_size_limit_is_configurable(tmp_path):
    p = tmp_path / "big.md"
    p.write_text(GOOD + "word " * 5000)
    r = run_cli(["check", "--max-file-size", "1000", str(p)])
    assert r.returncode == 2 and "limit" in r.stderr and str(p) in r.stderr
    assert run_cli(["check", "--max-file-size", "0", "--format", "json", str(p)]).returncode == 1


def test_output_may_not_overwrite_an_input(tmp_path):
    p = tmp_path / "gig.md"
    p.write_text(GOOD)
    r = run_cli(["check", "-o", str(p), str(p)])
    assert r.returncode == 2 and "input" in r.stderr
    assert p.read_text() == GOOD


@pytest.mark.parametrize(
    "data,reason",
    [
        (b"\xff\xfe" + "hi".encode("utf-16-le") + b"\x00\xd8", "invalid UTF-16"),
        (b"abc\x00def", "binary"),
        (b"\xff\xfe" + "h\x00i".encode("utf-16-le"), "binary"),  # NUL characters behind a BOM
        (b"\xff\xfe\x00\x00garbage\x80", "invalid UTF-32"),
    ],
)
def test_broken_encodings(tmp_path, data, reason):
    p = tmp_path / "x.md"
    p.write_bytes(data)
    r = run_cli(["check", str(p)])
    assert r.returncode == 2 and reason in r.stderr


def test_utf32_with_a_bom_is_read():
    from gigcheck.io.reading import decode

    assert decode(b"\xff\xfe\x00\x00" + "title: é".encode("utf-32-le")) == "title: é"
    assert decode("\ufefftitle: é".encode("utf-32-be")) == "title: é"


def test_internal_error_costs_one_file_not_the_batch(tmp_path, monkeypatch):
    from gigcheck.engine import tasks
    from gigcheck.engine.linter import Linter
    from gigcheck.policy.config import load_config

    def boom(*a, **k):
        raise ValueError("synthetic")

    monkeypatch.setattr(Linter, "examine", boom)
    res, _ = tasks.check_text(Linter(load_config(discover=False)), GOOD, "g.md")
    assert res.error and "internal error" in res.error and "synthetic" in res.error
