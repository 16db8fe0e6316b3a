"""`--format junit`: JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure).

One `<testsuite>` per input file; one `<testcase>` per finding, failing when its
severity is at or above `--fail-on` (the finding's severity is the failure `type`), else
passing with the finding as its `<system-out>` (JUnit has no severities: a warning that
does not fail the run must not fail the test report either); one passing testcase for a
clean file, one `<error>` testcase for an unreadable one. Suites are streamed, so the
root element carries no totals (consumers add them up). ElementTree escapes markup;
paths and gig text go through `terminal_safe` first (CI systems show failures in
terminal-like logs), which leaves no character XML 1.0 forbids but a few non-characters;
those cannot be escaped at all and are dropped.
"""
from __future__ import annotations

import sys
import xml.etree.ElementTree as ET

from gigcheck.records import FileResult, Finding, Severity
from gigcheck.regex_cache import cached_regex
from gigcheck.report.base import Reporter, Summary, plain_statistics, terminal_safe

_XML_FORBIDDEN = cached_regex("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    return _XML_FORBIDDEN.sub("", text)


def _safe(text: str) -> str:
    return xml_safe(terminal_safe(text))


def _sub(parent: ET.Element, tag: str, **attrs: str) -> ET.Element:
    return ET.SubElement(parent, tag, {k: _safe(v) for k, v in attrs.items()})


def _failure_text(path: str, f: Finding) -> str:
    lines = [f"{path}:{f.line}:{f.column}: {f.severity} {f.rule} [{f.name}] {f.message}"]
    if f.excerpt:
        lines.append(f"  {f.excerpt}")
    if f.suggestion:
        lines.append(f"  suggestion: {f.suggestion}")
    return "\n".join(_safe(line) for line in lines)


def testsuite(result: FileResult, fail_on: Severity = Severity.ERROR) -> ET.Element:
    findings = result.findings if result.error is None else []
    suite = ET.Element("testsuite", {"name": _safe(result.path)})
    suite.set("tests", str(max(1, len(findings))))
    suite.set("failures", str(sum(f.severity >= fail_on for f in findings)))
    suite.set("errors", "1" if result.error is not None else "0")
    if result.error is not None:
        case = _sub(suite, "testcase", classname=result.path, name="read")
        _sub(case, "error", message=result.error, type="unreadable")
    elif not findings:
        _sub(suite, "testcase", classname=result.path, name="gigcheck")
    for f in findings:
        case = _sub(suite, "testcase", classname=result.path, name=f"{f.rule} {f.name} at {f.line}:{f.column}")
        if f.severity >= fail_on:
            failure = _sub(case, "failure", message=f.message, type=f"{f.severity} {f.rule}")
            failure.text = _failure_text(result.path, f)
        else:
            ET.SubElement(case, "system-out").text = _failure_text(result.path, f)
    return suite


class JunitReporter(Reporter):
    def start(self) -> None:
        self.out.write('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="gigcheck">\n')

    def file(self, result: FileResult) -> None:
        self.out.write(ET.tostring(testsuite(result, self.fail_on), encoding="unicode") + "\n")

    def end(self, summary: Summary) -> None:
        self.out.write("</testsuites>\n")
        if self.statistics:
            sys.stderr.write(plain_statistics(summary))
