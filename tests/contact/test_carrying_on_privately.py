"""The dealing carried on privately after starting on the marketplace ("Let's start here and
continue privately", "Wir starten hier und machen dann privat weiter"): "here" is the place
left, not the way, and a verb of carrying on right before the word of privacy makes it a
request to leave (invitations._carried_on_privately, leave_requests._market_is_the_way).
Discretion about the work and the talk carried on here stay clean."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "Let's start here and continue privately once we trust each other.",
    "We'll do the first order here and carry on privately after that.",
    "Empezamos aquí y luego seguimos en privado.",
    "On commence ici, puis on continue en privé.",
    "Iniziamo qui e poi proseguiamo in privato.",
    "Wir starten hier und machen dann privat weiter.",
]

CLEAN = [
    "We continue to keep your files private and secure.",
    "We can work privately on your NDA documents.",
    "We start here on Fiverr and continue here until delivery.",
    "Let's talk here and continue on the Fiverr order page.",
    "Wir starten hier mit dem Entwurf und machen nach Ihrem Feedback weiter.",
    "Empezamos aquí con el boceto y seguimos con los colores.",
    "I keep all client files private, and we continue the revisions here.",
]

test_carrying_on_privately_is_an_error, test_discretion_and_work_here_stay_clean = severity_tests(ERRORS, CLEAN)
