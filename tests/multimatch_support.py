"""Run a test with the Aho-Corasick automata of text/multimatch.py and without them, as
on a platform without the pyahocorasick wheel."""
from __future__ import annotations

import pytest

from gigcheck.text import multimatch

ENGINES = ("automaton", "none")


@pytest.fixture(name="engine", params=ENGINES)
def word_engine(request, monkeypatch):
    """Whether automata are built and used during the test (its name)."""
    if request.param == "automaton" and multimatch.ahocorasick is None:
        pytest.skip("pyahocorasick is not installed")
    monkeypatch.setattr(multimatch, "USE_AUTOMATON", request.param == "automaton")
    return request.param
