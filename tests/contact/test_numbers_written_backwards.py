"""A phone number written backwards with a word that says so (detectors/phone_reversed.py):
its digits are read in the other order, in many languages; without the word, or when
the digits are a number as written, nothing is turned round."""
from __future__ import annotations

import pytest

from gigcheck.detectors.phone_reversed import find_reversed_phones
from gigcheck.detectors.phone_vocab import PhoneVocab
from gigcheck.policy.packs import load_pack
from tests.contact_support import severity_tests


@pytest.fixture(scope="module", name="pv")
def _phone_vocab() -> PhoneVocab:
    vocab = load_pack("fiverr")["vocab"]
    return PhoneVocab(vocab["phone"], vocab["numbers"], vocab["grammar"])


ERRORS = [
    "Prefere áudio? Meu número, lido de trás pra frente: 6304 2158 55 179+",
    "我的电话倒着读：8765 4321 831",
    "Nomor WA saya dibalik: 9876 5432 118 0",
    "Meine Nummer rückwärts gelesen: 9876 5432 151 0",
    "Read it backwards, that's my WhatsApp: 9876 5432 118 0",
    "WA (read it right-to-left): 3210 555 514 1+",
]
CLEAN = [
    "I do reverse image search for 2023 campaigns, 150 images.",
    "Reverse engineering of firmware 4.5.1, 1200 lines.",
    "Le logo inversé coûte 25 €, livraison en 3 jours.",
    "Ich drehe die Reihenfolge um: Folie 12 zuerst, dann 11, 10 und 9.",
    "Reversed countdown 5 4 3 2 1 for the intro, 1080p at 60 fps.",
]

test_backwards_numbers_are_errors, test_honest_reversals_stay_clean = severity_tests(ERRORS, CLEAN)


def test_the_number_is_read_the_other_way_round(pv: PhoneVocab) -> None:
    text = "Meu número, lido de trás pra frente: 6304 2158 55 179+"
    [m] = find_reversed_phones(text, pv)
    assert m.value == "+971558512" + "4036"
    assert text[m.start:m.end] == "6304 2158 55 179+"


def test_no_word_no_reversal(pv: PhoneVocab) -> None:
    assert find_reversed_phones("Meu código: 6304 2158 55 179+", pv) == []


def test_a_number_as_written_is_not_turned_round(pv: PhoneVocab) -> None:
    # forwards it is a number already: the phone scan reports it as written
    assert find_reversed_phones("Reversed video for +1 415 555 0132 clients", pv) == []
