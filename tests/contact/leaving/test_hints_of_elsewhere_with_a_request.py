"""A hint of being found elsewhere whose sentence also asks the buyer to carry on there or
promises it (a verb of contact said to the buyer, "we" with a verb of talking on, the orders
to come with the two of them) is a request to leave: an error with no channel named
(leave_shared.asks_or_promises, issue 12's severity). The hint alone, "ask me where", other
ways to work and the seller's presence stay warnings."""
from __future__ import annotations

from contact_support import severity_tests, warning_tests

ERRORS = [
    "Most of my best clients ended up working with me outside of here, and I'm open to doing the same "
    "with you after the first order.",
    "Ich bin auch woanders zu finden, dort können wir weitermachen.",
    "Puedes encontrarme en otros sitios también, escríbeme allí.",
    "Je suis aussi ailleurs, écris-moi là-bas.",
    "Sono anche altrove, parliamone lì.",
]

CLEAN = [
    "You'll find my older reviews elsewhere, we talked about this before.",
]

WARNINGS = [
    "You can find me elsewhere too, under the same name.",
    "I'm also on other platforms.",
    "You can reach me elsewhere too.",
    "I'm more active somewhere else, just ask me where.",
    "Ask me about other ways we can work together.",
    "Después del primer pedido podemos ver otras formas de trabajar 😉",
    "- Mi trovi anche altrove, cercami! 😉",
    "También estoy en otras partes, si te interesa pregúntame.",
]

test_requests_there_are_errors, test_the_past_stays_clean = severity_tests(ERRORS, CLEAN)
test_hints_alone_stay_warnings = warning_tests(WARNINGS)
