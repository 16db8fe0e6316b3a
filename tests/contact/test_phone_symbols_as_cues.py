"""A phone symbol before a number or between its groups ("nine 📞 one 📞 seven …",
"☎ 0917 ⭐ 555 ⭐ 0142") names it as "Call" does (phones._symbol_cued, `cue_symbols`),
so the number goes on over emoji between its groups; figures after one that make no
number ("📱 App design: 3 screens ⭐ 5 revisions") stay figures."""
from __future__ import annotations

from tests.contact_support import severity_tests

ERRORS = [
    "nine 📞 one 📞 seven 📞 five 📞 five 📞 five 📞 zero 📞 one 📞 four 📞 two",
    "☎ 0917 ⭐ 555 ⭐ 0142",
    "📱 seis uno dos ✨ tres cuatro cinco ✨ seis siete ocho",
    "☎️ null eins sieben eins ➖ zwei drei vier ➖ fünf sechs sieben acht",
]
CLEAN = [
    "Rated 5 ⭐ 4 ⭐ 5 ⭐ by 120 clients",
    "📱 App design: 3 screens ⭐ 5 revisions ⭐ 2 days",
    "📱 iPhone 13 ⭐ 14 ⭐ 15 cases",
    "📞 Support-Zeiten: 9 ➖ 17 Uhr, Mo ➖ Fr, über den Plattform-Chat",
]

test_numbers_cued_by_a_phone_symbol_are_errors, test_figures_after_a_phone_symbol_stay_clean = severity_tests(
    ERRORS, CLEAN
)
