"""A messaging app told by its look said after the app ("the app with the paper plane", "la app
con el avioncito"): each opening of `look_heads` before each look is one more alias of the
platform (channel_looks.look_aliases). An app as the work or the buyer's stays clean."""
from __future__ import annotations

from contact_support import severity_tests

from gigcheck.detectors.channel_looks import look_phrases

ERRORS = [
    "Same handle on the app with the paper plane, drop a hi and I reply within minutes.",
    "Escríbeme en la app con el avioncito, respondo rápido.",
]

CLEAN = [
    "I design an app with the green icon for your startup.",
    "Your new app with the ghost mascot will look great.",
]

test_apps_told_by_their_look_are_errors, test_apps_as_the_work_stay_clean = severity_tests(ERRORS, CLEAN)


def test_heads_open_every_look() -> None:
    phrases = dict(look_phrases({"paper plane": "telegram"}, ["app"], ["app with the"]))
    assert phrases["app with the paper plane"] == "telegram"
    assert phrases["paper plane app"] == "telegram"
    assert "app with the" not in phrases
