"""Front matter after leading HTML comments (document/front_matter_start.py)."""
from __future__ import annotations

import pytest

from gigcheck.document.front_matter_start import front_matter_line
from gigcheck.document.gig import prose_text
from gigcheck.document.markdown import parse_gig


@pytest.mark.parametrize("text, line", [
    ("---\ntitle: x\n---\n", -1),  # line 1: the plugin's own case
    ("<!-- a -->\n---\ntitle: x\n---\n", 1),
    ("<!-- a -->\n\n<!--\nb\n-->\n  \n---\ntitle: x\n---\n", 6),
    ("<!-- a --> text\n---\ntitle: x\n---\n", -1),  # text after the comment
    ("Intro\n<!-- a -->\n---\ntitle: x\n---\n", -1),
    ("<!-- never closed\n---\n", -1),
    ("<!-- a -->\n- list\n", -1),
])
def test_front_matter_line(text, line):
    assert front_matter_line(text) == line


def test_fields_after_a_directive_keep_their_positions():
    gig = parse_gig("<!-- gigcheck-disable-file GC103 -->\n---\ntitle: Logo design\ntags: [a, b]\n---\nBody.\n")
    assert gig.title is not None and gig.title.raw == "Logo design"
    assert gig.index.position(gig.title.run.segments[0].src_start) == (3, 8)
    assert [t.raw for t in gig.tags] == ["a", "b"]
    assert [r.text for r in gig.comments] == ["<!-- gigcheck-disable-file GC103 -->"]
    assert prose_text(gig.sections["description"]) == "Body."  # not a setext heading of the fields


def test_an_unclosed_fence_after_a_comment_is_not_front_matter():
    gig = parse_gig("<!-- a -->\n---\ntitle: Logo design\n")
    assert gig.front_matter_run is None and gig.title is None
