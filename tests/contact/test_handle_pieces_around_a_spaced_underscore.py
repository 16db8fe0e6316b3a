"""A user name cut into inline pieces around its "_" ("тг `@` `dasha` `_` `retouch`",
"*lena* _ *cuts*") is read glued (text/spaced_underscore.py): an error after a channel.
An "_" in a row of blanks to fill, or between words that name no contact, stays clean."""
from __future__ import annotations

from contact_support import severity_tests

from gigcheck.text.spaced_underscore import join_spaced_underscores, spaced_underscore

ERRORS = [
    "Ретушь портретов, 10 фото — 2 дня.\nтг `@` `dasha` `_` `retouch`",
    "Quick questions? Telegram: *@* *liam* *_* *cuts*",
    "Ретушь.\nтг: dasha _ retouch",
    "Telegram: `@` `emre` `_` `tasarim`",
]

CLEAN = [
    "Fill in the form: name _ surname _ city",
    "Заполните: имя _ _ _ фамилия",
    "Paketler: temel _ standart _ premium",
    "I use snake case like user _ id in Python.",
]

test_pieces_are_errors, test_other_underscores_stay_clean = severity_tests(ERRORS, CLEAN)


def test_only_a_lone_underscore_between_words_is_glued():
    n = join_spaced_underscores("@ dasha _ retouch, _ _ _ and a_b")
    assert n.text == "@ dasha_retouch, _ _ _ and a_b"
    a, b = n.span(n.text.index("dasha"), n.text.index(","))
    assert (a, b) == (2, 17)
    assert not spaced_underscore("___ and a_b") and spaced_underscore("x _ y")
