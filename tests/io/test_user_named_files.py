"""Files a user names (gigs, exports, config, policy packs, baselines) are read only when
they are regular files, and only up to a limit; a refusal is one line naming the file."""
from __future__ import annotations

import json
import os

import pytest
from conftest import run_cli

GIG = "---\ntitle: I will edit your podcast\n---\nWrite to ann@mail.com\n"


def _one_error_line(r, path):
    lines = [x for x in r.stderr.splitlines() if x.strip()]
    assert "Traceback" not in r.stderr
    assert len(lines) == 1 and lines[0].startswith(f"gigcheck: error: {path}: "), r.stderr
    return lines[0]


@pytest.mark.parametrize("option", ["--baseline", "--policy", "--config"])
def test_dev_zero_as_baseline_policy_or_config_is_refused_unread(tmp_path, option):
    (tmp_path / "g.md").write_text(GIG)
    r = run_cli(["check", option, "/dev/zero", str(tmp_path / "g.md")])  # read whole, it never ends
    assert r.returncode == 2
    assert "not a regular file (a character device)" in _one_error_line(r, "/dev/zero")


@pytest.mark.parametrize("option", ["--baseline", "--policy", "--config"])
def test_a_fifo_as_baseline_policy_or_config_is_refused_without_waiting(tmp_path, option):
    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)  # opened for reading, it waits for a writer that never comes
    (tmp_path / "g.md").write_text(GIG)
    r = run_cli(["check", option, str(fifo), str(tmp_path / "g.md")])
    assert r.returncode == 2 and "not a regular file (a FIFO)" in _one_error_line(r, str(fifo))


def test_a_fifo_as_project_config_is_an_error_not_passed_over(tmp_path):
    os.mkfifo(tmp_path / ".gigcheck.toml")
    (tmp_path / "g.md").write_text(GIG)
    r = run_cli(["check", "g.md"], cwd=tmp_path)
    assert r.returncode == 2 and "a FIFO" in _one_error_line(r, str(tmp_path / ".gigcheck.toml"))


@pytest.mark.parametrize("fmt", ["markdown", "jsonl", "csv"])
def test_special_files_named_as_inputs_are_refused_and_the_rest_checked(tmp_path, fmt):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    r = run_cli(["check", "--input-format", fmt, "--format", "json", "/dev/zero", str(fifo), str(tmp_path)])
    files = {f["path"]: f["error"] for f in json.loads(r.stdout)["files"]}
    assert files["/dev/zero"] == "not a regular file (a character device)"
    assert files[str(fifo)] == "not a regular file (a FIFO)"
    assert r.returncode == 2


def test_a_large_config_or_baseline_is_refused(tmp_path):
    big = tmp_path / "big.toml"
    big.write_text("# " + "x" * (5 * 1024 * 1024) + "\n")
    (tmp_path / "g.md").write_text(GIG)
    r = run_cli(["check", "--config", str(big), str(tmp_path / "g.md")])
    assert r.returncode == 2 and "above the 4.0 MiB limit" in _one_error_line(r, str(big))


def test_read_bytes_stops_at_the_limit_whatever_the_size_claimed(tmp_path):
    from gigcheck.files import InputError, read_bytes

    with pytest.raises(InputError, match="larger than"):
        read_bytes("/proc/self/status", 16)  # st_size 0, yet more bytes than that
    assert read_bytes("/proc/self/status", 1 << 20).startswith(b"Name:")


def test_lint_file_with_a_nul_in_the_path_reports_it():
    from gigcheck import lint_file

    result = lint_file("a\0b")
    assert result.error == "the path contains a NUL character" and not result.findings
