"""Places a scan cannot read, pointed to for the seller's account or as the way to reach them:
an account's own name ("my handle", "mi usuario": `account_name_words`, never an identity
document as a bare "ID" may be) said to be in a place (identifier_pointers); the place said to
be the route itself ("the watermark is how you reach me": media_pointers.route_place); a card
said to be the seller's after it ("a business card from me"); the delivered archive ("the zip");
a portfolio's page; a name plus a domain's ending ("my name here + .com": the site's address
made by a rule); a code in the profile image with a contact verb where the pronoun is dropped."""
from __future__ import annotations

from contact_support import severity_tests, warning_tests

ERRORS = [
    "My handle is on the last slide of the portfolio.",
    "Mi usuario está en la última diapositiva.",
    "Mon pseudo est dans la dernière diapo.",
    "My username is in the watermark of every preview.",
    "All portfolio samples carry a watermark. If you'd like to chat before\nbuying, the watermark is also how you reach me directly.",
    "Check the document properties - the author field is where to write me for custom quotes.",
    "El pie del PDF es donde me escribes para precios directos.",
    "A business card from me is in every delivery.",
    "Eine Visitenkarte von mir liegt jeder Lieferung bei.",
    "My business card is in the zip.",
    "Mera number portfolio ke aakhri page par hai, wahan se seedha baat karein.",
    "For my full rate card, just type my name here + .com into your browser.",
    "プロフィール画像のQRコードから直接ご連絡いただけます。",
    "头像里的二维码可以直接联系我。",
    "Фотографам: правий клік на моїх зразках → Властивості → Докладно.\nУ полі «Коментар» — моя пошта.",
    "Моя пошта є у властивостях файлу.",
    "There's a business card in the delivery from me, use it to reach me directly.",
]

CLEAN = [
    "Your username will appear on the certificate.",
    "My ID card image is in the gallery.",
    "I add your handle to the last slide.",
    "The handle of the mug is in the photo.",
    "The video shows how I work; message me with questions.",
    "Watch the intro video to see how to message me here on the platform.",
    "The gallery shows how clients reach me through the site.",
    "The watermark shows where the logo goes; message me for changes.",
    "I design a business card for you and put it in the zip.",
    "I deliver all files in a zip.",
    "My portfolio shows my best work; message me with questions.",
    "Your portfolio will include your email and phone number.",
    "My name here + .png is the file name of the logo.",
    "Your shop name + .com will be your new domain.",
    "LINE公式アカウントのQRコードをプロフィール画像に入れます。ご連絡ください。",
    "Нова пошта доставить друковані візитки за 2 дні.",
    "У полі «Коментар» напишіть ваші побажання.",
    "The video shows how to use it, message me with questions.",
    "I put a QR code in the delivery; your clients use it to message you.",
    "Everything you need is in the delivery; use the revision button to message me here.",
]

test_pointed_accounts_and_routes_are_errors, test_places_as_the_work_stay_clean = severity_tests(ERRORS, CLEAN)

# A nickname made by a rule, no channel named: a hint, as before.
test_a_nickname_like_here_stays_a_hint = warning_tests(["Il mio nickname è lo stesso di qui."])

# A contact verb far from the place and the identifier, in a stand-in's profile line: the work.
test_a_profile_line_example_stays_clean = severity_tests(
    [], ['인스타그램 프로필 문구 예시: "@yourbrand 공식 계정 | DM 문의 환영"']
)[1]
