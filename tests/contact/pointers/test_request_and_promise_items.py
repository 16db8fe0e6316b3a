"""A request for the buyer's profile and the promise to write there, each a
short list item ("- Send me your Instagram⏎- I will write you there"). Two short items one
right under the other in one list, the second starting its own sentence, are read as two
sentences of one run (document/items.phrase_items joins them with ". "), so the promise
answers the request as it does in prose. A list of names stays a list; the work promised
after the request keeps it the work.
"""
from __future__ import annotations

from contact_support import severity_tests

ITEMS = [
    "- Send me your Instagram\n- I will write you there",
    "- Send me your Instagram\n- I will message you there",
    "- Drop your Instagram\n- I'll DM you there",
    "- Mándame tu Instagram\n- Te escribo por ahí",
    "Send me your Instagram. I'll write you there.",
    "Send me your Instagram, I will write you there.",
]

WORK = [
    "- Logo\n- Banner\n- Flyer",
    "- Send me your Instagram\n- I will design 3 posts",
    "Send me your Instagram. I'll write you the captions.",
    "Send me your Instagram. I will write you a content plan.",
    "Send me your Instagram; I'll write you a report on Fiverr.",
]

test_request_then_promise_over_items_is_an_error, test_work_over_items_stays_clean = severity_tests(ITEMS, WORK)
