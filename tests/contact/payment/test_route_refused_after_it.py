"""Issue 12: a route refused after it: a bare negation closing its clause ("UPI नहीं", "Pix não"), a ban
in Polish ("jest zabroniona"), Urdu ("قبول نہیں کرتا"), a Swahili verb negated by its prefix
("Silipokei"). Their positive twins stay errors.
"""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "UPI से पेमेंट करें, Fiverr नहीं",
    "Płatność poza platformą jest możliwa.",
    "Ninapokea malipo kwa M-Pesa nje ya Fiverr.",
]

CLEAN = [
    "Fiverr पर पेमेंट करें, UPI नहीं",
    "Pagamento pelo Fiverr, Pix não.",
    "Płatność poza platformą jest zabroniona.",
    "میں Fiverr کے باہر JazzCash یا Easypaisa سے ادائیگی قبول نہیں کرتا۔",
    "Silipokei malipo kwa M-Pesa nje ya Fiverr; tafadhali agiza hapa.",
]

test_route_taken_is_an_error, test_route_refused_after_it_stays_clean = severity_tests(ERRORS, CLEAN)
