"""A contact detail made the seller's by a "me" after it instead of "my" ("Numer do mnie jest na
ostatnim slajdzie", "The number to reach me is on the last slide"), said to be in the gig's media
(detectors/media_pointers.py): an error. The buyer's detail put in the work and a count stay clean."""
from __future__ import annotations

from tests.contact_support import severity_tests

ERRORS = [
    "Numer do mnie jest na ostatnim slajdzie.",
    "Numer do mnie jest na ostatnim slajdzie filmiku w galerii – wrzuć SMS-a",
    "The number to reach me is on the last slide.",
    "Le numéro pour me joindre est sur la dernière diapo.",
    "El número para mí está en la última diapositiva.",
]
CLEAN = [
    "The number you send me goes on the last slide.",
    "Numer do Ciebie wpiszę na ostatnim slajdzie.",
    "Numer, który mi podasz, umieszczę na ostatnim slajdzie.",
    "The number of slides for me is in the PDF.",
    "Liczba slajdów do mnie nie należy.",
]

test_details_to_me_in_media_are_errors, test_buyers_details_and_counts_stay_clean = severity_tests(ERRORS, CLEAN)
