"""A word of elsewhere before a time says WHEN the seller works, not where to find them:
clean; found elsewhere with no time in sight stays a hint.
"""
from __future__ import annotations

import pytest
from contact_support import reported, worst

# A word of elsewhere before a time says WHEN the seller works, not where to find them.
WHEN_NOT_WHERE = [
    "Ich arbeite auch außerhalb der üblichen Bürozeiten – Lieferung am Wochenende möglich.",
    "Ich bin auch außerhalb der Arbeitszeit erreichbar.",
    "Auch außerhalb der Geschäftszeiten antworte ich schnell.",
    "I'm also available outside business hours.",
    "Também trabalho fora do horário comercial.",
    "Je travaille aussi en dehors des heures de bureau.",
    "Lavoro anche al di fuori dell'orario d'ufficio.",
    "Работаю и вне рабочего времени.",
    "Mesai saatleri dışında da çalışırım.",
    "Saya juga bekerja di luar jam kerja.",
    "Ik werk ook buiten kantooruren.",
]

FOUND_ELSEWHERE = [  # no time: still hints
    "Ich bin auch außerhalb erreichbar.",
    "Man findet mich auch woanders.",
    "You can find me elsewhere too.",
]


@pytest.mark.parametrize("text", WHEN_NOT_WHERE)
def test_outside_hours_is_when_not_where(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)


@pytest.mark.parametrize("text", FOUND_ELSEWHERE)
def test_found_elsewhere_stays_a_hint(lint, text):
    assert worst(lint, text) != "clean", reported(lint, text)
