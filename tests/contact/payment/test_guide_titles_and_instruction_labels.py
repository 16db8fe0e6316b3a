"""Issue 12: a guide's title about paying by a service is a topic ("Hướng dẫn thanh toán qua Momo");
a pay verb and a colon after the topic word make a label of the seller's instructions instead
("Hướng dẫn thanh toán: …", "How to pay: PayPal or Wise"), an offer (payment_topics._instructions_label).
"""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "Hướng dẫn thanh toán: chuyển khoản qua Momo",
    "How to pay: PayPal or Wise.",
]

CLEAN = [
    "Hướng dẫn thanh toán qua Momo",
    "Bài hướng dẫn thanh toán qua Momo cho người mới",
    "Guía para pagar con Nequi paso a paso",
]

test_instruction_labels_are_errors, test_guide_titles_stay_clean = severity_tests(ERRORS, CLEAN)
