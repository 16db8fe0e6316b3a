"""A channel named by an ordinary word ("Signal", "Line", "X"), written as a name, with an
account-shaped "@name" right after it; an account-shaped name after a label and right before
the platform ("Contact : jeanborel91 sur Skype"): errors, masked. Counts and mentions next to
a channel stay clean.
"""
from __future__ import annotations

import pytest
from contact_support import masked, reported, worst

NAMED_ACCOUNTS = [
    ("Emergency contact (post-purchase only): Signal @ryo.42", "ryo.42"),
    ("Signal @ryo_42", "ryo_42"),
    ("Line @mia_draws", "mia_draws"),
    ("Сигнал @ryo_42", "ryo_42"),
    ("X @mia_draws", "mia_draws"),
    ("Notfallkontakt: Signal @lena.k7", "lena.k7"),
    ("Contact rapide : j-e-a-n-b-o-r-e-l-9-1 sur Skype", "9-1"),
    ("Contact: jeanborel91 on Skype", "jeanborel91"),
    ("Kontakt: lena_k7 auf Telegram", "lena_k7"),
    ("Contatto: marco.art su Instagram", "marco.art"),
    ("Contacto: @vale.ilustra en Instagram", "vale.ilustra"),
]


@pytest.mark.parametrize("text,ident", NAMED_ACCOUNTS)
def test_account_shaped_names_next_to_a_channel_are_errors(lint, text, ident):
    assert worst(lint, text) == "error", reported(lint, text)
    assert ident not in masked(lint, text)


NAMED_HONEST = [
    "wanna meet @bob",
    "meet @bob_smith at the studio",
    "Great signal @home_office",
    "Signal processing @ 44.1 kHz",
    "Standing in line @ 9am",
    "Reach: 10k on Instagram",
    "Result: 3x growth on Instagram",
    "Goal: 10k followers on Instagram",
    "Stack: node18 on Telegram bots",
    "Focus: reels on Instagram",
]


@pytest.mark.parametrize("text", NAMED_HONEST)
def test_counts_and_mentions_next_to_a_channel_stay_clean(lint, text):
    assert worst(lint, text) == "clean", reported(lint, text)
