"""Another place the work moves to, and other means of contact.

* A place said by how it compares ("somewhere more convenient", "un lugar más cómodo") or
  "another place" in ko, zh, ja, with carrying the work on ("이어서 해요", "继续合作"): a
  request to leave (an error).
* Other means of contact, a word of "other" with a noun of contact means, every pair of the
  two lists (`other_means_before` × `contact_means`, `contact_means_before_other` ×
  `other_means_after`): a hint (a warning). The buyer's possessive right after it ("for your
  store") makes them what the work sets up.
"""
from __future__ import annotations

from contact_support import severity_tests, warning_tests

ANOTHER_PLACE = [
    "Once the first draft is approved, we'll move the rest of the project\nsomewhere more convenient for both of us.",
    "We can continue somewhere more convenient.",
    "After the first order let's continue somewhere better.",
    "Después seguimos en un lugar más cómodo para los dos.",
    "第一单完成后我们换个地方继续合作，这里限制太多。",
    "我们去别的地方继续合作吧。",
    "첫 작업 끝나면 다른 곳에서 편하게 이어서 해요.",
    "다음 작업은 다른 데서 이어서 진행해요.",
]

ANOTHER_PLACE_HONEST = [
    "Let's place the logo somewhere more visible.",
    "我们继续合作，一起把项目做好。",
    "이어서 작업해요, 수정은 여기서 해요.",
    "引き続きよろしくお願いします。",
    "我会在别的地方用这个图片。",
    "I will put the call to action somewhere more prominent on your page.",
]

OTHER_MEANS = [
    "Tenho outros meios de contato, é só pedir.",
    "Mình còn kênh liên lạc khác, cần thì hỏi mình nhé.",
    "Ich habe noch andere Kontaktwege, frag einfach.",
    "Ho altri canali di contatto, chiedimi pure.",
    "У меня есть и другие каналы связи — спросите.",
    "Başka iletişim kanallarım da var, sorun yeterli.",
    "Saya punya saluran kontak lain, tanya saja.",
    "Mam też inne sposoby kontaktu, zapytaj.",
    "J'ai d'autres moyens de contact, demandez-moi.",
]

OTHER_MEANS_AS_WORK = [
    "Configuro otras vías de contacto para tu tienda: chat y formulario.",
    "Configuro otros canales de contacto para tu tienda: chat y formulario.",
    "I add other contact options to your website: chat and a form.",
    "Crio outros meios de contato para a sua loja.",
    "Je configure d'autres moyens de contact pour votre boutique.",
    "I build other channels for your brand: YouTube and TikTok.",
    "Integro otros canales de venta en tu tienda.",
    "We also offer other contact options on the order page.",
]

test_another_place_is_an_error, test_honest_places_stay_clean = severity_tests(ANOTHER_PLACE, ANOTHER_PLACE_HONEST)
test_other_means_are_hints = warning_tests(OTHER_MEANS)
_, test_other_means_set_up_for_the_buyer_stay_clean = severity_tests([], OTHER_MEANS_AS_WORK)
