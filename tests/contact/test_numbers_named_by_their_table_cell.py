"""A number in a table cell is named by its column header and its row's first cell: under
"Tracking", beside "Артикул WB" or "Штрихкод" it is another kind of number, whichever way
the cell alone reads. A header or row label that names a phone or a channel keeps it a
phone; the cell-labels reading is tested directly on the table too."""
from __future__ import annotations

import pytest

from gigcheck.detectors.phone_guards import names_other_number
from gigcheck.detectors.phone_vocab import PhoneVocab
from gigcheck.policy.packs import load_pack
from tests.contact_support import severity_tests


@pytest.fixture(scope="module", name="pv")
def _phone_vocab() -> PhoneVocab:
    vocab = load_pack("fiverr")["vocab"]
    return PhoneVocab(vocab["phone"], vocab["numbers"], vocab["grammar"])

ERRORS = [
    "| Service | Contact |\n|---|---|\n| Support line | 415 867 5309 |",
    "| Order | WhatsApp |\n|---|---|\n| Rush | +44 7700 900123 |",
    "| Tracking | Phone |\n|---|---|\n| 1Z999 | 415 867 5309 |",
]

CLEAN = [
    "| Order | Carrier | Tracking |\n|---|---|---|\n| #10493 | DHL | 4158675309 |",
    "| Feld | Wert |\n|---|---|\n| Sendungsnummer | 4158675309 |\n| Gewicht | 1,2 kg |",
    "| Поле | Значение |\n|---|---|\n| Штрихкод | 4607012345678 |\n| Артикул WB | 148392017 |",
    "CNPJ de exemplo nos testes: 12.345.678/0001-95, CEP 01310-100.",
]

test_phones_in_tables_stay_errors, test_other_numbers_in_tables_stay_clean = severity_tests(ERRORS, CLEAN)


def test_labels_name_another_number_unless_a_phone_word(pv: PhoneVocab) -> None:
    assert names_other_number("Tracking #10493", pv)
    assert names_other_number("Значение Артикул WB", pv)
    assert not names_other_number("WhatsApp Rush", pv)
    assert not names_other_number("Value Notes", pv)
