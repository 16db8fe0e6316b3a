"""The suite is organised by the part and mechanism a test checks (README, "Layout"):
no test file or test is named after the helper or the red-team round that wrote it
("test_detE_…", "test_rt13_…", "test_conL_books", "test_the_detg_negatives_…"), which
says nothing of what breaks when it fails."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
# a helper's name ("detE", "detQ2", "det10b", "conL2") or a round's ("rt6", "round3")
FILE_NAMES = re.compile(r"(?<![a-z])(?:det|con)(?:[A-Z]\d?|\d+[a-z]?)(?![a-z])|(?<![a-z])(?:rt|round)\d+")
TEST_NAMES = re.compile(r"(?:^|_)(?:(?:det|con)[a-z]\d?|det\d+[a-z]?|rt\d+|round\d+)(?:_|$)")


def _test_names(path: Path) -> list[str]:
    """The module's test functions, defined or assigned (`test_x, test_y = severity_tests(...)`)."""
    names = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.FunctionDef):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                names += [t.id for t in ast.walk(target) if isinstance(t, ast.Name)]
    return [n for n in names if n.startswith("test_")]


def test_no_file_or_test_is_named_after_who_wrote_it():
    files = sorted(TESTS.rglob("test_*.py"))
    assert len(files) > 150
    named = [str(p.relative_to(TESTS)) for p in files if FILE_NAMES.search(p.stem)]
    named += [f"{p.relative_to(TESTS)}::{n}" for p in files for n in _test_names(p) if TEST_NAMES.search(n)]
    assert named == []


@pytest.mark.parametrize(
    ("name", "helper"),
    [
        ("test_detE_quoted_handles", True), ("test_detQ2_places", True), ("test_det10b_offers", True),
        ("test_conL2_books", True), ("test_rt13_recall", True), ("test_layout_cues_rt6", True),
        ("test_detector_offsets", False), ("test_conduct_corpus", False), ("test_content_rules", False),
        ("test_art_sites", False), ("test_word_boundaries", False),
    ],
)
def test_the_file_name_check_tells_helpers_from_words(name, helper):
    assert bool(FILE_NAMES.search(name)) is helper


@pytest.mark.parametrize(
    ("name", "helper"),
    [
        ("test_the_detg_negatives_are_many", True), ("test_rt9_cases", True), ("test_conl_books", True),
        ("test_detector_reports_offsets", False), ("test_a_deterministic_order", False), ("test_conduct_rules", False),
    ],
)
def test_the_test_name_check_tells_helpers_from_words(name, helper):
    assert bool(TEST_NAMES.search(name)) is helper
