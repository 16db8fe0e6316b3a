"""Orders to come kept "between us" (the arrangement kept apart: "we can keep it between us after
the first job") are a request to leave (error); what "stays between us" (a word of staying right
before it: "what we discuss stays between us", "queda entre nosotros", "bleibt unter uns") is
discretion and stays clean, even with the orders to come named."""
from __future__ import annotations

from typing import Any

from gigcheck.detectors.leave_shared import kept_quiet
from gigcheck.detectors.lexicon import Match
from tests.contact_support import severity_tests

ERRORS = [
    "After the first job we can keep it between us, no fees.",
    "Repeat clients: we can keep it between us after the first job.",
    "Próximos pedidos trabajamos directamente entre nosotros.",
]
CLEAN = [
    "For future projects, what we discuss stays between us.",
    "For future orders, everything we talk about remains between us.",
    "Para próximos proyectos, lo que hablamos queda entre nosotros.",
    "Für künftige Projekte: was wir besprechen, bleibt unter uns.",
    "Your idea is safe with me: we keep it between us under NDA.",
]

test_kept_between_us_later_is_an_error, test_what_stays_between_us_stays_clean = severity_tests(ERRORS, CLEAN)


def test_kept_quiet_reads_only_the_word_right_before(default_config: Any) -> None:
    cv = default_config.vocabulary.channels
    text = "what we discuss stays between us"
    m = Match(text.index("between"), len(text), "between us", (), False)
    assert kept_quiet(text, cv, m)
    deal = "we stay in touch and deal between us"
    m2 = Match(deal.index("between"), len(deal), "between us", (), False)
    assert not kept_quiet(deal, cv, m2)
