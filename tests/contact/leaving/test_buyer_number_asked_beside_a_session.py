"""Issue 12: the buyer's number asked for in a sentence that names a session ("Die Coaching-Session
machen wir per WhatsApp-Videoanruf, schickt mir vorher eure Nummer"): the session's own word
("coaching") is what is held, not a place of the work the number is put in, so the request stays a
request (invitations._share_or_ask), as is a word of its name ("video call", "chamada de vídeo"). A
place of the work still makes it the work, a noun right after a session's word too ("coaching certificate").
"""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "Die Coaching-Session machen wir per WhatsApp-Videoanruf, schickt mir vorher eure Nummer.",
    "La sesión de coaching la hacemos por videollamada de WhatsApp, mándame antes tu número.",
    "For the coaching session, send me your number and I'll call you on WhatsApp.",
    "A mentoria é por chamada de vídeo no WhatsApp, me passa o teu número antes.",
]

CLEAN = [
    "For the business card, send me your number and the address.",
    "Send me your number for the coaching certificate design.",
    "Coaching sessions run on Fiverr's video call; send me your preferred time in the order chat.",
]

test_number_asked_beside_a_session_is_an_error, test_number_for_the_work_stays_clean = severity_tests(ERRORS, CLEAN)
