"""`--format junit`: parsed as XML; one suite per file, one failing case per finding."""
from __future__ import annotations

import io
import xml.etree.ElementTree as ET

from ci_support import BAD, CLEAN, gigcheck, write

from gigcheck.records import FileResult, Finding, Severity
from gigcheck.report.base import Summary
from gigcheck.report.junit import JunitReporter


def test_suites_cases_failures_and_errors(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "bad.md", BAD)
    write(tmp_path, "clean.md", CLEAN)
    r = gigcheck("check", "--format", "junit", "bad.md", "clean.md", "missing.md")
    assert r.code == 2
    root = ET.fromstring(r.out)
    assert root.tag == "testsuites"
    suites = {s.get("name"): s for s in root.findall("testsuite")}
    assert list(suites) == ["bad.md", "clean.md", "missing.md"]

    bad = suites["bad.md"]
    cases = bad.findall("testcase")
    assert (bad.get("tests"), bad.get("failures"), bad.get("errors")) == ("2", "2", "0")
    assert len(cases) == 2 and all(c.find("failure") is not None for c in cases)
    email = next(c for c in cases if c.get("name").startswith("GC201"))
    failure = email.find("failure")
    assert email.get("classname") == "bad.md" and email.get("name") == "GC201 contact-email at 6:6"
    assert failure.get("type") == "error GC201" and failure.get("message").startswith("This is an email address")
    assert "bad.md:6:6" in failure.text and "suggestion:" in failure.text

    clean = suites["clean.md"]
    (case,) = clean.findall("testcase")
    assert len(case) == 0 and clean.get("failures") == "0"

    missing = suites["missing.md"]
    assert missing.get("errors") == "1" and missing.find("testcase/error").get("message") == "no such file or directory"


def test_hostile_text_is_escaped_and_controls_shown_as_escapes():
    message = 'Bad <script>alert("x")</script> & \x01\x1b[31m ]]> done'
    f = Finding("GC201", "contact-email", "contact", Severity.ERROR, message, 1, 1, 1, 2, "description", "a\x00b<c>", None)
    out = io.StringIO()
    rep = JunitReporter(out)
    rep.start()
    rep.file(FileResult('we"ird<&>.md', [f]))
    rep.end(Summary())
    root = ET.fromstring(out.getvalue())  # parses: nothing unescaped, nothing XML 1.0 forbids
    assert "\x1b" not in out.getvalue()  # nor a raw ESC for a CI log to interpret
    suite = root.find("testsuite")
    assert suite.get("name") == 'we"ird<&>.md'
    failure = suite.find("testcase/failure")
    assert failure.get("message") == 'Bad <script>alert("x")</script> & \\x01\\x1b[31m ]]> done'
    assert failure.get("type") == "error GC201" and "a\\x00b<c>" in failure.text


def test_failures_follow_fail_on(tmp_path, monkeypatch):
    """A warning fails the test report only when it fails the run."""
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "warn.md", "---\ntitle: Logo design\n---\nClean text.\n")  # a warning (GC103)

    def cases(*args: str) -> list[ET.Element]:
        suite = ET.fromstring(gigcheck("check", "--format", "junit", "warn.md", *args).out).find("testsuite")
        assert suite is not None
        assert suite.get("failures") == str(len(suite.findall("testcase/failure")))
        return suite.findall("testcase")

    (case,) = cases()
    assert case.get("name").startswith("GC103")
    assert case.find("failure") is None and "warning GC103" in case.find("system-out").text
    (case,) = cases("--fail-on", "warning")
    assert case.find("failure").get("type") == "warning GC103"
