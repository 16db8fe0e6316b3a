"""A place away from the marketplace opening a sentence about the seller's own pursuit is
the scene set, not a request to leave, also when the marketplace is named as the place
("Buiten Fiverr geef ik pianoles") and when a consequence clause follows ("…, per questo
sono così paziente con le revisioni": the seller's manner with the work here). A price, a
better reach or a contact verb anywhere in the sentence still makes it leaving."""
from __future__ import annotations

from tests.contact_support import severity_tests

ERRORS = [
    "Poza Fiverr pracuję taniej, dlatego lepiej pisać do mnie bezpośrednio.",
    "Buiten Fiverr ben ik sneller bereikbaar, dus stuur me een bericht.",
    "Fuori da qui lavoro anche per privati, quindi scrivimi.",
    "Di luar Fiverr saya juga terima pesanan, jadi hubungi saya.",
    "Poza Fiverr też przyjmuję zlecenia, dlatego jestem dostępna.",
]

CLEAN = [
    "Fuori da qui insegno pianoforte ai bambini, per questo sono così\npaziente con le revisioni.",
    "Fuori da qui insegno pianoforte ai bambini, per questo sono così paziente con le revisioni.",
    "Buiten Fiverr geef ik pianoles aan kinderen, vandaar mijn geduld.",
    "Poza Fiverr uczę dzieci gry na pianinie, dlatego jestem cierpliwa przy poprawkach.",
    "Di luar Fiverr saya mengajar piano untuk anak-anak, jadi saya sabar dengan revisi.",
    "Fora daqui, dou aulas de violão para crianças, por isso tenho paciência com revisões.",
]

test_deals_away_stay_errors, test_own_pursuits_stay_clean = severity_tests(ERRORS, CLEAN)
