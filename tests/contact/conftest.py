"""Shared by the contact tests that check honest templates against their seller twins."""
from __future__ import annotations

import pytest

from gigcheck.detectors.placeholders import PlaceholderVocab
from gigcheck.policy.packs import load_pack


@pytest.fixture(scope="module")
def pv() -> PlaceholderVocab:
    return PlaceholderVocab(load_pack("fiverr")["vocab"]["grammar"])
