"""A bare detail with a phrase of the buyer finding it right after (`finding_pointers`:
"Numer znajdziesz w metadanych", "Die Nummer findest du im Video"): the seller's own detail in
the place (media_pointers._found_by_buyer); and a phrase of where a detail is as the tie between
a detail and a media place ("ช่องทางติดต่อทั้งหมดอยู่ในเฟรมสุดท้าย…"). Not the buyer's number, an
order number, prices or samples found in a place."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "Numer znajdziesz w metadanych zdjęć z portfolio.",
    "Die Nummer findest du im Video am Ende.",
    "Номер найдёте в описании видео.",
    "ข้อมูลติดต่อทั้งหมดอยู่ในเฟรมสุดท้ายของวิดีโอแนะนำงาน",
]

CLEAN = [
    "Przykłady znajdziesz w galerii.",
    "Twój numer znajdziesz w ustawieniach konta.",
    "Numer zamówienia znajdziesz w e-mailu.",
    "Die Preise findest du im Video.",
    "รายละเอียดแพ็กเกจอยู่ในวิดีโอ",
]

test_details_found_in_media_are_errors, test_other_things_found_stay_clean = severity_tests(ERRORS, CLEAN)
