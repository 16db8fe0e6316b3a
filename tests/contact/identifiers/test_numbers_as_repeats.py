"""A number handed over as a sum of repeats: "88 twice", "44 dos veces", "2x 4", "88 x2",
"double 7" with a digit, and ", then" between groups, is an error; counts and sizes in honest
text stay clean.
"""
from __future__ import annotations

import pytest
from contact_support import reported, worst

REPEATS = [
    "My number = 2x 4, then 15, then 88 twice, then 7 — you'll figure it out",
    "My number = 44, then 15, then 8888, then 7",
    "Mi número: 6 1 2, luego 44 dos veces, luego 5 6",
    "Meu zap: 21 9 depois 87 duas vezes, depois 5432",
    "Telefon: 0151 dann 23 zweimal dann 6789",
    "Mon numéro : 06, puis 12 deux fois, puis 78 90",
    "Il mio numero: 347, poi 12 due volte, poi 567",
    "WhatsApp: 0 7 double 7 0 9 triple 0 4 6 1",
    "WhatsApp: 0 7 7, then 09, then 5 twice, then 4 6 1",
]


@pytest.mark.parametrize("text", REPEATS)
def test_a_number_written_as_repeats_and_steps_is_an_error(lint, text):
    assert worst(lint, text) == "error", reported(lint, text)


REPEATS_HONEST = [
    "Posters in 2x 4 sizes, 3 revisions twice a week",
    "I can deliver 2 times faster, 24 x7 support",
    "Sizes: 2x3, 4x6, 5x7, 8x10",
    "Revisions: 2 two times per package, 3 then 5 then 10 pages",
    "Prices: 10, then 15, then 20 dollars",
    "Packs of 10, then 20, then 50 images",
    "Entrega en 2 días, revisiones 3 veces, 1080 x2 resolución",
    "Ich liefere 2x 4K-Videos, dann 10 Fotos, dann 3 Banner",
]


@pytest.mark.parametrize("text", REPEATS_HONEST)
def test_counts_and_sizes_in_honest_text_stay_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)
