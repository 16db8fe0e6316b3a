"""A promise to give the seller's detail, the verb last in Devanagari Hindi ("मैं अपना नंबर दे दूंगा"),
as its romanized form ("de dunga") already was: an error. Not the work given ("सोर्स कोड दूंगा"), the
buyer's number put on their site, or a refusal ("नहीं दूंगा")."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "पहले ऑर्डर के बाद मैं अपना पर्सनल नंबर दे दूंगा, आगे का काम सीधे करेंगे।",
    "पहले ऑर्डर के बाद मैं अपना नंबर दे दूंगा।",
    "मैं अपना व्हाट्सएप नंबर दे दूंगा।",
    "ऑर्डर के बाद मैं आपको अपनी ईमेल भेज दूंगा।",
]

CLEAN = [
    "मैं आपको पूरा सोर्स कोड दूंगा।",
    "मैं आपके व्हाट्सएप नंबर के लिए बटन बना दूंगा।",
    "मैं आपका व्हाट्सएप नंबर वेबसाइट पर जोड़ दूंगा।",
    "मैं अपना नंबर नहीं दूंगा, सारी बात यहीं होगी।",
    "मैं आपकी प्रोफ़ाइल फोटो में आपका नंबर जोड़ दूँगा।",
]

test_promised_details_are_errors, test_work_and_refusals_stay_clean = severity_tests(ERRORS, CLEAN)
