"""The CLI as a user runs it: exit codes, stdin, unreadable inputs, formats, color.

Most runs are in-process (`run_cli`); the exit codes, stdin, a real pipe's colour and
`python -m gigcheck` itself are checked in a real process (`run_process`)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ROOT, run_cli, run_process

CLEAN = "---\ntitle: I will translate your document to Spanish\n---\nNative translation of up to 1,000 words.\n"
EMAIL = "---\ntitle: I will translate your document\n---\nWrite to\nbob.smith@gmail.com today.\n"


@pytest.fixture
def gigs(tmp_path):
    (tmp_path / "clean.md").write_text(CLEAN)
    (tmp_path / "email.md").write_text(EMAIL)
    hidden = tmp_path / ".drafts"
    hidden.mkdir()
    (hidden / "ignored.md").write_text(EMAIL)
    (tmp_path / "notes.txt").write_text(EMAIL)
    return tmp_path


def test_exit_0_when_clean(gigs):
    r = run_cli(["check", str(gigs / "clean.md")])
    assert r.returncode == 0, r.stdout + r.stderr
    assert "No problems" in r.stdout


def test_exit_1_on_error_and_fail_on(gigs):
    # The process's own exit status for an error; 0 for warnings only is the same exit
    # path in-process (a real process exits 0 in test_version, 2 in the missing-path test).
    assert run_process(["check", str(gigs / "email.md")]).returncode == 1
    warn_only = "---\ntitle: Logo design\n---\nClean text.\n"
    p = gigs / "warn.md"
    p.write_text(warn_only)
    assert run_cli(["check", str(p)]).returncode == 0
    assert run_cli(["check", "--fail-on", "warning", str(p)]).returncode == 1


def test_directory_walk_is_sorted_and_skips_hidden(gigs):
    r = run_cli(["check", "--format", "json", str(gigs)])
    paths = [f["path"] for f in json.loads(r.stdout)["files"]]
    assert [Path(p).name for p in paths] == ["clean.md", "email.md"]


def test_a_directory_without_gigs_is_named(gigs, tmp_path):
    (tmp_path / "empty").mkdir()
    r = run_cli(["check", "--format", "json", str(gigs), str(tmp_path / "empty")])
    assert r.returncode == 1  # the gigs were checked; the empty folder is a warning
    assert r.stderr.strip() == f"gigcheck: warning: {tmp_path / 'empty'}: no .md files in this directory"
    r = run_cli(["check", str(tmp_path / "empty")])
    assert r.returncode == 2 and "no .md files found" in r.stderr


def test_stdin_email_located_exactly():
    r = run_process(["check", "-", "--format", "json", "--stdin-filename", "gig.md"], input=EMAIL)
    doc = json.loads(r.stdout)
    (f,) = [f for f in doc["files"][0]["findings"] if f["rule"] == "GC201"]
    assert doc["files"][0]["path"] == "gig.md"
    assert (f["line"], f["column"], f["end_line"], f["end_column"]) == (5, 1, 5, 20)
    assert f["excerpt"] == "bob.smith@gmail.com" and f["category"] == "contact"
    assert r.returncode == 1


def test_missing_path_exit_2_one_line_and_others_still_checked(gigs):
    missing = str(gigs / "nope.md")
    r = run_process(["check", "--format", "json", missing, str(gigs / "email.md")])
    assert r.returncode == 2
    err_lines = [line for line in r.stderr.splitlines() if line.strip()]
    assert len(err_lines) == 1 and missing in err_lines[0] and "Traceback" not in r.stderr
    doc = json.loads(r.stdout)
    assert doc["files"][0] == {"path": missing, "error": "no such file or directory", "findings": []}
    assert doc["files"][1]["findings"]
    assert doc["summary"]["files"] == 2 and doc["summary"]["unreadable"] == 1


def test_only_unreadable_inputs_claim_no_clean_result(gigs):
    r = run_cli(["check", str(gigs / "nope.md")])
    assert r.returncode == 2
    assert "No problems found" not in r.stdout and "could not be read" in r.stdout


@pytest.mark.parametrize(
    "content,reason",
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
        (b"caf\xe9 ol\xe9", "not valid UTF-8"),
    ],
)
def test_unreadable_content_reported(tmp_path, content, reason):
    p = tmp_path / "bad.md"
    p.write_bytes(content)
    r = run_cli(["check", str(p)])
    assert r.returncode == 2 and reason in r.stderr and str(p) in r.stderr


def test_utf16_with_bom_is_read(tmp_path):
    p = tmp_path / "u16.md"
    p.write_bytes(EMAIL.encode("utf-16"))
    r = run_cli(["check", "--format", "json", str(p)])
    (f,) = [f for f in json.loads(r.stdout)["files"][0]["findings"] if f["rule"] == "GC201"]
    assert f["line"] == 5


def test_permission_denied(tmp_path, monkeypatch):
    # CI runs as root, which reads any file, so the refusal is simulated at open().
    import os

    from gigcheck import lint_file

    p = tmp_path / "secret.md"
    p.write_text(CLEAN)
    real_open = os.open

    def deny(path, *a, **kw):
        if str(path) == str(p):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *a, **kw)

    monkeypatch.setattr(os, "open", deny)
    result = lint_file(p)
    assert result.error == "permission denied" and not result.findings


def test_directory_given_as_file_inside_list(tmp_path):
    d = tmp_path / "dir.md"
    d.mkdir()
    r = run_cli(["check", str(tmp_path / "missing.md")])
    assert r.returncode == 2


def test_config_error_exit_2(tmp_path):
    (tmp_path / ".gigcheck.toml").write_text("nonsense = 1\n")
    (tmp_path / "g.md").write_text(CLEAN)
    r = run_cli(["check", "g.md"], cwd=tmp_path)
    assert r.returncode == 2 and "unknown key 'nonsense'" in r.stderr and ".gigcheck.toml" in r.stderr


def test_unknown_select_is_usage_error(gigs):
    r = run_cli(["check", "--select", "GC999", str(gigs / "clean.md")])
    assert r.returncode == 2 and "GC999" in r.stderr


def test_select_and_ignore(gigs):
    r = run_cli(["check", "--format", "json", "--ignore", "contact", str(gigs / "email.md")])
    assert r.returncode == 0 and not json.loads(r.stdout)["files"][0]["findings"]


def test_no_ansi_when_piped_and_color_always(gigs):
    piped = run_process(["check", str(gigs / "email.md")])
    assert "\x1b[" not in piped.stdout
    forced = run_cli(["check", "--color", "always", str(gigs / "email.md")])
    assert "\x1b[" in forced.stdout
    no_color = run_cli(["check", "--color", "auto", str(gigs / "email.md")], env={"NO_COLOR": "1"})
    assert "\x1b[" not in no_color.stdout


def test_text_report_shows_location_span_and_suggestion(gigs):
    r = run_cli(["check", str(gigs / "email.md")])
    out = r.stdout
    assert f"{gigs / 'email.md'}\n  5:1  error  GC201 [contact-email]" in out
    assert "bob.smith@gmail.com today." in out and "^" * 19 in out
    assert "suggestion:" in out and "1 error" in out


def test_output_file_written_atomically(gigs, tmp_path):
    out = tmp_path / "report.json"
    r = run_cli(["check", "--format", "json", "-o", str(out), str(gigs / "email.md")])
    assert r.returncode == 1 and r.stdout == ""
    assert json.loads(out.read_text())["version"] == 1
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".gigcheck-")]


def test_statistics_and_quiet(gigs):
    r = run_cli(["check", "--statistics", str(gigs)])
    assert "Findings per rule" in r.stdout and "GC201" in r.stdout
    q = run_cli(["check", "--quiet", str(gigs)])
    assert "error" in q.stdout and "checked" not in q.stdout


def test_rules_list_and_explain():
    r = run_cli(["rules"])
    assert r.returncode == 0 and "GC102" in r.stdout and "title-too-long" in r.stdout
    e = run_cli(["rules", "contact-email"])
    assert e.returncode == 0 and "GC201" in e.stdout and "Flagged:" in e.stdout and "Accepted:" in e.stdout
    j = json.loads(run_cli(["rules", "--format", "json"]).stdout)
    assert {"code", "name", "category", "severity", "summary"} <= set(j[0])
    bad = run_cli(["rules", "GC999"])
    assert bad.returncode == 2 and "unknown rule" in bad.stderr


def test_version():
    from gigcheck import __version__

    r = run_process(["--version"])
    assert r.returncode == 0 and __version__ in r.stdout


def test_never_writes_input_files(gigs):
    before = {p: p.read_bytes() for p in gigs.rglob("*") if p.is_file()}
    run_cli(["check", "--format", "json", str(gigs)])
    assert before == {p: p.read_bytes() for p in gigs.rglob("*") if p.is_file()}


def test_installed_package_finds_policies_outside_source_tree(tmp_path):
    """Policies ship inside the wheel: build one, install it alone, run from elsewhere."""
    import subprocess
    import sys

    wheel_dir = tmp_path / "wheel"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheel_dir), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = wheel_dir.glob("gigcheck-*.whl")
    import zipfile

    names = zipfile.ZipFile(wheel).namelist()
    assert "gigcheck/policies/fiverr.toml" in names


@pytest.mark.parametrize(
    ("name", "marker"),
    [("r.json", '{"version": 1'), ("r.jsonl", '"rule": "GC201"'), ("r.sarif", '"version": "2.1.0"'),
     ("r.sarif.json", '"version": "2.1.0"'), ("r.html", "<!DOCTYPE html>"), ("r.htm", "<!DOCTYPE html>"),
     ("r.xml", "<testsuites"), ("r.txt", "1 error, 0 warnings")],
)
def test_output_without_format_takes_the_extensions_format(gigs, tmp_path, name, marker):
    out = tmp_path / name
    r = run_cli(["check", str(gigs / "email.md"), "-o", str(out)])
    assert r.returncode == 1, r.stderr
    assert marker in out.read_text(encoding="utf-8")


def test_output_with_an_unknown_extension_and_no_format_is_refused(gigs, tmp_path):
    r = run_cli(["check", str(gigs / "email.md"), "-o", str(tmp_path / "report.pdf")])
    assert r.returncode == 2 and not (tmp_path / "report.pdf").exists()
    assert r.stderr.startswith(f"gigcheck: error: {tmp_path / 'report.pdf'}: cannot tell the report format")
    r = run_cli(["check", str(gigs / "email.md"), "-o", str(tmp_path / "report.pdf"), "--format", "json"])
    assert r.returncode == 1 and json.loads((tmp_path / "report.pdf").read_text())["version"] == 1
