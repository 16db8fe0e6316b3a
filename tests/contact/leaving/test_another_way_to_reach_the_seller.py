"""Another or a better way of reaching the seller, right beside the contact verb ("reach me
another way", "easier ways to reach me than this inbox", "otras formas de contactarme"): a
way off the marketplace hinted at, none named (a warning). A way of doing the work, a topic
after the verb, the marketplace named as the way, refusals and the buyer's customers stay clean.
"""
from __future__ import annotations

from contact_support import severity_tests, warning_tests

HINTS = [
    "Some of my long-term clients prefer to reach me another way. Just ask.",
    "There are easier ways to reach me than this inbox - just ask in your first message.",
    "Hay otras formas de contactarme, pregúntame.",
]

HONEST = [
    "Tell me if you'd like the logo done another way.",
    "Contact me here on Fiverr; there is no other way to reach me.",
    "I'll find another way to fix the bug, contact me with the details.",
    "Message me about other ways to structure the project.",
    "The easiest way to reach me is the Fiverr inbox.",
    "Contact me to discuss other ways your brand can reach customers.",
    "Your customers get other ways to get in touch on your site.",
    "I add a contact form so visitors have easier ways to reach you.",
    "I add other ways to get in touch to your website footer",
]

test_another_way_to_reach_the_seller_is_a_hint = warning_tests(HINTS)
_, test_other_ways_of_the_work_stay_clean = severity_tests([], HONEST)
