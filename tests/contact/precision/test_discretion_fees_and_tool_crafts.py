"""Sentences that only sound like leaving: the buyer's data handled privately (a verb of
handling settles the data, not a deal: invitations._discreet_work), also right after "before
you order" (own_site.booked_on_own_site's `discreet`); a craft named by a channel's tool ("phone photography", `subject_cues`).
Each beside the request it must not hide."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "We can handle the payment privately",
    "We handle your order privately, outside Fiverr",
    "Before you order, let's handle the deal privately",
    "Order from me without the platform fee.",
    "Work with me without the platform fees",
    "Our prices without the platform fee are lower, so let's work directly",
    "Cheaper prices without the platform fee.",
    "Next projects without the platform fee.",
    "Ask me for my phone number.",
    "Call me on my phone for samples of my photography.",
]

CLEAN = [
    "We handle your data privately under NDA",
    "Before you order, know that I handle your files privately",
    "Tratamos tus datos en privado bajo NDA",
    "Ask me for samples of my phone photography.",
    "Ask me for samples of my email newsletters.",
]

test_requests_to_deal_privately_stay_errors, test_discretion_fees_and_crafts_stay_clean = severity_tests(ERRORS, CLEAN)
