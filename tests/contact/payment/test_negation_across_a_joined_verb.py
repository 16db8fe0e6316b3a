"""A negation covers a verb joined to the one it negates by "or", further than its own reach
("Please don't ask me to work outside the site or pay me directly"), but not across a comma after
the joining word ("no rush jobs on weekends or holidays, pay me directly": a list of nouns, then
a clause of its own). payment_refusals._negated_in_clause with sentence_channels.joined_verbs."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "I never do rush jobs for new clients on weekends or holidays, pay me directly for those.",
    "I don't take calls; pay me directly and we're good.",
    "I don't like long email threads with attachments, so just pay me directly via PayPal.",
]

CLEAN = [
    "Please don't ask me to work outside the site or pay me directly",
    "Please don't ask me to work outside the site or pay me directly.",
    "Do not ask me to share my number or to pay me directly outside the order.",
]

test_a_clause_of_its_own_stays_an_error, test_a_joined_verb_is_negated_too = severity_tests(ERRORS, CLEAN)
