"""How to reach the seller said (not asked) beside a place off the marketplace ("Te explico cómo
contactarme fuera de la plataforma", "Sipariş sistemi dışında bana nasıl ulaşacağınızı
paylaşıyorum"): the way to a private line promised, an error with no channel named
(away_hints._how_reached_away). Found elsewhere with nothing promised stays a hint; the
marketplace as the way, a refusal and a time outside stay clean."""
from __future__ import annotations

from contact_support import severity_tests, warning_tests

ERRORS = [
    "Sipariş sistemi dışında bana nasıl ulaşacağınızı paylaşıyorum, hiç beklemezsiniz.",
    "Te explico cómo contactarme fuera de la plataforma.",
    "Je vous dirai comment me joindre hors de la plateforme.",
    "After delivery I will tell you how to reach me outside the platform.",
]

CLEAN = [
    "Te explico cómo contactarme, aquí en Fiverr.",
    "I never tell buyers how to reach me outside the platform.",
    "Here is how to contact me: message me on Fiverr, I answer outside office hours too.",
]

test_how_to_reach_the_seller_outside_is_an_error, test_the_marketplace_as_the_way_stays_clean = severity_tests(
    ERRORS, CLEAN
)
test_found_elsewhere_stays_a_hint = warning_tests(["You can find me elsewhere too."])
