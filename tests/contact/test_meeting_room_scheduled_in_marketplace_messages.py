"""A meeting room after the order, its time agreed in the marketplace's own messages named
before the message word ("Fiverrのメッセージで日程を調整し、Zoomで打ち合わせ"), is the session's
room: no error. A messenger in the same place stays an error."""
from __future__ import annotations

from tests.contact_support import severity_tests, worst

ERRORS = [
    "ご注文後、Fiverrのメッセージで日程を調整し、LINEで30分の打ち合わせを行います。",
    "ご購入前に、Zoomでメッセージください。",
]

CLEAN = [
    "ご注文後、Fiverrのメッセージで日程を調整し、Zoomで30分の打ち合わせを行います。",
    "ご注文後、Fiverrのメッセージで日程を調整して、Zoomで30分の打ち合わせを行います。",
    "After you order, we pick a time in Fiverr messages and meet on Zoom for 30 minutes.",
]

test_messengers_stay_errors, test_meeting_rooms_after_the_order_stay_clean = severity_tests(ERRORS, CLEAN)


def test_the_english_twin_is_clean(lint):
    assert worst(lint, "Después del pedido acordamos la hora por mensajes de Fiverr y hacemos una llamada de Zoom.") == "clean"
