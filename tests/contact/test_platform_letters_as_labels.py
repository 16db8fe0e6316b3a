"""A platform's one-letter or short native name used as a label before an identifier:
Telegram's Persian "تل" ("آیدی تل: @sara"), as "X: @mira" names X. A capitalised word before the letter numbers an item ("Section V:
pricing_tiers", "Part X: the_end"), and a version or a plain phrase after it is no user name."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "آیدی تل: @sara_logo — سوالی بود در خدمتم",
    "Follow me on X: @mira_designs",
]

CLEAN = [
    "V: 2.0",
    "Section X: pricing_tiers",
    "Part X: the_end",
    "تل: سه روز",
    "Tel: (the buyer's)",
]

test_platform_letters_label_identifiers, test_item_numbers_and_versions_stay_clean = severity_tests(ERRORS, CLEAN)
