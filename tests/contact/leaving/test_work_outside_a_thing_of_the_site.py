""""Outside the site" as the modifier of a thing of the work ("work outside the site templates",
"outside the platform templates"): outside a template, not the marketplace, for the verb's
reading and the general request's alike (leave_shared.place_qualified). The site itself left
stays an error."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "We can work outside the site if you want a lower price.",
    "We can talk outside the site.",
    "Let's continue outside the platform.",
]

CLEAN = [
    "We can work outside the site templates if you want a custom look.",
    "We can work outside the platform templates for a custom design.",
    "Podemos trabajar fuera de las plantillas del sitio si quieres un look propio.",
]

test_the_site_left_is_an_error, test_outside_a_template_stays_clean = severity_tests(ERRORS, CLEAN)
