"""What a contact test counts as reported (warnings and errors of the categories that
guard contact details, payment and links), and the pack's placeholder vocabulary, for
the tests that check honest templates against their seller twins."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import pytest

from gigcheck.detectors.placeholders import PlaceholderVocab
from gigcheck.policy.packs import load_pack

FLAGGED = ("contact", "payment", "links")


def reported(lint: Callable[[str], Iterable[Any]], text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.excerpt) for f in lint(text) if f.category in FLAGGED and str(f.severity) in ("error", "warning")]


def worst(lint: Callable[[str], Iterable[Any]], text: str) -> str:
    """What the labelled corpus calls a text: "error", "warning" or "clean" (infos and
    other categories do not count)."""
    found = {str(f.severity) for f in lint(text) if f.category in FLAGGED}
    return "error" if "error" in found else "warning" if "warning" in found else "clean"


@pytest.fixture(scope="module", name="pv")
def placeholder_vocab() -> PlaceholderVocab:
    return PlaceholderVocab(load_pack("fiverr")["vocab"]["grammar"])
