"""Suppression directives are indexed: a file full of them costs what reading them costs,
not findings × directives (1 MiB of `<!-- gigcheck-disable -->` took minutes)."""
from __future__ import annotations

import pytest
from perf_support import assert_linear

GIG = "---\ntitle: I will design a logo\n---\nMail bob.smith@gmail.com today.\n\n"


@pytest.mark.perf
@pytest.mark.parametrize("directive", [
    "<!-- gigcheck-disable -->\n",
    "<!-- gigcheck-disable GC201 -->\n<!-- gigcheck-enable GC201 -->\n",
    "<!-- gigcheck-disable-next-line contact-email -->\n",
    "<!-- gigcheck-disable-file GC999 -->\n",
])
def test_many_directives_in_linear_time(lint, directive):
    assert_linear(lambda k: lint(GIG + directive * k), 600, directive.strip())


def test_meta_findings_are_not_silenced_by_their_own_directive(lint):
    text = GIG + "<!-- gigcheck-disable -->\n" * 3 + "<!-- gigcheck-enable -->\n<!-- gigcheck-disable -->\n"
    unused = [f.line for f in lint(text) if f.rule == "GC002"]
    # All are unused; the first silences those about the two after it, and no directive
    # silences the finding about itself (the last one's is silenced by none: an enable
    # stands between).
    assert unused == [6, 10]
