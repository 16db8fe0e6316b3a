"""A sentence cut over headings one a line ("## Me contacter⏎## en dehors⏎##
du site : 06 84 21⏎## 37 55") is read as one, as a sentence cut over list items is
(document/items.phrase_items): each heading after the first goes on the sentence when it
starts in lower case and the one before does not end one. Headings that are names of their
own ("## Logo design⏎## Branding") and the marketplace named as the way stay clean.
"""
from __future__ import annotations

from contact_support import severity_tests

CUT_OVER_HEADINGS = [
    "## Me contacter\n## en dehors\n## du site : 06 84 21\n## 37 55",
    "## Services\n## Pay me\n## directly via\n## PayPal",
    "## Text me\n## on telegram\n## @mira_art",
    "### Escríbeme\n### por whatsapp\n### al 612 445 566",
    "## Schreib mir\n## auf telegram:\n## @lena_design",
]

HEADINGS_OF_THEIR_OWN = [
    "## Logo design\n## Branding\n## Social media kits",
    "## What you get\n## source files\n## and 3 revisions",
    "### Message me\n### here on fiverr\n### before ordering",
    "## Pricing\n## from $20\n## per 500 words",
]

test_a_sentence_cut_over_headings_is_read_whole, test_headings_of_their_own_stay_clean = severity_tests(
    CUT_OVER_HEADINGS, HEADINGS_OF_THEIR_OWN
)
