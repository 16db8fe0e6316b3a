"""Leaving and deals read as errors (leave_requests.py and its vocabulary).

A seller who asks or promises to continue, talk, deal, book or order off the marketplace is
an error even when no channel is named: "outside" closing a talk verb's clause ("I'll
explain how to continue with me outside", "Konuşmayı dışarı taşıyalım"), the marketplace
denied with the way out after it or a deal in the sentence ("Nächstes Mal direkt, nicht
über Fiverr", "оформлюємо не тут, а напряму", "이 사이트 말고 따로 진행해요"), a contract
made directly with the seller, the work taken out of here ("lo sacamos de aquí"), "we" and
a place left in fa, ur, bn, th, ko, hi, id; "order there" with another marketplace named
after it; the order's support offered outside. "Find me elsewhere" and "ask for my other
contacts" stay warnings.

Honest neighbours stay clean: directness as the seller's manner, discretion about the
work, a time after (or, in postposition languages, before) "outside", refusals, the
marketplace as the way, the seller's past, a lawyer's contracts, photos taken outside.
"""
from __future__ import annotations

from contact_support import severity_tests, warning_tests

ERRORS = [
    # "outside" closing a verb's clause
    "I'll explain how to continue with me outside.",
    "After the first delivery we can keep talking outside.",
    "Happy to continue with you outside, just say the word.",
    "Podemos seguir hablando afuera, es más cómodo.",
    "On peut continuer à discuter dehors, c'est plus simple.",
    "Konuşmayı dışarı taşıyalım.",
    "Sonraki işler için konuşmayı dışarı taşıyalım, daha rahat.",
    # the marketplace denied, with the way out after it or a deal in the sentence
    "Aqui não, no Telegram.",
    "Hier nicht, sondern direkt auf Telegram.",
    "Nächstes Mal direkt, nicht über Fiverr.",
    "Next time directly, not through Fiverr.",
    "Замовлення понад $500 оформлюємо не тут, а напряму.",
    "Große Aufträge nicht hier, sondern direkt.",
    "정기 계약은 이 사이트 말고 따로 진행해요.",
    # a contract made directly with the seller
    "Für die monatliche Betreuung wechseln wir auf einen direkten Vertrag mit mir.",
    "Wir schließen einen direkten Vertrag mit mir ab.",
    "For monthly retainers we sign a direct contract with me.",
    "Para el mantenimiento mensual firmamos un contrato directo conmigo.",
    # taking the work out of here
    "Si el proyecto crece, lo sacamos de aquí y lo gestionamos por nuestra cuenta.",
    "Mejor lo sacamos de aquí.",
    "Für Folgeaufträge wechseln wir einfach weg von hier.",
    "Für Folgeaufträge wechseln wir weg von der Plattform.",
    # privately, said to the buyer
    "개인적으로 연락드릴게요.",
    "다음 작업부터는 제가 개인적으로 연락드릴게요.",
    "작업이 마음에 드시면 다음엔 사이트 거치지 말고 저랑 바로 진행하세요.",
    # other languages: we, together, outside the site
    "برای سفارش‌های بعدی می‌توانیم بیرون از سایت با هم کار کنیم.",
    "ایڈوانس یہاں دیں، باقی ادائیگی ہم پلیٹ فارم سے باہر طے کر لیں گے۔",
    "বড় প্রজেক্ট হলে আমরা এই সাইটের বাইরে কথা বলে নেব।",
    "งานถัดไปเราคุยกันนอกแพลตฟอร์มได้เลย จะได้ไม่เสียค่าธรรมเนียม",
    "I prefer to discuss scope somewhere other than this inbox.",
    "अगली बार सीधे मुझसे बात करें, फीस बच जाएगी।",
    "Bir sonraki projede aracıya gerek yok, anlaşırız.",
    # the orders to come, settled outside, in a FAQ answer
    "**Q: And the next orders?**\nA: We settle them outside the platform, I'll explain how after delivery.",
    "R : On les règle en dehors de la plateforme, je vous explique comment après la livraison.",
    "Per i lavori successivi continuiamo fuori, ti spiego io come.",
    "Potem pogadajmy na zewnątrz, tak będzie szybciej.",
    "Давайте продолжим общение снаружи, так удобнее.",
    "Lain kali kita lanjut di luar platform saja, lebih hemat.",
    "Next time let's do it directly, not through Fiverr.",
    "Kommendes Projekt? Nicht hier, sondern direkt mit mir.",
    "No por aquí: la próxima vez lo cerramos directamente, sin comisiones.",
    "Kalau mau booking jadwal foto, kita atur di luar aplikasi ini aja ya.",
    # another marketplace named after "order there"
    "Next time order there, it's cheaper on Upwork.",
    "Order there instead, I have the same packages on PeoplePerHour.",
    # the order's own service offered outside
    "- Extra: Priority support outside the marketplace — $25, +0 days",
    "I offer revisions outside Fiverr for a small fee.",
    # the seller's detail promised after the order, formal French
    "Conformément aux règles de la plateforme, je vous donnerai mon numéro après la commande.",
    # hard-wrapped
    "For the next orders we can keep\ntalking outside.",
]

WARNINGS = [
    "मुझसे संपर्क के और भी तरीके हैं, ज़रूरत हो तो पूछ लीजिए।",
    "I'm way more active somewhere else, so just ask me where.",
    "I'm also reachable through other channels, just ask.",
    "The rest of my work is somewhere else, just ask me.",
    "Mis otros contactos están en otro lado, pregúntame.",
    # The buyer asked to name the place elsewhere, no channel: an error on detW's branch, a hint since the
    # merge with detY's "I'll tell you where else we can chat" (rt35, a warning): telling the request from
    # the promise needs a reading of who answers, not yet built
    "Before you order, please tell me where else we can talk.",
]

CLEAN = [
    "You work directly with me, no middlemen.",
    "We can work privately on your NDA documents.",
    "Delivery outside business hours.",
    "We can talk outside business hours too.",
    "Check my other gigs here.",
    "Check my other gigs here on Fiverr, we can continue there.",
    "ছুটির দিনেও ডেলিভারি দিই, অফিস সময়ের বাইরেও কাজ চলে।",
    "অফিস সময়ের বাইরে আমরা কথা বলব।",
    "Mesai saatleri dışında da konuşabiliriz.",
    "I handle sensitive contracts privately and under NDA.",
    "I don't work outside, not here and not anywhere.",
    "Je ne travaille pas en dehors de Fiverr.",
    "Je n'accepte aucun paiement hors Fiverr.",
    "Beware of scammers asking you to pay off-platform. I will never do that.",
    "Me chama aqui no chat da plataforma antes de fazer o pedido.",
    "Next time skip the wait: order the express extra here.",
    "I draft direct contracts between your company and its suppliers.",
    "Redacto contratos privados de arrendamiento.",
    "I shoot product photos outside, in natural light.",
    "Let's continue here in the Fiverr chat, I answer fast.",
    "Nächstes Mal bestellst du einfach direkt hier auf Fiverr.",
    "Reviews? Not here yet, I'm new.",
    "Your customers can call you directly from the button on your site.",
    "We can continue the chat here on Fiverr before you order.",
    "Podemos seguir hablando por aquí, en el chat de Fiverr.",
    "Next time order the same package directly from my profile here.",
    "My past projects outside Fiverr include two apps.",
    "Estoy fuera de la oficina los viernes, respondo el lunes.",
    "We can talk about your outside signage in the Fiverr chat.",
    "Ich arbeite auch außerhalb der üblichen Bürozeiten.",
    "Мы работаем и вне рабочего времени, пишите здесь.",
    "Kita bisa diskusi di luar jam kerja juga, lewat chat Fiverr.",
    "No, I do not continue outside Fiverr, everything stays here.",
    "Next time, order directly from my gig page here.",
    "Tras el pedido, agendamos la videollamada desde el chat de Fiverr (Zoom o Meet, como prefieras).",
    "Bitte frag nicht nach Telefonnummer oder PayPal außerhalb von Fiverr – das ist hier nicht erlaubt.",
    "I used to work on Upwork; order there was slow, so now I'm here.",
    "Book the call there, in the Fiverr chat, before ordering.",
    "Extra: support outside business hours — $15",
    "No revisions outside Fiverr, everything happens here.",
    "Je vous donnerai mon avis sur votre logo après la commande.",
    "Après la commande, je vous enverrai mon brouillon dans le chat Fiverr.",
    "So, I want help from elders to get my fast order. Will you help me?",
    "Jadwal bisa kita atur lewat chat Fiverr.",
    "Saya bikin desain yang bisa dipakai di luar aplikasi juga.",
    "Photos are taken outside, we talk about the location in the Fiverr chat.",
]

test_requests_to_leave_are_errors, test_honest_sentences_stay_clean = severity_tests(ERRORS, CLEAN)

test_other_ways_hinted_are_warnings = warning_tests(WARNINGS)
