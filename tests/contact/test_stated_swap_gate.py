"""The gate of a stated swap on a run (scan/contacts.py): a run that holds no other sign of
an address reaches the email readings only where a swap's cue stands in the view
`read_swaps` reads (its "fold" view: look-alike letters folded, a wrapped line read on).
The first words of a cue's phrase ("where" of "where you see", "in" of "in place of", "en"
of "en lugar de") alone no longer send a run through every reading; a cue that stands,
wrapped over a line or in fullwidth letters, still does."""
from __future__ import annotations

import pytest

from gigcheck import Linter, load_config
from gigcheck.scan.contacts import EMAIL, run_contacts, runs
from gigcheck.scan.gigscan import GigScan


@pytest.fixture(scope="module", name="linter")
def _linter() -> Linter:
    return Linter(load_config(discover=False, select=["GC201"]))


def _scan(linter: Linter, text: str) -> GigScan:
    return GigScan(linter.parse(text), linter.config.vocabulary)


@pytest.mark.parametrize(
    "text",
    [
        "I design logos in any style, where you want them, rather quickly.\n",
        "Diseño logotipos en tu estilo, donde quieras.\n",
        "Crio logotipos no estilo que quiser, em qualquer formato.\n",
    ],
)
def test_opening_words_without_a_cue_reach_no_reading(linter: Linter, text: str) -> None:
    scan = _scan(linter, text)
    for run in runs(scan):
        assert run_contacts(scan, run, EMAIL) == []
        # the readings start from the run's "words" view: it was never built
        assert ("view", "words", run) not in scan._memo


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Write to me: swap the 🌸 for the at-sign: lena🌸mailbox dot org\n", "lena🌸mailbox dot org"),
        # the cue wrapped over a line: the "fold" view reads the break as a space
        ("Write to me: where you\nsee (a), put the at-sign: lena(a)mailbox dot org\n", "lena(a)mailbox dot org"),
        # the cue in fullwidth letters: folded
        ("Write to me: ｓｗａｐ the 🌸 for the at-sign: lena🌸mailbox dot org\n", "lena🌸mailbox dot org"),
        ("Write to me: lena🌸mailbox dot org, 🌸 means the at-sign\n", "lena🌸mailbox dot org"),
        ("Escríbeme: ana🌸mailbox punto org (cambia la 🌸 por la arroba)\n", "ana🌸mailbox punto org"),
    ],
)
def test_a_cue_that_stands_still_reaches_the_readings(linter: Linter, text: str, address: str) -> None:
    assert [f.excerpt for f in linter.check_text(text) if f.rule == "GC201"] == [address]
