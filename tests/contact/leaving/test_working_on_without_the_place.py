""""Without" the place as a word of leaving it ("we can keep working together without the
site", "sin la plataforma", "ohne die Plattform", "tanpa platform"): with "we" and the dealing
carried on, a request to leave (an error). The work built or run without a platform's part
stays clean."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "If you want, we can keep working together without the site.",
    "We can keep working together without the platform after the first order.",
    "Podemos seguir trabajando juntos sin la plataforma.",
    "Podemos continuar trabalhando sem a plataforma.",
    "On peut continuer à travailler ensemble sans la plateforme.",
    "Możemy dalej współpracować bez platformy.",
]

CLEAN = [
    "I build online stores without the platform fees of Shopify.",
    "I can build you a website without the platform lock-in.",
    "My app works without the site being online.",
    "We can keep working together even without the site's chat feature, using the order page.",
    "Your shop will run without the platform's branding.",
]

test_working_on_without_the_place_is_an_error, test_the_work_without_a_platform_stays_clean = severity_tests(
    ERRORS, CLEAN
)
