"""The broader direct contact the upwork pack turns on stays linear on hostile text:
business intros and capitalised words without end, contact-page paths, and invitations
judged against the contract's start words."""
from __future__ import annotations

import pytest
from perf_support import assert_linear

from gigcheck import lint_text
from gigcheck.policy.config import load_config

UPWORK = load_config(discover=False, policy="upwork", select=["GC203", "GC204"])

HOSTILE = {
    "intros": "our agency, our company called our studio is we are I run ",
    "names": "our agency, Brightline Studio Northwind Digital Acme & Co Globex LLC Ltd GmbH ",
    "forms": "https://brightline.com/contact/book/contact-us/quote/apply https://tally.so/r/x ",
    "lifting": "Once the contract starts, message me on WhatsApp, after you hire me, before, until. ",
}


@pytest.mark.perf
@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_text_is_checked_in_linear_time(name):
    piece = HOSTILE[name]

    def run(k: int) -> None:
        lint_text("---\ntitle: A project\n---\n" + piece * k + "\n", config=UPWORK)

    assert_linear(run, 60, name)
