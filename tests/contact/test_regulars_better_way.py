"""The regulars or the orders to come told of another or a more convenient way, none named
("단골 고객님들은 아시겠지만 더 편한 방법도 있어요", "Alcuni clienti storici hanno trovato modi più
comodi per lavorare con me"): a way off the marketplace hinted at for those who know, a
warning. Honest twins: no way said, a way of doing a task ("easier ways to structure your
spreadsheets", "modi più comodi di organizzare i file"), a booking's way ("a faster way to
reorder")."""
from __future__ import annotations

import pytest
from contact_support import worst

HINTS = [
    "Repeat clients know there are easier ways to work with me, just ask.",
    "Los clientes habituales conocen otras formas de trabajar conmigo, pregunta.",
    "Alcuni clienti fedeli hanno trovato modi più comodi per contattarmi.",
    "Alcuni clienti storici hanno trovato modi più comodi per lavorare con me, negli anni.",
    "단골 고객님들은 아시겠지만 더 편한 방법도 있어요",
    "Tem gente que prefere outros caminhos depois do primeiro trabalho… quem já é cliente entende",
]

TWINS = [
    "Regulars know I answer fast here.",
    "Repeat clients get a faster way to reorder: the saved package.",
    "Repeat clients: I'll show you easier ways to structure your spreadsheets.",
    "Alcuni clienti storici mi chiedono modi più comodi di organizzare i file.",
    "Long-time clients often ask for other ways to format the report.",
    "Los clientes habituales ya conocen mi forma de trabajar: rápida y clara.",
]


@pytest.mark.parametrize("text", HINTS)
def test_a_better_way_for_the_regulars_is_a_warning(lint, text):
    assert worst(lint, text) == "warning"


@pytest.mark.parametrize("text", TWINS)
def test_a_way_of_the_work_is_clean(lint, text):
    assert worst(lint, text) == "clean"
