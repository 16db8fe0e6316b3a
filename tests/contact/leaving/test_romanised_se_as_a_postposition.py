"""The romanised Hindi "se" ("यहाँ से सस्ता": "cheaper than here") sets its object before it, as
"से" does (`than_before_words`); never after it, where French "tout se passe ici" would read as
"than here" (market_compared._patterns)."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "Directly mujhse lena yahan se sasta hai.",
    "Yahan se sasta padega agar aap directly order karo.",
]

CLEAN = [
    "Par e-mail c'est plus rapide, tout se passe ici sinon.",
    "Je réponds plus vite par e-mail, tout se passe ici de toute façon.",
    "Tout se passe ici, c'est plus sûr.",
]

test_hindi_se_after_its_object_is_read, test_french_se_is_no_than = severity_tests(ERRORS, CLEAN)
