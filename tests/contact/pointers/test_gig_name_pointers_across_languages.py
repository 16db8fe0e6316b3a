"""A channel said to be the gig's name (detectors/self_pointers.py `pointed_name`): the gig's
name is one phrase however many words its language spells it with ("the gig title", "o nome da
gig", "el nombre del gig"), so the articles and prepositions of a language do not put the
pointer out of reach. The buyer's account named with the gig's name as the work stays clean."""
from __future__ import annotations

from tests.contact_support import severity_tests

ERRORS = [
    "Meu Insta é o nome da gig sem espaços - lá tem mais trabalhos e\nrespondo na hora.",
    "Mi Insta es el nombre del gig sin espacios.",
    "Mon Insta, c'est le nom du gig sans espaces.",
    "My Insta is the gig title without spaces.",
]
CLEAN = [
    "El nombre del gig incluye la palabra logo sin espacios.",
    "Tu Instagram tendrá el nombre del gig sin espacios.",
    "Creo tu Instagram con el nombre del gig sin espacios.",
    "Escribo el nombre del gig sin espacios para tu Instagram.",
]

test_channels_named_as_the_gig_are_errors, test_the_buyers_accounts_stay_clean = severity_tests(ERRORS, CLEAN)
