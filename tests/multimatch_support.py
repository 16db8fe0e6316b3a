"""Run a test with each engine of text/multimatch.py: the Aho-Corasick automaton and the
`re` fallback a platform without the pyahocorasick wheel gets."""
from __future__ import annotations

import pytest

from gigcheck.text import multimatch

ENGINES = ("automaton", "re")


@pytest.fixture(name="engine", params=ENGINES)
def word_engine(request, monkeypatch):
    """The engine every `WordFinder` uses during the test (its name)."""
    if request.param == "automaton" and multimatch.ahocorasick is None:
        pytest.skip("pyahocorasick is not installed")
    monkeypatch.setattr(multimatch, "USE_AUTOMATON", request.param == "automaton")
    return request.param
