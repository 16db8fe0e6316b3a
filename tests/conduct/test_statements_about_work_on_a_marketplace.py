"""other-marketplace (GC703), detF: a kind of work that only opens its clause ("Larger orders
via Toptal") sends the buyer to the marketplace named when the name ends that part of the
clause; a clause that goes on to say something of the work there ("Large projects on Upwork
need planning") is a statement (marketplaces._scoped_later). Asked, "only" or a verb sending
the buyer keeps it a pointer however the clause goes on."""
from __future__ import annotations

import pytest
from conduct_support import conduct_findings

STATEMENTS = [
    "Large projects on Upwork need careful planning.",
    "Big projects on Upwork take time.",
    "Larger orders on Upwork often need a contract.",
    "Grands projets sur Upwork demandent de la planification.",
    "Große Projekte auf Upwork brauchen Planung.",
    "Projetos grandes no Upwork exigem planejamento.",
    "Большие проекты на Upwork требуют планирования.",
    "Duże projekty na Upwork wymagają planowania.",
    "Grandes proyectos en Upwork necesitan planificación.",
]

POINTERS = [
    "Bigger projects on Upwork.",
    "Larger projects via Toptal.",
    "Larger projects go through Upwork.",
    "Bigger projects on Upwork, please.",
    "Große Projekte über Upwork.",
    "Projetos grandes pelo Workana.",
    "Большие проекты через Upwork.",
    "Duże projekty tylko przez Useme.",
]


@pytest.mark.parametrize("text", STATEMENTS)
def test_a_statement_about_work_there_passes(text):
    assert conduct_findings(text, rule="GC703") == []


@pytest.mark.parametrize("text", POINTERS)
def test_work_sent_there_stays_reported(text):
    assert conduct_findings(text, rule="GC703"), text
