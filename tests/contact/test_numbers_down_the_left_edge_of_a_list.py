"""A phone number read down the left edge of a list (document/list_numbers.py): every
item opens with a short group of digits, the first with "+" ("- +44 on time⏎- 7700
never late⏎- 900 revisions⏎- 123 all files"), with no word saying to read them
together. Figures that open items stay figures: percentages, "+" on every item ("more
than"), a figure with a unit glued on, and pieces that stand inside their lines."""
from __future__ import annotations

import pytest

from gigcheck.document.list_numbers import list_numbers
from gigcheck.document.markdown import parse_gig
from tests.contact_support import severity_tests

ERRORS = [
    "### My 3 promises\n- +44 on time\n- 7700 never late\n- 900 revisions until happy\n- 123 all files included",
    "### Mis promesas\n- +34 a tiempo\n- 612 sin retrasos\n- 345 revisiones\n- 678 archivos",
    "1. +7 дней поддержки\n2. 916 довольных клиентов\n3. 123 отзыва\n4. 45 67 проектов",
    "- +91 happy buyers\n- 98450 orders\n- 31267 reviews",
]
CLEAN = [
    "### Results\n- +44% more clicks\n- 7700 new followers\n- 900 leads\n- 123 sales",
    "### Why me\n- +20 icons\n- +15 templates\n- 100 fonts\n- 12 mockups",
    "### Stats\n- +30 logos delivered\n- 500 happy clients\n- 12 countries\n- 98 reviews",
    "### Resultados\n- +35% de ventas\n- 612 pedidos\n- 345 reseñas\n- 678 clientes",
    "### Formats\n- +4K masters\n- 1080p exports\n- 720p previews\n- 480p drafts",
    "### Included\n- Logo with +44 colour options\n- 7700 icons\n- 900 fonts\n- 123 mockups",
]

test_numbers_down_the_left_edge_are_errors, test_figures_opening_items_stay_clean = severity_tests(ERRORS, CLEAN)


@pytest.mark.parametrize(
    ("items", "read"),
    [
        ("- +44 on time\n- 7700 never late\n- 900 revisions\n- 123 all files", "+44 7700 900 123"),
        ("- +44 on time\n- +7700 never late\n- 900 revisions\n- 123 all files", None),  # "+" on a later item
        ("- +44% on time\n- 7700 never late\n- 900 revisions\n- 123 all files", None),  # a percentage
    ],
)
def test_the_run_read_down_the_left_edge(items: str, read: str | None) -> None:
    leading = [n for n in list_numbers(parse_gig(f"# Help\n\n{items}\n")) if n.leading]
    assert [n.run.text for n in leading] == ([read] if read else [])
    assert not any(n.worded for n in leading)
