"""Paying through a mobile-money rail in Swahili ("kulipia kupitia M-Pesa") and in Urdu
script (JazzCash and Easypaisa written "جاز کیش", "ایزی پیسہ"): an offer to be paid there
(payment-off-platform, error). Integrating the rail into the buyer's site, and refusing
it, stay clean."""
from __future__ import annotations

from tests.contact_support import severity_tests

ERRORS = [
    "Unaweza kulipia kupitia M-Pesa, Till Namba 512347.",
    "M-Pesa: nilipe kabla ya kuanza, punguzo 10%.",
    "جاز کیش یا ایزی پیسہ پر ایڈوانس بھیج دیں، کام آج ہی شروع۔",
    "ادائیگی جاز کیش یا ایزی پیسہ پر بھی ہو سکتی ہے، دس فیصد رعایت کے ساتھ۔",
]
CLEAN = [
    "Nitatengeneza mfumo wa kulipia kupitia M-Pesa kwenye tovuti yako.",
    "Nitaunganisha kulipia kwa M-Pesa kwenye duka lako la mtandaoni.",
    "میں آپ کی ویب سائٹ پر جاز کیش اور ایزی پیسہ ادائیگی لگا دوں گا۔",
    "ادائیگی صرف Fiverr کے ذریعے ہوگی، جاز کیش یا ایزی پیسہ نہیں۔",
    "میں جاز کیش ایپ کے لیے UI ڈیزائن کرتا ہوں۔",
]

test_mobile_money_offers_are_errors, test_integrations_and_refusals_stay_clean = severity_tests(ERRORS, CLEAN)
