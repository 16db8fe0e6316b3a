"""Two pointer readings widened across languages: the seller's contact said to stand "at the
end of" a video or file ("Mein Kontakt steht am Ende des Videos", `detail_pointers`), and a
scan code of the seller's that puts the buyer through ("Scan the QR in my banner and we're
connected", `contact_verbs` read by invitations._scan_code). Not a price or the buyer's number
at the end of the work, nor a code that connects the buyer's customers to the buyer."""
from __future__ import annotations

from contact_support import severity_tests

ERRORS = [
    "Mein Kontakt steht am Ende des Videos.",
    "Meine Kontaktdaten stehen am Ende des Videos.",
    "Il mio contatto è alla fine del video di presentazione.",
    "Mi contacto está al final del video.",
    "Мои контакты находятся в конце видео.",
    "Scan the QR in my banner and we're connected.",
    "The QR code in the gallery image connects you to me directly.",
    "프로필 사진에 있는 QR 찍으시면 바로 연결돼요.",
    "Escanea el código QR de mi portada y te conecta conmigo.",
]

CLEAN = [
    "Der Preis ist am Ende des Videos zu sehen, Pakete unten.",
    "Ihre Telefonnummer steht am Ende des Flyers, gut lesbar.",
    "Mein Kontakt zu Kunden ist am wichtigsten.",
    "Your customers scan the QR on the flyer and it connects you directly to them.",
    "제가 만든 QR 코드는 고객님 메뉴판에 바로 연결돼요.",
    "I design QR codes for your menu; once ordered we're connected in the order chat.",
]

test_details_pointed_to_are_errors, test_the_works_details_stay_clean = severity_tests(ERRORS, CLEAN)
