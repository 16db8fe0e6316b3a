"""Inline suppressions: every accepted spelling, everything that must not count, and the
two rules the suppression step reports (GC001 unknown rule, GC002 unused suppression)."""
from __future__ import annotations

import pytest
from ci_support import gigcheck, write
from table_support import table_test

HEAD = "---\ntitle: I will design your logo\n---\n"
MAIL = "Mail bob.smith@gmail.com today.\n"


def _rules(findings) -> list[str]:
    return [f.rule for f in findings]


# Each gig has one email that the directive must silence, and nothing else to report.
ACCEPTED = {
    "next-line blanket": "<!-- gigcheck-disable-next-line -->\n" + MAIL,
    "next-line by code": "<!-- gigcheck-disable-next-line GC201 -->\n" + MAIL,
    "next-line by name": "<!-- gigcheck-disable-next-line contact-email -->\n" + MAIL,
    "code in lower case": "<!-- gigcheck-disable-next-line gc201 -->\n" + MAIL,
    "directive in upper case": "<!-- GIGCHECK-DISABLE-NEXT-LINE GC201 -->\n" + MAIL,
    "no spaces inside the comment": "<!--gigcheck-disable-next-line GC201-->\n" + MAIL,
    "tabs": "<!--\tgigcheck-disable-next-line\tGC201\t-->\n" + MAIL,
    "comma-separated rules": "Intro.\n\n<!-- gigcheck-disable-next-line GC104,GC201 -->\n" + MAIL,
    "comma and space": "<!-- gigcheck-disable-next-line GC104, contact-email -->\n" + MAIL,
    "space-separated rules": "<!-- gigcheck-disable-next-line GC104 contact-email -->\n" + MAIL,
    "with a reason": "<!-- gigcheck-disable-next-line GC201 -- the buyer asked for it -->\n" + MAIL,
    "blanket with a reason": "<!-- gigcheck-disable-next-line -- sample address -->\n" + MAIL,
    "inline comment ending the line before": "Intro <!-- gigcheck-disable-next-line GC201 -->\n" + MAIL,
    "comment spanning lines covers the line after its end": "<!--\ngigcheck-disable-next-line GC201 -->\n" + MAIL,
    "disable/enable range": "<!-- gigcheck-disable GC201 -->\n" + MAIL + "\n" + MAIL + "\n<!-- gigcheck-enable GC201 -->\n",
    "blanket disable, blanket enable": "<!-- gigcheck-disable -->\n" + MAIL + "\n<!-- gigcheck-enable -->\nDone.\n",
    "disable without enable runs to the end": "Intro.\n\n<!-- gigcheck-disable contact-email -->\n\n" + MAIL,
    "disable-file at the end": MAIL + "\n<!-- gigcheck-disable-file GC201 -->\n",
    "disable-file blanket with reason": "<!-- gigcheck-disable-file -- a template -->\n\n" + MAIL,
    "directive inside an HTML block": "Intro.\n\n<div>\n<!-- gigcheck-disable-next-line GC201 -->\n" + MAIL.rstrip() + "\n</div>\n",
}


@table_test("body", list(ACCEPTED.values()), ids=list(ACCEPTED))
def test_accepted_spellings_suppress(lint, body):
    gig = HEAD + body
    assert "GC201" in _rules(lint(gig, inline_suppressions=False)), "the case must have an email to silence"
    left = lint(gig)
    # silenced, and no GC001 about the directive; GC002 only says that GC104 (named too,
    # but with nothing to silence on that line) was not needed
    assert all(f.rule == "GC002" and "GC104" in f.message for f in left), [f.message for f in left]
    assert bool(left) == ("GC104" in body)


# Each gig still reports its email: the directive text is not a directive here.
NOT_DIRECTIVES = {
    "inside a code span": "`<!-- gigcheck-disable-next-line -->`\n" + MAIL,
    "inside a fenced block": "```\n<!-- gigcheck-disable-file -->\n```\n\n" + MAIL,
    "inside a tilde fence": "~~~html\n<!-- gigcheck-disable-file -->\n~~~\n\n" + MAIL,
    "inside an indented code block": "Intro.\n\n    <!-- gigcheck-disable-file -->\n\n" + MAIL,
    "escaped as text": "&lt;!-- gigcheck-disable-file --&gt;\n\n" + MAIL,
    "backslash-escaped": "\\<!-- gigcheck-disable-file -->\n\n" + MAIL,
    "not at the start of the comment": "<!-- note: gigcheck-disable-next-line -->\n" + MAIL,
    "a blank line between": "<!-- gigcheck-disable-next-line GC201 -->\n\n" + MAIL,
    "another rule": "<!-- gigcheck-disable-next-line GC104 -->\n" + MAIL,
    "after enable": "<!-- gigcheck-disable GC201 -->\n<!-- gigcheck-enable GC201 -->\n" + MAIL,
    "before the range": MAIL + "\n<!-- gigcheck-disable GC201 -->\nDone.\n",
}


@pytest.mark.parametrize("body", list(NOT_DIRECTIVES.values()), ids=list(NOT_DIRECTIVES))
def test_not_directives(lint, body):
    assert "GC201" in _rules(lint(HEAD + body))


def test_no_inline_suppressions_ignores_them_all(lint, tmp_path, monkeypatch):
    gig = HEAD + "<!-- gigcheck-disable-file -->\n<!-- gigcheck-disable-next-line nonsense -->\n" + MAIL
    assert _rules(lint(gig)) == []
    assert _rules(lint(gig, inline_suppressions=False)) == ["GC201"]  # nor GC001/GC002
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "g.md", gig)
    assert gigcheck("check", "g.md").code == 0
    r = gigcheck("check", "--no-inline-suppressions", "--format", "jsonl", "g.md")
    assert r.code == 1 and '"GC201"' in r.out


def test_enable_of_one_rule_keeps_the_others_disabled(lint):
    gig = "---\ntitle: Logos & icons\n---\n<!-- gigcheck-disable -->\n<!-- gigcheck-enable GC201 -->\n" + MAIL
    # the title (line 2) is before the range; only the email is after the enable, so the
    # blanket disable silenced nothing
    assert sorted(_rules(lint(gig))) == ["GC002", "GC103", "GC104", "GC201"]
    gig = HEAD + "Intro.\n\n<!-- gigcheck-disable -->\n<!-- gigcheck-enable GC201 -->\n" + MAIL + "\n## FAQ\n\n## Requirements\nA brief.\n"
    assert sorted(_rules(lint(gig, inline_suppressions=False))) == ["GC109", "GC201"]
    assert _rules(lint(gig)) == ["GC201"]  # empty-section stays disabled


# --- GC001 unknown-suppression-rule -------------------------------------------------


@pytest.mark.parametrize(
    "comment,needle",
    [
        ("<!-- gigcheck-disable-next-line contact-emial -->", "'contact-emial'"),
        ("<!-- gigcheck-disable-next-line GC999, GC201 -->", "'gc999'"),
        ("<!-- gigcheck-disable-nextline GC201 -->", "'gigcheck-disable-nextline'"),
        ("<!-- gigcheck-enable contact -->", "'contact'"),
    ],
)
def test_unknown_rules_and_directives_are_reported(lint, comment, needle):
    findings = lint(HEAD + comment + "\n" + MAIL)
    (unknown,) = [f for f in findings if f.rule == "GC001"]
    assert needle in unknown.message and unknown.line == 4 and unknown.excerpt == comment
    assert str(unknown.severity) == "warning" and unknown.category == "meta"


def test_unknown_rule_respects_select_and_ignore(lint):
    gig = HEAD + "<!-- gigcheck-disable-next-line contact-emial -->\n" + MAIL
    assert "GC001" not in _rules(lint(gig, ignore=["GC001"]))
    assert _rules(lint(gig, select=["GC201"])) == ["GC201"]


# --- GC002 unused-suppression -------------------------------------------------------


def test_unused_suppression_is_reported_at_the_directive(lint):
    gig = HEAD + "<!-- gigcheck-disable-next-line contact-email -->\nNo contact details here.\n"
    (unused,) = lint(gig)
    assert unused.rule == "GC002" and (unused.line, unused.column) == (4, 1)
    assert str(unused.severity) == "info" and "GC201" in unused.message


def test_partly_used_directive_names_the_unused_rule(lint):
    gig = HEAD + "<!-- gigcheck-disable-next-line GC201, title-too-long -->\n" + MAIL
    (unused,) = lint(gig)
    assert unused.rule == "GC002" and "GC102" in unused.message and "GC201" not in unused.message


@pytest.mark.parametrize(
    "comment,kw",
    [
        # The named rule did not run, so gigcheck cannot know the comment is unneeded.
        ("<!-- gigcheck-disable-next-line title-too-long -->", {"select": ["GC201", "GC0"]}),
        ("<!-- gigcheck-disable-next-line title-too-long -->", {"ignore": ["GC102"]}),
        # A blanket directive under a narrowed selection: some rule that did not run may need it.
        ("<!-- gigcheck-disable-next-line -->", {"select": ["GC0", "contact"]}),
        ("<!-- gigcheck-disable-file -->", {"ignore": ["listing"], "extend_select": ["GC0"]}),
        # GC002 itself not selected
        ("<!-- gigcheck-disable-next-line contact-email -->", {"ignore": ["unused-suppression"]}),
    ],
)
def test_unused_only_among_rules_that_ran(lint, comment, kw):
    gig = HEAD + comment + "\nNo contact details here.\n"
    assert "GC002" not in _rules(lint(gig, **kw))
    assert "GC002" in _rules(lint(gig)), "with every rule running it is unused"


def test_blanket_directive_is_unused_when_everything_ran(lint):
    assert _rules(lint(HEAD + "<!-- gigcheck-disable -->\nClean.\n<!-- gigcheck-enable -->\n")) == ["GC002"]


def test_findings_about_suppressions_can_be_silenced_but_not_by_themselves(lint):
    unused = "<!-- gigcheck-disable-next-line contact-email -->\nNo contact details here.\n"
    assert _rules(lint(HEAD + "<!-- gigcheck-disable-file unused-suppression -->\n" + unused)) == []
    # a blanket disable-file that silences nothing is itself reported
    assert _rules(lint(HEAD + "<!-- gigcheck-disable-file -->\nClean.\n")) == ["GC002"]
