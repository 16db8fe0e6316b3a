"""A writing verb right before an "@name" points at an account (in image alt text too); the
verb without a handle stays clean.
"""
from __future__ import annotations

import pytest
from disguise_support import findings_of

# A writing verb right before an "@name" points at an account (image alt text too).
VERB_HANDLES = [
    "![Bot example, write to @dmitry_botmaker](img.png)",
    "escríbeme a @lena.art para muestras",
    "Напишите @ivan_dev, отвечу быстро",
    "Bana yaz @ayse.design",
    "Für Muster schreib mir @jonas.cuts",
]


@pytest.mark.parametrize("text", VERB_HANDLES)
def test_writing_verb_before_handle(text):
    found = findings_of(text, "GC203")
    assert found and str(found[0].severity) == "error"


@pytest.mark.parametrize("text", [
    "The bot will message @everyone when a new order comes",
    "ping @here on release",
    "Use @media queries to message the user",
    "I will write a message for @mentions in Slack",
])
def test_writing_verb_without_handle_clean(text):
    assert not findings_of(text, "GC203")
