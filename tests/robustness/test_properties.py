"""Property tests over random Markdown and random Unicode: the linter never crashes,
every finding lies inside the file and quotes it exactly, and results are deterministic."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gigcheck.document.markdown import normalize_source
from gigcheck.document.positions import LineIndex

PIECES = [
    "---\n", "title: ", "tags: [", "]\n", "# ", "## Description\n", "## Extras\n", "### Rush\n",
    "Price: $", "Delivery: +1 day\n", "> ", "- ", "1. ", "`", "```\n", "    ", "[", "](", ")", "![", "<",
    ">", "<!-- ", " -->", "&amp;", "&#64;", "\\", "*", "_", "\n", "\r\n", "\ufeff", "\u200b", "@",
    " at ", " dot ", "gmail", ".com", "skype", "+1 415 555 0132", "whatsapp", "https://", "t.me/",
    "paypal", "é", "ｓｋｙｐｅ", "微信", "|", "---|", "\t", "\x00",
]

markdownish = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=40).map("".join)


def _check(lint, text: str) -> None:
    findings = lint(text)
    source = normalize_source(text)
    index = LineIndex(source)
    n_lines = len(index.starts)
    for f in findings:
        assert 1 <= f.line <= f.end_line <= n_lines, f
        line_text = index.line_text(f.line)
        assert 1 <= f.column <= len(line_text) + 1, f
        if f.end_line == f.line:
            assert f.column <= f.end_column <= len(line_text) + 1, f
        start = index.starts[f.line - 1] + f.column - 1
        end = index.starts[f.end_line - 1] + f.end_column - 1
        assert source[start:end] == f.excerpt, f
    assert [f.to_dict() for f in lint(text)] == [f.to_dict() for f in findings]
    assert findings == sorted(findings, key=lambda f: f.sort_key())


@pytest.mark.slow  # seconds of CPU: started first (tests/conftest.py), not last on a worker
@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(markdownish)
def test_random_markdown(lint, text):
    _check(lint, text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300))
def test_random_unicode(lint, text):
    _check(lint, text)
