"""The seller's possessive glued on a detail noun (Persian "-م", "‌ام"; Turkish "-(ı)m"), made from
the pack's nouns by their script's rule (glued_possessives.py), and the Hebrew number with its
possessive as a word of its own ("המספר שלי"; bare "מספר" is also "several"): a detail said to
be in a place is an error. Not the buyer's ("ایمیلت", "adın"), not the Arabic adjective
("التسويق الرقمي": "digital"), not "several" in Hebrew."""
from __future__ import annotations

from contact_support import severity_tests

from gigcheck.detectors.glued_possessives import glued_forms

ERRORS = [
    "ایمیلم توی بنر هست",
    "ایمیلم در عکس پروفایل است",
    "یوزرنیمم توی بنر هست",
    "نام کاربری‌ام روی عکس پروفایل نوشته شده",
    "Kullanıcı adım profil fotoğrafında yazıyor.",
    "Mailim profil fotoğrafında yazıyor.",
    "המספר שלי מופיע בתמונת הפרופיל, תשלחו וואטסאפ.",
    "המספר שלי מופיע בבאנר",
    "رقمي موجود في آخر صفحة من ملف الـPDF المرفق، تواصل معي عليه.",
    "作品集PDFの最後のページに連絡先を載せています。",
]

CLEAN = [
    "ایمیلت را در فرم بنویس",
    "Kullanıcı adın profil fotoğrafında yazıyor.",
    "יש מספר דוגמאות בבאנר",
    "מספר לקוחות מופיעים בתמונת הפרופיל",
    "التسويق الرقمي موجود في آخر صفحة من الملف المرفق",
    "連絡先を載せています。",
    "最後のページに料金表を載せています。",
    "I have posted my contact details.",
]

test_glued_details_in_a_place_are_errors, test_others_details_and_lookalikes_stay_clean = severity_tests(ERRORS, CLEAN)


def test_each_script_glues_its_own_suffixes() -> None:
    suffixes = ["م", "\u200cام", "m", "im", "ım"]
    forms = set(glued_forms(["ایمیل", "شماره", "numara", "mail", "id", "почта"], suffixes))
    assert {"ایمیلم", "شماره\u200cام", "numaram", "mailim", "mailım"} <= forms
    # "شمارهم": no bare "م" after a final "ه"; "numaraim": a vowel-led suffix follows a consonant only;
    # "idim": too short a noun ("I was"); Cyrillic takes no Latin suffix
    assert not forms & {"شمارهم", "numaraim", "mailm", "idim", "почтаm", "ایمیلm", "mailم"}
