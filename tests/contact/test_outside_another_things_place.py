"""An off-platform phrase whose place modifies another thing's noun ("outside the site templates",
"fuera de las plantillas del sitio") is no leaving, whichever reading meets it: the phrase's own,
a contact or talk verb's, or the carry-on request (invitations._not_the_market)."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "We can talk outside the site if you want a better price",
    "We can work outside the site if you want a better price",
    "Podemos hablar fuera de la plataforma si quieres",
    "Wir können außerhalb der Plattform arbeiten, wenn du willst",
]

CLEAN = [
    "We can work outside the site templates if you want a custom look",
    "I can work outside the platform templates for a fully custom design",
    "Podemos trabajar fuera de las plantillas del sitio si quieres algo único",
    "On peut travailler en dehors des modèles du site si tu veux un look unique",
    "We can work outside business hours if you need",
]

test_leaving_the_site_is_an_error, test_outside_a_template_stays_clean = severity_tests(ERRORS, CLEAN)
