"""A gig's category is matched against the pack's category words without a regex per
word: it must find exactly what `(?<![^\\W_])word(?![^\\W_])` found."""
from __future__ import annotations

import re

import pytest

from gigcheck.detectors.categories import Categories, _starts_word

TEXTS = ["graphics & design > logo design", "video_editing", "x-translation", "retranslate", "translat",
         "Übersetzung translat2", "3d modeling", "logo", "", "ロゴ design", "tránslat translat"]
WORDS = [("translat", False), ("logo", True), ("design", True), ("editing", False), ("3d", True), ("ation", False),
         ("translat", True)]


@pytest.mark.parametrize("word,whole", WORDS)
def test_same_as_the_regex(word, whole):
    rx = re.compile(r"(?<![^\W_])" + re.escape(word) + (r"(?![^\W_])" if whole else ""))
    for text in TEXTS:
        assert _starts_word(text.lower(), word, whole) == bool(rx.search(text.lower())), text


def test_categories_of_a_gig():
    cats = Categories({"translation": {"match": ["translat"]}, "design": {"match": ["logo ", "design "]},
                       "video": {"match": ["video "], "related": ["design"]}})
    assert cats.of_gig("Writing > Translation") == {"translation"}
    assert cats.of_gig("Logos") == frozenset()
    assert cats.of_gig("Video & Animation") == {"video", "design"}
