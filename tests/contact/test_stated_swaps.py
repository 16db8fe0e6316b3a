"""Disguises with a stated swap (detectors/email_swaps.py): the seller writes a stand-in
for "@" or "." and says which ("swap the 🌸 for the at-sign", "where you see (a) put
@", "remplacez le ♥ par @", "(🌸 = @)", "use @ instead of the ~"); the stand-in is read
as the symbol near its declaration, and only an address it completes is reported, at
the characters the seller wrote. A swap that completes no address stays clean."""
from __future__ import annotations

import pytest

from gigcheck.detectors.email_swaps import read_swaps
from gigcheck.detectors.email_vocab import EmailVocab
from gigcheck.engine.api import lint_text
from gigcheck.policy.packs import load_pack
from gigcheck.text.fold import fold
from tests.contact_support import severity_tests


@pytest.fixture(scope="module", name="ev")
def _email_vocab() -> EmailVocab:
    vocab = load_pack("fiverr")["vocab"]
    return EmailVocab(vocab["email"], vocab["grammar"])


ERRORS = [
    "Write to me: swap the 🌸 for the at-sign: lena🌸mailbox dot org",
    "Where you see (a), put @: marko.design(a)gmail dot com",
    "Remplacez le ♥ par @ : lena.dupont♥gmail point com",
    "Escríbeme a carlosXhotmail punto com (reemplaza la X por @).",
    "Schreib an jonas.k🌸gmx punkt de (🌸 = @)",
    "Scrivimi: giulia*libero.it (sostituisci l'asterisco con @)",
    "mail: priya_studio_yahoo_com - change the underscores to @ and .",
    "Пишите: ivan☆yandex.ru, замените ☆ на @",
    "Napisz: kasia%wp.pl (zamień % na @)",
    "tom.rivers~proton.me, use @ instead of the ~",
]
CLEAN = [
    "I will replace the old logo with a dot pattern and swap colours for the brand palette.",
    "Replace the @ with (at) in your website footer to reduce spam: I set that up for your shop.",
    "I fix Excel formulas: replace * with x and = with the SUM function.",
    "Cambia la X por tu logo en la plantilla, es fácil.",
    "🌸 = flower package, 🌿 = plant package",
    "Where you see (a) in the contract, it means the first clause; see section 2.",
    "Remplacez le ★ par votre logo dans le modèle, je m'occupe du reste.",
    "Use @ instead of # to mention your team in Slack; I write the onboarding guide.",
]

test_stated_swaps_are_errors, test_swaps_completing_no_address_stay_clean = severity_tests(ERRORS, CLEAN)


def test_the_finding_is_the_written_address() -> None:
    found = [f for f in lint_text("# Help\n\nWhere you see (a), put @: marko.design(a)gmail dot com\n") if f.rule == "GC201"]
    assert [f.excerpt for f in found] == ["marko.design(a)gmail dot com"]


def test_the_stand_in_is_rewritten_but_not_the_declaration(ev: EmailVocab) -> None:
    swapped = read_swaps(fold("lena🌸gmx.de (🌸 = @)"), ev.swaps)
    assert swapped is not None
    assert swapped.text == "lena@gmx.de (🌸 = @)"


def test_a_stand_in_for_both_symbols_is_the_at_first_then_dots(ev: EmailVocab) -> None:
    swapped = read_swaps(fold("priya_studio_yahoo_com, change the underscores to @ and ."), ev.swaps)
    assert swapped is not None
    assert swapped.text.startswith("priya@studio.yahoo.com")


def test_a_word_is_no_stand_in(ev: EmailVocab) -> None:
    assert read_swaps(fold("replace the logo with a dot: ana logo gmail.com"), ev.swaps) is None
    assert read_swaps(fold("nothing declared here: lena🌸gmx.de"), ev.swaps) is None
