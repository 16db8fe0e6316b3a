"""Leaving misses a red team found, by general mechanisms, with honest
twins that must stay clean.

* the marketplace left by a verb of leaving it ("on quittera la plateforme", "saldremos de la
  plataforma", "buradan çıkıp devam edelim", "हम प्लेटफ़ॉर्म छोड़ देंगे"): `left_phrases` and the
  `leave_marks_*` pairs (kind `left`), an error with "we", the orders to come or the dealing
  (leave_requests.asked_away); a refusal, a report of
  others, a warning to buyers and the buyer's own platform stay clean;
* a place said better for the two of them ("somewhere more convenient", "en un lugar más
  cómodo") and "another place" with going on together in zh/ko ("换个地方继续合作", "다른 곳에서
  이어서 해요"): `away_words` and `talk_verbs`; the buyer's built thing moved elsewhere ("Let's
  move your website somewhere else, to a faster host") is the work (built_without.built_moved);
* the marketplace's name glued to a wide script's place word ("下次直接在Fiverr下单") is the
  marketplace as the way (triggers: `marketplace_means` read without word bounds there).
"""
from __future__ import annotations

from contact_support import severity_tests, warning_tests

LEFT = [
    "After the first order we'll leave the platform and continue directly.",
    "Pour la suite du projet, on quittera la plateforme : je vous dirai où me retrouver.",
    "Después del primer pedido saldremos de la plataforma.",
    "Depois do primeiro pedido vamos sair da plataforma.",
    "Nach dem ersten Auftrag verlassen wir die Plattform.",
    "Dopo il primo ordine lasceremo la piattaforma.",
    "После первого заказа уйдём с площадки.",
    "İlk işten sonra buradan çıkıp devam edelim, daha rahat konuşuruz.",
    "Setelah order pertama kita keluar dari platform ini.",
    "Po pierwszym zleceniu opuścimy platformę.",
    "Na de eerste opdracht verlaten we het platform.",
    "पहले ऑर्डर के बाद हम प्लेटफ़ॉर्म छोड़ देंगे।",
    "Pehle order ke baad hum platform chhod denge.",
    "第一单完成后我们离开平台继续合作。",
    "Sau đơn đầu tiên mình rời khỏi nền tảng nhé.",
    "بعد الطلب الأول سنترك المنصة.",
    "Let's leave Fiverr and work directly.",
    "Leave Fiverr and pay me on PayPal.",
    "Once the first draft is approved, we'll move the rest of the project somewhere more convenient for both of us.",
    "Después del primer pedido seguimos en un lugar más cómodo.",
    "После первого заказа продолжим в более удобном месте.",
    "İlk işten sonra daha rahat bir yerde devam edelim.",
    "第一单完成后我们换个地方继续合作，这里限制太多。",
    "我们在别的地方继续合作吧",
    "첫 작업 끝나면 다른 곳에서 편하게 이어서 해요.",
    "Let's move our chat somewhere else.",
    "下次直接加我微信，不用在Fiverr下单。",
    "下次直接找我，不用通过Fiverr，便宜一点。",
]

STAYS = [
    "If you leave the platform, you lose Fiverr's buyer protection.",
    "Leaving the platform is against the rules, so everything stays here.",
    "I never ask buyers to leave the platform.",
    "Je ne vous demanderai jamais de quitter la plateforme.",
    "Nunca te pediré salir de la plataforma.",
    "Ich werde Sie nie bitten, die Plattform zu verlassen.",
    "Мы никогда не уйдём с площадки: всё только здесь.",
    "I will help you leave the platform you use now (Wix) and move your store to Shopify.",
    "Some sellers ask buyers to leave the platform; I don't.",
    "We'll migrate your store so you can leave the platform that charges you high fees.",
    "Customers who leave the platform without paying get a reminder email (I set it up).",
    "Your users will not leave the platform when checkout is fast.",
    "Si quittez la plateforme, vous perdez la protection acheteur.",
    "Nunca saímos da plataforma: tudo fica aqui.",
    "Let's move your website somewhere more convenient for your customers.",
    "Let's move your website somewhere else, to a faster host.",
    "Movamos tu tienda a otro lado, a un hosting más rápido.",
    "Wir ziehen deinen Shop woanders hin, zu einem schnelleren Hoster.",
    "Put your logo somewhere more visible.",
    "期待与您继续合作！",
    "满意的话欢迎继续合作，下次直接在Fiverr下单。",
    "下次直接在Fiverr下单就行。",
    "修改后我们继续沟通细节。",
    "다음에도 이어서 작업해 드릴게요.",
    "다른 곳에서 구매한 템플릿도 이어서 작업해 드립니다.",
    "我帮您把网店从别的地方迁移到Shopify。",
]

test_leaving_is_an_error, test_honest_neighbours_stay_clean = severity_tests(LEFT, STAYS)

# Other ways of contact on offer, unsaid where: a hint (a warning), in the languages the list lacked.
OTHER_WAYS = [
    "Tenho outros meios de contato, é só pedir.",
    "Ich habe noch andere Kontaktwege, frag einfach.",
    "Ho altri canali di contatto, chiedimi pure.",
    "Başka iletişim kanallarım da var, sormanız yeterli.",
    "Mình còn kênh liên lạc khác, cần thì hỏi mình nhé.",
    "मेरे पास और भी संपर्क के तरीके हैं, पूछ लीजिए।",
]
OTHER_WAYS_BUILT = [  # the buyer's site given other ways of contact: the work
    "Seu site terá outros meios de contato: formulário e chat.",
    "Ihre Website bekommt andere Kontaktwege: Formular und Chat.",
    "Sitenize başka iletişim kanalları ekliyorum.",
]

test_other_ways_are_hints = warning_tests(OTHER_WAYS)
_, test_other_ways_built_for_the_buyer_stay_clean = severity_tests([], OTHER_WAYS_BUILT)
