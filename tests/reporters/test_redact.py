"""`--redact` masks quoted contact details in every format, and nothing else."""
from __future__ import annotations

from dataclasses import replace

import pytest
from ci_support import EMAIL, gigcheck, write

from gigcheck.engine.redact import Secrets, mask, redact_result
from gigcheck.records import FileResult, Finding, Severity
from gigcheck.report import REPORTERS

# The email also sits inside the title, so a listing finding (title-forbidden-characters,
# whose excerpt is one character) shares its source line with the contact finding.
GIG = f"---\ntitle: I will mail {EMAIL} & more\n---\nWrite to {EMAIL.upper()} today.\n"


@pytest.mark.parametrize("fmt", sorted(set(REPORTERS) - {"parquet"}))  # binary: tests/inputs/test_parquet.py
def test_every_format_masks_the_email(tmp_path, monkeypatch, fmt):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "g.md", GIG)
    plain = gigcheck("check", "--format", fmt, "--color", "never", "g.md")
    if fmt not in ("github", "concise"):  # one line a finding: the span pointed at, not quoted
        assert EMAIL in plain.out.lower(), "the unredacted report should quote the email"
    r = gigcheck("check", "--format", fmt, "--color", "never", "--redact", "g.md")
    assert r.code == plain.code == 1
    assert EMAIL not in r.out.lower() and "smith@" not in r.out.lower()


@pytest.mark.parametrize(
    "text,masked",
    [
        ("studio.lina@gmail.com", "s*******************m"),
        ("+1 555 0100", "+* *** ***0"),
        ("abc", "***"),
        ("", ""),
    ],
)
def test_mask_keeps_ends_length_and_whitespace(text, masked):
    assert mask(text) == masked


def test_redact_result_masks_lines_copies_and_keeps_fingerprint_identity():
    f = Finding("GC201", "contact-email", "contact", Severity.ERROR, f"Found {EMAIL}.", 2, 4, 2, 23,
                "description", EMAIL, f"Remove {EMAIL}.")
    title = Finding("GC102", "title-too-long", "listing", Severity.ERROR, "Too long.", 1, 1, 1, 30,
                    "title", f"I will {EMAIL}", None)
    result = FileResult("g.md", [title, f], lines={1: f"I will {EMAIL}", 2: f"at {EMAIL} now"})
    out = redact_result(result)
    t2, f2 = out.findings
    assert f2.excerpt == mask(EMAIL) and EMAIL not in f2.message + f2.suggestion
    assert out.lines[2] == f"at {mask(EMAIL)} now" and len(out.lines[2]) == len(result.lines[2])
    assert EMAIL not in t2.excerpt and t2.excerpt.startswith("I will ")
    assert f2.key == EMAIL and t2.key == f"I will {EMAIL}"  # fingerprints still see the original
    from gigcheck.engine.fingerprint import fingerprints

    assert fingerprints("g.md", out.findings) == fingerprints("g.md", result.findings)


def test_nothing_sensitive_leaves_the_result_alone():
    f = Finding("GC102", "title-too-long", "listing", Severity.ERROR, "Too long.", 1, 1, 1, 3, "title", "abc", None)
    result = FileResult("g.md", [f], lines={1: "abc"})
    assert redact_result(result) is result


@pytest.mark.parametrize("fmt", sorted(set(REPORTERS) - {"parquet"}))  # binary: tests/inputs/test_parquet.py
def test_secrets_in_file_names_are_masked(tmp_path, monkeypatch, fmt):
    """A name is printed by every format (and an unreadable file's on stderr): with
    --redact the contact details written in it are masked too."""
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "call-me-+447700900789.md", "---\ntitle: I will design logos & icons\n---\nClean logos.\n")
    (tmp_path / "mail-nora.vance@gmail.com.md").write_bytes(b"\xff\xfe\x00\x00 not text")
    plain = gigcheck("check", "--format", fmt, "--color", "never", ".")
    assert "447700900789" in plain.out + plain.err and "nora.vance" in plain.out + plain.err
    r = gigcheck("check", "--format", fmt, "--color", "never", "--redact", ".")
    assert r.code == plain.code == 2
    shown = r.out + r.err
    assert "447700900789" not in shown and "nora.vance" not in shown.lower()
    assert "gigcheck: error: m" in r.err  # the unreadable file is still named, masked


def test_secrets_pattern_masks_copies_and_quotes_cut_short():
    f = Finding("GC201", "contact-email", "contact", Severity.ERROR, "Found.", 1, 1, 1, 21, "description",
                "Nora.Vance@gmail.com", None)
    secrets = Secrets.of([f])
    assert secrets.mask_in("write NORA.VANCE@GMAIL.COM now") == "write N******************M now"
    assert secrets.mask_in('"Rush delivery to Nora.Vance@…" "Nor…" "No…"') == '"Rush delivery to N*********@…" "***…" "No…"'
    assert secrets.mask_in("Nothing here… at all") == "Nothing here… at all"
    assert Secrets.of([replace(f, excerpt=" ")]) is None


def test_secrets_are_dropped_once_masked():
    secret = Finding("GC202", "contact-phone", "contact", Severity.ERROR, "Phone.", 1, 6, 1, 21, "description",
                     "+44 7700 900 789", None, "+447700900789")
    result = FileResult("g.md", [], lines={}, secrets=[secret])
    out = redact_result(result)
    assert out.secrets == [] and out.path == "g.md"


def test_sarif_fingerprints_are_the_same_with_and_without_redact(tmp_path, monkeypatch):
    """They hash the section and the path, which masking changes (an extra titled with an
    email, a file named after a phone number): --redact must not make new alerts."""
    import shutil
    from pathlib import Path

    monkeypatch.chdir(tmp_path)
    shutil.copy(Path(__file__).resolve().parent / "secrets" / "leak.md", tmp_path / "call-+447700900789.md")

    def prints(*args):
        doc = gigcheck("check", "--format", "sarif", *args, "call-+447700900789.md").json()
        return [r["partialFingerprints"] for r in doc["runs"][0]["results"]]

    plain, redacted = prints(), prints("--redact")
    assert plain and plain == redacted
