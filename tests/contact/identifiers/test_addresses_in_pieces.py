"""An address's name handed over in pieces: quoted or bracketed words, joined by "+" ("my
first name (priya) + 'designs' at yahoo"); "address" is an email word. An error, and
masked; quoted words and "+" in honest text stay clean.
"""
from __future__ import annotations

import pytest
from contact_support import masked, reported, worst

PIECES = [
    ("My address is my first name (priya) + 'designs' at yahoo, the usual .com", "designs"),
    ("email: 'priya' + 'designs' @ yahoo.com", "designs"),
    ("Mi correo: mi nombre (lucia) + 'fotos' arroba gmail punto com", "fotos"),
    ("Meu e-mail é 'ana' + 'arte' arroba hotmail", "arte"),
    ("Mon adresse : (chloe) + (studio) chez gmail", "studio"),
    ("E-Mail: [jonas] + [cuts] at outlook.com", "cuts"),
    ("La mia mail: «giulia» + «foto» chiocciola libero.it", "foto"),
    ("My address: 'kenji.art' at gmail", "kenji.art"),
]


@pytest.mark.parametrize("text,piece", PIECES)
def test_an_address_in_pieces_is_an_error_and_masked(lint, text, piece):
    assert worst(lint, text) == "error", reported(lint, text)
    assert piece not in masked(lint, text)


PIECES_HONEST = [
    "'hello' at the studio",
    "I work at Yahoo as a designer",
    "My address is 12 Baker Street, I worked at yahoo",
    "Logo (minimal) + 'modern' at a fair price",
    "c + c++ at google scale",
    "Brand name (working title) + tagline at no extra cost",
    "I'll send the 'final' + 'source' files at delivery.",
]


@pytest.mark.parametrize("text", PIECES_HONEST)
def test_quoted_words_and_plus_in_honest_text_stay_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)
