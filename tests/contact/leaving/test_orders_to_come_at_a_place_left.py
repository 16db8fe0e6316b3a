"""The orders to come said of a place left ("Наступні замовлення можемо робити поза платформою",
"ลูกค้าประจำ … นอกแพลตฟอร์ม") or of the middleman skipped ("Khách quay lại thì mình làm thẳng với
nhau, khỏi qua trung gian"): dealt off the marketplace (direct_deals.direct_later, middleman),
an error. Times and places that are not the marketplace, and refusals, stay clean."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "Наступні замовлення можемо робити поза платформою, я дам знижку 15%.",
    "ลูกค้าประจำสามารถจ้างงานกับเรานอกแพลตฟอร์มได้ ราคาถูกกว่า ไม่มีค่าธรรมเนียม",
    "Khách quay lại thì mình làm thẳng với nhau, khỏi qua trung gian",
    "Next orders outside Fiverr get 10% off.",
]

CLEAN = [
    "Next time, I am also available outside office hours.",
    "Future orders outside the EU ship with a delay.",
    "Next orders: I do not work outside the platform.",
    "Для наступних замовлень: я не працюю поза платформою.",
    "Khách quay lại được giảm giá 10% ngay tại đây.",
    "Repeat orders get 10% off through a Fiverr custom offer.",
]

test_orders_to_come_at_a_place_left_are_errors, test_other_times_and_places_stay_clean = severity_tests(
    ERRORS, CLEAN
)
